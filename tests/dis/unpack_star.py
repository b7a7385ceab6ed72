def f(t):
    a, *b = t
    *c, d = t
    e, *f, g = t
    return a, b, c, d, e, f, g
