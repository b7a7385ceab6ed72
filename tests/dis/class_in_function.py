def f(base):
    class C(base):
        def m(self):
            return base
    return C
