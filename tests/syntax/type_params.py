def f[T](x: T) -> T: return x
def g[T: int, *Ts, **P](*args: *Ts, **kw: P.kwargs): pass
class C[T: (int, str), U = int, *Ts = *tuple[int], **P = [int, str]]: pass
def h[T = str](): pass
class D[T](Base, metaclass=M): pass
async def af[T](): pass
