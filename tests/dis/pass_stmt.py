def f():
    pass

pass
