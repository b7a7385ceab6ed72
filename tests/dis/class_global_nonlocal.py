def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        global g
        g = x
    return C
