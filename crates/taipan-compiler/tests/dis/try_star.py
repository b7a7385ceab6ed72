def f():
    try:
        a()
    except* ValueError as e:
        b(e)
    except* TypeError:
        c()
    else:
        d()
def g():
    try:
        a()
    except* OSError:
        pass
    finally:
        z()
