def f():
    x = 1
    class C:
        x = 2
        def g(self):
            return x
        y = [x for _ in ()]
    return C
def h():
    v = 1
    class D:
        global v
        def m(self): return v
