@(lambda f: f)
def f():
    pass

@registry[0]
def g():
    pass
