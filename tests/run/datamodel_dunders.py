# Special methods through the slot trampolines, slot wrappers of built-in types, bound methods, properties, slots, metaclass __getitem__.
class F:
    def __format__(self, spec): return f"F<{spec}>"
    def __round__(self, n=None): return ("round", n)
    def __bytes__(self): return b"xy"
    def __reversed__(self): return iter([3, 2, 1])
    def __len__(self): return 3
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
f = F()
print(format(f, "abc"), f"{f:>5}", list(reversed(f)), f @ 1, 1 @ f)
class A:
    def m(self): pass
a = A()
print(a.m == a.m, a.m != A().m, repr(a.m)[:24], A.m.__qualname__, a.m.__func__ is A.m)
class P:
    @property
    def x(self):
        "doc of x"
        return 1
print(P.x.__doc__, P.x.fget.__name__, P.__dict__["x"].__name__)
class Q:
    __slots__ = ("a",)
print(repr(Q.a), Q.a.__name__)
q = Q()
try:
    q.a
except AttributeError as e:
    print(e)
class S:
    def __init__(self): self.x = 1
    def __getattribute__(self, n):
        return "GA:" + n
print(S().x, S().anything)
class W:
    def __eq__(self, o): return True
print(W() != W(), W() == 1, hash(W) is not None)
try: hash(W())
except TypeError as e: print(e)
class N:
    __hash__ = None
try: hash(N())
except TypeError as e: print(e)
class Cnt:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Cnt()), sum(Cnt()), max(Cnt()))
class Callable:
    def __call__(self, *a, **k): return (a, k)
print(Callable()(1, x=2))
class B(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise B(1, 2)
except B as e:
    print(repr(e), e.args, e.b, str(e))
class Meta(type):
    def __getitem__(cls, k): return (cls.__name__, k)
class G(metaclass=Meta): pass
print(G[1], type(G), G.__class__)
print(type.__dict__["__call__"] is not None, int.__add__(1, 2), (5).__mul__(2), "a".__add__("b"))
print(object.__new__(A).__class__.__name__)
class KW:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
class K2(KW, a=1): pass
print(K2.kw)
print(isinstance(1, (str, int)), issubclass(bool, (str, int)))
C = type("C", (), {"x": 1})
print(C.__name__, C.x, C().x)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
print(sorted(vars(A)), sorted(k for k in dir(A()) if not k.startswith("__")))
