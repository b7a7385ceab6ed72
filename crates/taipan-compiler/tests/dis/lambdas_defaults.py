f = lambda x, y=1: x + y
def g(a, b=1, *args, c, d=2, **kw):
    return a
def h(*, k=None): pass
