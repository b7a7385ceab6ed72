# *args and **kwargs collection and unpacking.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], b=4, **{"c": 5}), f(*(), **{}))
def g(a, *rest, key=None, **extra):
    return a, rest, key, sorted(extra.items())
print(g(1), g(1, 2, 3), g(1, key="k"), g(1, 2, z=26, y=25), g(*range(4), key=0, **{"q": 1}))
def h(*args):
    return type(args).__name__, len(args)
print(h(), h(*range(100)), h(*"abc", *b"de"))
def kw(**kw):
    return list(kw)
print(kw(b=1, a=2, c=3), kw(**{"x": 1}, y=2), kw(**dict.fromkeys("zyx")))
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    kw(1)
except TypeError as e:
    print(e)
def both(a, /, b, *, c):
    return a, b, c
print(both(1, 2, c=3), both(1, b=2, c=3))
print(print.__name__, (lambda *a, **k: (a, k))(1, x=2))
args = [1, 2]
kwargs = {"sep": "-"}
print(*args, **kwargs)
print(*[], sep="|")
