def f():
    return

def g():
    pass

def h(x):
    if x:
        return
    print(x)
