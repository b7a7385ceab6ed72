def f():
    if True:
        return 1
    return 2

def g():
    if 0:
        return 3
    return 4
