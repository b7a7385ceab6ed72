import typing
def deco(f): return f
@deco
def f[T, *Ts, **P](a: T = 1, *args: *Ts, b: int = 2, **kw: P.kwargs) -> T:
    return a
class A[T: (int, str) = int](list[T], *typing.Any, metaclass=type, **{}):
    def m[U](self, x: U, y=3) -> U:
        def inner(): return __x, T, U
        return x
    __x = 1
    type B[V = T] = list[V]
class C[__Y]:
    def g(self): return __Y
async def h[T](): pass
type X = int
