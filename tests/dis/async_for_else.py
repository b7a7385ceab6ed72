async def f(ait):
    async for x in ait:
        if x:
            break
    else:
        return 0
    return 1
