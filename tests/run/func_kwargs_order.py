# **kwargs preserve the order in which keyword arguments were passed.
def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{"b": 1, "a": 2}, c=3))
print(f(**dict(zip("qwe", range(3)))))
def g(a, *args, b=None, **kw):
    return a, args, b, kw
print(g(1, 2, 3, d=4, b=5, c=6))
def h(*, first, second, **rest):
    return first, second, rest
print(h(second=2, first=1, zeta=0, alpha=9))
import functools
p = functools.partial(f, x=1)
print(p(y=2), p(x=3))
