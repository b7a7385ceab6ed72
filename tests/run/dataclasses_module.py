# dataclasses on Taipan.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"


p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), p.norm1())
print(asdict(p), astuple(p))
print(replace(p, y=5))
print([f.name for f in fields(Point)], dataclasses.is_dataclass(p))
v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]))
try:
    v.major = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(v) == hash(Version(1, 2)))
s = Slotted(3)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
C = dataclasses.make_dataclass("C", [("u", int), ("v", str, field(default="v"))])
print(C(1), C.__name__)


@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.value *= 10


print(Node(4), Node(4).children)
