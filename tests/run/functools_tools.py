# functools.reduce, partial, lru_cache, cache, cached_property, cmp_to_key.
import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
p = functools.partial(int, base=2)
print(p("101"), p.func.__name__, p.args, p.keywords, functools.partial(p, "11")())
calls = []
@functools.lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
class C:
    @functools.cached_property
    def value(self):
        print("computing")
        return 42
c = C()
print(c.value, c.value, "value" in vars(c))
def compare(a, b):
    return len(a) - len(b)
print(sorted(["ccc", "a", "bb"], key=functools.cmp_to_key(compare)))
