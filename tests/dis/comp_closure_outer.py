def f(xs, k):
    def g():
        return k
    return [x + k for x in xs]
