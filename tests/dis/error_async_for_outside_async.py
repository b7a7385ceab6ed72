def f(ait):
    async for x in ait:
        pass
