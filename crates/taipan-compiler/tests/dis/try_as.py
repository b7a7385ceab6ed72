def f(a):
    try:
        g()
    except ValueError as e:
        return e
    return a
