# dataclasses' generated dunders reached through operators: repr(), ==,
# <, hash(): methods the decorator adds after the class is made.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
print(Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1)}))


class Late:
    pass


Late.__repr__ = lambda self: "Late()"
print(Late())
