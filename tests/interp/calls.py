def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(*[1, 2], **{"d": 0, "q": 1}))
for call in (lambda: f(), lambda: f(1, 2, 3, d=1, c=9), lambda: f(1, d=1, x=2, **{"x": 3})):
    try:
        call()
    except TypeError as err:
        print(type(err).__name__, err)
def g(x, y):
    return x * y
try:
    g(1, 2, 3)
except TypeError as err:
    print(err)
try:
    g(1, z=2)
except TypeError as err:
    print(err)
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter()
print(c(), c(5), c())
print(sorted([3, 1, 2], key=lambda v: -v), max("abc", key=ord), sum(range(101)))
