# Class patterns with positional (__match_args__) and keyword sub-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Circle(Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c):
            return f"circle near {c.x}"
        case Point():
            return "some point"
        case int(v) | float(v):
            return f"number {v}"
        case _:
            return "unknown"
for s in (Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(5, 5), 1), 7, 2.5, "s"):
    print(where(s))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
