def f():
    return
def g():
    return 1, 2
def h():
    yield
    yield 1
    yield from x
    x = yield 2
def k():
    global a, b
    def inner():
        nonlocal c
    raise
    raise E
    raise E from None
    raise E() from e
