# dataclasses on Taipan: fields, generated __init__, helpers, frozen and
# slotted classes. (Operators through generated __repr__/__eq__/__lt__ are
# in dataclasses_dunders.py.)
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
print(p.x, p.y, p.tags, p.norm1(), p.__repr__())
print(p.__eq__(Point(1, 2)), p.__eq__(Point(2, 1)))
print(asdict(p), astuple(p))
q = replace(p, y=5)
print(q.x, q.y, q is not p)
print([f.name for f in fields(Point)], dataclasses.is_dataclass(p))
print([(f.name, f.default is dataclasses.MISSING) for f in fields(Version)])
v = Version(1, 2)
print(v.__lt__(Version(1, 3)), v.__repr__())
try:
    v.major = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(v.__hash__() == Version(1, 2).__hash__())
s = Slotted(3)
print(s.a, s.b, Slotted.__slots__, hasattr(s, "__dict__"))
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
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError", e)
C = dataclasses.make_dataclass("C", [("u", int), ("v", str, field(default="v"))])
c = C(1)
print(c.u, c.v, C.__name__, [f.name for f in fields(C)])


@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.value *= 10


print(Node(4).value, Node(4).children, Node(4).__repr__())
print(Point.__match_args__, Point.__dataclass_params__.frozen)
