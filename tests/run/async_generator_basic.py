# Async generators driven by hand: __anext__, asend, athrow, aclose.
class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
def drive(awaitable):
    try:
        while True:
            awaitable.send(None)
    except StopIteration as e:
        return e.value
g = agen(3)
print(type(g).__name__, g.__name__, g.ag_running)
print(drive(g.__anext__()), drive(g.__anext__()), drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
async def collect():
    out = []
    async for v in agen(4):
        out.append(v)
    out2 = [v async for v in agen(2)]
    return out, out2
print(drive(collect()))
async def echo():
    received = None
    while True:
        received = yield received
e = echo()
print(drive(e.asend(None)), drive(e.asend("hello")), drive(e.asend("world")))
async def guarded():
    try:
        yield 1
    except ValueError:
        yield "handled"
    finally:
        print("async finally")
gg = guarded()
print(drive(gg.__anext__()), drive(gg.athrow(ValueError)))
drive(gg.aclose())
print("closed")
print(drive(anext(agen(1))), drive(anext(agen(0), "default")))
