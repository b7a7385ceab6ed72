def f(a, b, /, c, *, d):
    return a, b, c, d

def g(a=1, /, b=2):
    return a + b
