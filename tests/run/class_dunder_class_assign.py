# Assigning __class__ between compatible user classes.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
obj = A()
print(obj.who(), type(obj).__name__)
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A))
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
try:
    s = S1()
    s.__class__ = S2
except TypeError as e:
    print(e)
try:
    obj.__class__ = int
except TypeError as e:
    print(e)
try:
    obj.__class__ = "str"
except TypeError as e:
    print(e)
