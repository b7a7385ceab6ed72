async def f(cm):
    async with cm:
        return 1
