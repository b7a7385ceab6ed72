# Class definition, instances, class vs instance attributes.
class Point:
    "A point."
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__name__, Point.__qualname__, Point.__doc__, Point.__module__)
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)), "dims" in Point.__dict__)
Point.dims = 10
q = Point(0, 0)
print(q.dims, p.dims)
del p.dims
print(p.dims)
print(type(p) is Point, type(p).__name__, p.__class__.__name__, isinstance(p, object), Point.__bases__)
print(Point.norm2(p), type(Point.norm2).__name__, type(p.norm2).__name__, p.norm2.__self__ is p, p.norm2.__func__ is Point.norm2)
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    Point.missing
except AttributeError as e:
    print(e)
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__dict__.get("anything"), type(Empty.__dict__).__name__)
print(repr(Point)[:14], str(Empty)[:15])
