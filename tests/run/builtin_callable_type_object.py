# callable, type() with one and three arguments, object().
print(callable(print), callable(int), callable(lambda: 0), callable(object()), callable(type), callable(None))
print(type(1), type("s"), type([]), type(type), type(object), type(None), type(len), type(...))
T = type("T", (), {"a": 1, "m": lambda self: self.a * 2})
t = T()
print(T.__name__, t.a, t.m(), T.__bases__, type(t) is T, T.__module__)
U = type("U", (T,), {})
print(U.__mro__ == (U, T, object), U().m())
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(type(o).__name__, object.__bases__, object.__base__, type.__base__.__name__, isinstance(object, type))
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(sorted(n for n in dir(object()) if n in ("__eq__", "__hash__", "__repr__", "__class__", "__init__", "__doc__")))
print(object().__eq__(1), object.__ne__(o, o), object.__str__(5), object.__repr__(5) [:14])
print(type.__name__, type.__qualname__, type(type.__dict__["__name__"]).__name__)
