def f(g, a, b):
    g()
    g(a)
    g(a, b)
    g(a, k=b)
    g(k=1, j=2)
    a.m(b)
    a.b.m()
