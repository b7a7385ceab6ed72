async def f(a, b):
    x = await a
    return await b(x)
