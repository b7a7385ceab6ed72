async def f(ait):
    async for x in ait:
        print(x)
