# async with and async for driven by a hand-written loop.
class Suspend:
    def __await__(self):
        yield "suspend"
class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        await Suspend()
        return "resource"
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        await Suspend()
        return t is KeyError
class ARange:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend()
        return self.i
async def main():
    async with AsyncCM() as r:
        print("inside with", r)
    async with AsyncCM():
        raise KeyError("suppressed by aexit")
    total = 0
    async for v in ARange(4):
        total += v
    return total
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
print(run(main()))
