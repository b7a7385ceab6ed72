def gen(n):
    for i in range(n):
        yield i
    yield from other()
    x = yield
    return x
