def a():
    x = 1
    class B:
        y = x
        def c(self):
            return x, y
    def d():
        def e():
            return x
        return e
    return B, d
