# Bound methods: equality, __self__/__func__, rebinding, methods of builtins.
class A:
    def m(self): return "A.m"
a1, a2 = A(), A()
print(a1.m == a1.m, a1.m == a2.m, a1.m.__func__ is a2.m.__func__, a1.m.__self__ is a1)
m = a1.m
print(m(), m.__name__, m.__qualname__, m.__doc__, m.__module__)
import types
print(isinstance(m, types.MethodType), type(A.m) is types.FunctionType)
rebound = types.MethodType(A.m, a2)
print(rebound(), rebound.__self__ is a2)
bm = [1, 2].append
print(bm.__self__, bm.__name__, type(bm).__name__, bm.__qualname__)
lst = []
push = lst.append
for i in range(3):
    push(i)
print(lst)
class WithCls:
    @classmethod
    def c(cls): return cls.__name__
print(WithCls.c.__self__ is WithCls, WithCls().c.__self__ is WithCls, WithCls.c == WithCls.c)
try:
    m.x = 1
except AttributeError as e:
    print(e)
