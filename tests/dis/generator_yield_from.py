def gen(a, b):
    yield from a
    r = yield from b
    return r
