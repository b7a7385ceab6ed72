# Dunders a class gets after it is made (dataclasses, assignments) reach
# repr(), hash() and the comparison operators.
from dataclasses import dataclass
@dataclass
class P:
    x: int
try:
    hash(P(1))
except TypeError as e:
    print("TypeError", e)
class Base: pass
class Sub(Base): pass
Base.__repr__ = lambda self: "B!"
Base.__eq__ = lambda self, o: True
print(repr(Sub()), Sub() == 3, Sub() != 3, 3 == Sub())
del Base.__repr__
print(repr(Base())[:14])
Base.__lt__ = lambda self, o: "lt"
print(Base() < 1, 1 > Base())
class H: pass
H.__hash__ = lambda self: 42
print(hash(H()))
H.__hash__ = None
try:
    hash(H())
except TypeError as e:
    print("TypeError", e)
print({P(1): 1} if False else "ok", P(1) == P(1), P(1) == P(2), P(1) != P(2))
