def f(cm):
    with cm:
        return g()
