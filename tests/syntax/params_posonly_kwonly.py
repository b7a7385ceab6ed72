def f(a, b, /, c, d=1, *, e, f=2, **kw): pass
def g(a, /): pass
def h(*, a): pass
def i(a=1, /, b=2, *args, c, d=3, **kwargs): pass
def j(*args, **kwargs): pass
lambda a, /, b, *, c: 0
lambda *a, **k: 0
lambda: 0
lambda a=1, *, b=2: 0
