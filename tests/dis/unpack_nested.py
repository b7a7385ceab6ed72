def f(t):
    (a, (b, c)), d = t
    for x, (y, z) in t:
        pass
    return a, b, c, d
