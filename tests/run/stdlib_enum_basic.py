# The pure-Python enum module: Enum, IntEnum, Flag, StrEnum, auto, unique
# and the functional API.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), len(Color))
print(f"{Color.BLUE}", format(Color.BLUE, ""), Color.RED in Color)


class Num(enum.IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), int(Num.TWO))


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), int(rw), Perm.W in rw, Perm.X in rw, list(rw))


class Shade(enum.StrEnum):
    DARK = enum.auto()
    LIGHT = enum.auto()


print(Shade.DARK, Shade.DARK == "dark", Shade("light"))

Animal = enum.Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)

try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
