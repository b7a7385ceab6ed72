# NotImplemented returned from binary dunders triggers reflection then TypeError.
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B wins"
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
print(A() + B())
print(A() == B())
x = A()
print(x == x)
print(A() != B())
try:
    A() + A()
except TypeError as e:
    print(e)
print(type(NotImplemented).__name__, repr(NotImplemented), NotImplemented is NotImplemented)
print(int.__add__(1, "x"), float.__lt__(1.0, "x"), str.__eq__("a", 1))
