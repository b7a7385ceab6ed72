# isinstance/issubclass through ABCMeta: __subclasshook__, register, unions (without collections.abc).
from abc import ABCMeta, abstractmethod
def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True
class Sized(metaclass=ABCMeta):
    __slots__ = ()
    @abstractmethod
    def __len__(self): return 0
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented
class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    @abstractmethod
    def __hash__(self): return 0
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented
class Callable(metaclass=ABCMeta):
    __slots__ = ()
    @abstractmethod
    def __call__(self, *args, **kwds): return False
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented
class Seq(Sized): pass
Seq.register(tuple)
class HasLen:
    def __len__(self): return 0
print(isinstance([], Sized), issubclass(list, Sized), isinstance(5, Sized), isinstance(HasLen(), Sized))
print(isinstance({}, Hashable), isinstance(1, Hashable), isinstance([], Hashable), isinstance(len, Callable))
print(issubclass(tuple, Seq), issubclass(list, Seq), isinstance((), Seq))
def g(): yield
print(isinstance(g(), Callable), isinstance({}.keys(), Sized), issubclass(range, Sized))
print(type(int | str).__name__, (int | str).__args__, int | str == str | int, int | int)
print(issubclass(int, int | str), issubclass(bool, (str, (bytes, int))), isinstance(None, int | None))
print(issubclass(type, type), issubclass(object, type), isinstance(type, object), isinstance(object, object))
