def f(a):
    def g(b):
        def h(c):
            return a + b + c
        return h
    return g
