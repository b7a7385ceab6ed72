class C[T, *Ts, **P](Base[T]):
    def m[U: int, V: (str, bytes) = str](self, u: U = None, *, k: V = 1) -> T: pass
type Alias[K] = dict[K, int]
type Simple = list[int]
def g[T](x: T) -> T: return x
class D:
    type Inner = D
    def h[__U](self): pass
class __Private[__T]:
    __a = __T
