x = 1
def f():
    global x
    x = 2
    del x
def g(a):
    del a
    b = 1
    del b
del x
