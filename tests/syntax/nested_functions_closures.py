def outer(a):
    def middle(b):
        def inner(c):
            nonlocal b
            return a + b + c
        return inner
    return middle
