def f():
    import a.b.c
    return a.b.c
