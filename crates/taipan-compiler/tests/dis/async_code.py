async def f(xs):
    async for x in xs:
        await x
        if x:
            break
    async with ctx() as c:
        await c
    return [y async for y in xs]
async def g():
    async with a, b:
        return 1
async def h(xs):
    return {k: v async for k, v in xs if k}
async def agen():
    yield 1
    await z
