def f():
    try:
        g()
    except ValueError as e:
        return e
