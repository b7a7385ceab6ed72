# isinstance and issubclass with tuples, ABCs, unions and __instancecheck__.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, float), isinstance(None, type(None)))
print(isinstance(1, int | str), isinstance("x", (int, (float, str))), isinstance([], object), isinstance(int, type), isinstance(type, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(int, int), issubclass(type, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(B, (int, A)), issubclass(B, int | A))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 2))):
    try:
        print(bad())
    except TypeError as e:
        print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance(5, M), issubclass(str, M), issubclass(int, M))
from collections.abc import Iterable, Sized, Hashable, Callable
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance({}, Hashable), isinstance(len, Callable), issubclass(list, Sized))
class HasLen:
    def __len__(self): return 0
print(isinstance(HasLen(), Sized))
