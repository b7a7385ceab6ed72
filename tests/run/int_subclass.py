# Subclassing int: arithmetic returns plain ints; overrides are honoured.
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, type(m * 2).__name__, type(3 + m).__name__)
print(isinstance(m, int), issubclass(Money, int), Money.__mro__[1].__name__)
class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
f = Flag(3, "three")
print(f, f.name, f + 1, f == 3, hash(f) == hash(3))
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
print(Even(4))
try:
    Even(5)
except ValueError as e:
    print(e)
print(int.__new__(Money, 9), Money("12"), Money("ff", 16))
print(-Money(4), abs(Money(-4)), type(-Money(4)).__name__)
print(sorted([Money(3), 1, Money(2)]))
