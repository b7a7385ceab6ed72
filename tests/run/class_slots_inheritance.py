# __slots__ with inheritance, __weakref__, and default values via class attributes.
class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, Child.__slots__, Base.__slots__, hasattr(c, "__dict__"))
try:
    c.c = 3
except AttributeError as e:
    print(e)
class Weak:
    __slots__ = ("__weakref__", "x")
import weakref
w = Weak()
r = weakref.ref(w)
print(r() is w)
class NoWeak:
    __slots__ = ("x",)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(e)
class Mixed:
    __slots__ = ("p",)
    def __init__(self):
        self.p = "set"
m = Mixed()
del m.p
try:
    m.p
except AttributeError as e:
    print(e)
print(type(Mixed.p).__name__, Mixed.p.__name__, Mixed.p.__objclass__.__name__)
