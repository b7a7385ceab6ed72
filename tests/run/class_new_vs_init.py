# __new__ and __init__: order, arguments, returning other types, singletons.
class Traced:
    def __new__(cls, *args, **kw):
        print("__new__", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a = a
t = Traced(1, b=2)
print(t.a)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Other(), type(Other()).__name__)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class Sub(Traced):
    def __init__(self):
        super().__init__("from sub")
Sub()
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(Immutable(1, 2), type(Immutable(1, 2)).__name__)
try:
    object.__new__(Traced, 1)
    print("object.__new__ accepts extra args when __new__ is overridden")
except TypeError as e:
    print(e)
