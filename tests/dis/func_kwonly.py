def f(a, *, b, c=2):
    return a + b + c

def g(*, k=None):
    return k
