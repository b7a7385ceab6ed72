f = lambda: 0
g = lambda x: x
h = lambda x, y=1, *a, z, **k: (x, y, a, z, k)
k = lambda *, a: a
m = lambda x: (yield)
n = lambda: (lambda: 1)
