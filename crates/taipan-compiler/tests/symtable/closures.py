def outer():
    a = 1
    b = 2
    def mid():
        nonlocal a
        a = 3
        def inner():
            return a + b + c
        return inner
    return mid
c = 0
