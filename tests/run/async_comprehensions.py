# Async comprehensions and await inside comprehensions.
class Tick:
    def __await__(self):
        yield
        return None
async def agen(n):
    for i in range(n):
        await Tick()
        yield i
async def double(x):
    await Tick()
    return x * 2
async def main():
    a = [x async for x in agen(4)]
    b = {x: x * x async for x in agen(3)}
    c = {x % 2 async for x in agen(5)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in agen(6) if x % 2]
    g = (x async for x in agen(3))
    f = [v async for v in g]
    return a, b, sorted(c), d, e, f, type(g).__name__
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as ex:
        return ex.value
print(run(main()))
