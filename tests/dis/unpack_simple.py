def f(t):
    a, b = t
    [c, d] = t
    return a, b, c, d
