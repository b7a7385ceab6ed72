def f(a, b):
    return (a, b), (a,), (), (*a, b), (1, 2)
