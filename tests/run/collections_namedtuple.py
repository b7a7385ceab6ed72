# collections.namedtuple features.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), list(p), Point._fields, p._asdict())
print(p._replace(y=9), Point._make(range(2)), Point.__name__, isinstance(p, tuple))
x, y = p
print(x, y, hash(p) == hash((1, 2)))
D = namedtuple("D", "a b c", defaults=[3])
print(D(1, 2), D._field_defaults)
R = namedtuple("R", ["def", "x", "x"], rename=True)
print(R._fields)
try:
    namedtuple("Bad", ["1x"])
except ValueError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
class P3(namedtuple("P3", "x y z")):
    def norm(self):
        return sum(v * v for v in self)
print(P3(1, 2, 2).norm(), repr(P3(0, 0, 0)))
