def f(g, a, k):
    g(*a)
    g(*a, **k)
    g(1, *a, 2, *a)
    g(**k)
    g(x=1, **k)
    g(*a, x=1)
