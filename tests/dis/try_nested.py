def f():
    try:
        try:
            g()
        except ValueError:
            h()
    except Exception as e:
        return e
