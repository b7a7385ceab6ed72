async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with c as d, e:
        pass
    [i async for i in g()]
    {i: j async for i, j in h() if await i}
    (await z for z in y)
    return await asyncio.sleep(1)
