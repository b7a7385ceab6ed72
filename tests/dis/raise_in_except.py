def f():
    try:
        g()
    except KeyError as e:
        raise ValueError() from e
