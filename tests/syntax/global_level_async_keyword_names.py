async_ = 1
await_ = 2
def f(async_=1): pass
