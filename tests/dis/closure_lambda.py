def f(k):
    return lambda x: x * k
