def f(a):
    return a.b.c.d
