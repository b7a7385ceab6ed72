# __call__, callable(), and bound/unbound method objects.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(5), callable(len), callable("s".upper))
class M:
    def meth(self, a): return (self.__class__.__name__, a)
m = M()
bound = m.meth
print(bound(1), M.meth(m, 2), bound.__name__, bound.__qualname__, bound.__self__ is m, bound.__func__ is M.meth)
print(bound == m.meth, bound is m.meth, M.meth is M.meth, hash(bound) == hash(m.meth))
print(type(bound).__name__, type(M.meth).__name__, type(len).__name__, type([].append).__name__, type(str.upper).__name__, type(str.__dict__["upper"]).__name__)
print([].append.__self__, "x".upper.__self__, len.__self__.__name__, type(int.__dict__["from_bytes"]).__name__)
class CallCls:
    def __call__(self): return "instance called"
CallCls.__call__ = lambda self: "patched"
print(CallCls()())
o = M()
o.__call__ = lambda: "instance attr"
try:
    o()
except TypeError as e:
    print(e)
import types
mb = types.MethodType(lambda self, v: (type(self).__name__, v), 42)
print(mb("bound to int"))
