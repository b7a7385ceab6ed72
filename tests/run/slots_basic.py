# __slots__: restricted attributes, no __dict__, inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.y
except AttributeError as e:
    print(e)
p.y = 2
del p.y
print(hasattr(p, "y"))
class Child(P):
    pass
c = Child(1)
c.z = 5
print(c.z, hasattr(c, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
class S(P):
    __slots__ = ("z",)
s = S(9)
s.z = 10
print(s.x, s.z, S.__slots__)
class Single:
    __slots__ = "only"
print(Single.__slots__, Single.only.__name__)
