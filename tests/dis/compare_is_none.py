def f(a):
    if a is None:
        return 0
    if a is not None:
        return 1
