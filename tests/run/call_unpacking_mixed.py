# Mixing several * and ** unpackings with explicit arguments in calls.
def f(*args, **kwargs):
    return args, dict(sorted(kwargs.items()))
a, b = [1, 2], (3,)
k1, k2 = {"x": 1}, {"y": 2}
print(f(0, *a, 9, *b, *range(2), z=0, **k1, w=5, **k2))
print(f(*"hi", **dict(a=1), **{"b": 2}))
print(f(*[], *(), **{}))
def g(a, b, c=0, *, d=1):
    return a, b, c, d
print(g(*[1], **{"b": 2, "d": 4}), g(*(1, 2, 3)), g(1, *[2], **{"c": 5}))
try:
    g(*[1, 2], **{"b": 3})
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
class M(dict):
    pass
print(f(**M(m=1)))
