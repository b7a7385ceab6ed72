def f():
    with open("x") as fp:
        return fp.read()
def g():
    with a, b as c:
        pass
