def f(a, b=1, c='x'):
    return a, b, c

def g(a, b=[]):
    return b
