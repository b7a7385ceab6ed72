def g():
    x = yield
    y = yield x
    z = yield from y
    await_ = 1
    return (yield)
