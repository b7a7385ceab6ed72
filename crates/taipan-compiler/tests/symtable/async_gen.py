async def f(xs):
    async for x in xs:
        await x
    async with xs as y:
        pass
    return [await z async for z in xs]
def gen():
    yield 1
    yield from range(3)
async def agen():
    yield 1
