def gen(a):
    yield
    yield a
    x = yield a + 1
    print((yield))
