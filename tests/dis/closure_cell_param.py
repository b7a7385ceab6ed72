def outer(a, b):
    def inner():
        return a + b
    a = 2
    return inner
