def f(cm):
    with cm:
        g()
