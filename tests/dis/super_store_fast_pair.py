def f(t):
    a, b = t
    return b, a
