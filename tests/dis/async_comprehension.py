async def f(ait):
    return [x async for x in ait]
