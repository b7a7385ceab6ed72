def f(*args, **kwargs):
    return g(*args, **kwargs)
def h(a, /, b, *, c):
    return a, b, c
first, *rest = items
*init, last = items
a, *b, c = items
