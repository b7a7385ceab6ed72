def f(*args, **kwargs):
    return args, kwargs

def g(a, *rest, k=1, **kw):
    return rest, kw
