async def f():
    return [await x for x in y]
async def g():
    return {await k: v for k, v in items}
