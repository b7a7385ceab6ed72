# _functools._lru_cache_wrapper (what functools.lru_cache returns): hits,
# misses and evictions, typed keys, maxsize 0/None, __dict__, method binding.
from _functools import _lru_cache_wrapper
class CacheInfo(tuple):
    def __new__(cls, *a):
        return tuple.__new__(cls, a)
def info(w):
    return tuple(w.cache_info())
calls = []
def f(x, y=0):
    calls.append((x, y))
    return x + y
w = _lru_cache_wrapper(f, 2, False, CacheInfo)
print(w(1), w(1), w(2), w(1), w(3), w(2), w(1, y=1), w(1, y=1), w(x=1, y=1))
print(info(w), calls)
w.cache_clear(); print(info(w))
u = _lru_cache_wrapper(f, None, True, CacheInfo)
print(u(1), u(1.0), u(1), info(u))
z = _lru_cache_wrapper(f, 0, False, CacheInfo)
print(z(1), z(1), info(z))
w.__wrapped__ = f; w.__name__ = "f"; print(w.__wrapped__ is f, w.__name__, w.__dict__ == {"__wrapped__": f, "__name__": "f"})
class C:
    @lambda fn: _lru_cache_wrapper(fn, 8, False, CacheInfo)
    def m(self, k):
        return (self.v, k)
c = C(); c.v = 5
print(c.m(1), c.m(1), info(C.m), C.m is C.__dict__["m"])
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = _lru_cache_wrapper(fib, 3, False, CacheInfo)
print(fib(30), info(fib))
for bad in [(1, 2, False, CacheInfo), (f, "x", False, CacheInfo)]:
    try:
        _lru_cache_wrapper(*bad)
    except TypeError as e:
        print(e)
