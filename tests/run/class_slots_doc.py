# A __slots__ entry named __doc__ is no conflict with the class's implicit
# __doc__ (typing._SpecialForm relies on it).
class A:
    __slots__ = ("__doc__", "x")
    def __init__(self):
        self.__doc__ = "inst"
a = A(); print(a.__doc__, type(A.__dict__["__doc__"]).__name__)
class B:
    "B doc"
print(B.__doc__)
class C:
    pass
print(C.__doc__, "__doc__" in C.__dict__)
try:
    class D:
        __slots__ = ("y",)
        y = 1
except ValueError as e:
    print(e)
