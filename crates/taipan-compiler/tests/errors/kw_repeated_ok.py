def f(): return g(a=1, b=2)
