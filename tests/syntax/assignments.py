a = b = c = 1
a, b = b, a
(a, b), c = x
[a, (b, c)] = x
a.b = a[c] = d
x = yield
del a, b[0], c.d
del (a, b)
del [a]
x = (yield)
