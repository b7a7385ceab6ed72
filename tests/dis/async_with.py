async def f(cm):
    async with cm as c:
        await c.go()
