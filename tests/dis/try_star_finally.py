def f():
    try:
        g()
    except* OSError:
        h()
    else:
        i()
    finally:
        j()
