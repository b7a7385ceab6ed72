def f():
    try:
        g()
    except ValueError:
        return 1
    return 0
