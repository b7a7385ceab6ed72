a, b = c
a, *b = c
(a, b), c = d
x = y = z
a, b = b, a
def f(p, q):
    p, q = q, p
    return p
