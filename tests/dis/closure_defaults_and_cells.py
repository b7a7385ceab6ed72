def f(n):
    def g(x, y=n):
        return x + y + n
    return g
