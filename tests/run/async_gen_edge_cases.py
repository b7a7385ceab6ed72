# Async generator edge cases: reuse of awaitables, aclose on unstarted and
# finished generators, athrow propagation, ag_running, awaiting a
# coroutine twice, async with/for error messages.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

g = gen()
a = g.__anext__()
print(drive(a))
try:
    a.send(None)
except RuntimeError as e:
    print("reuse:", e)
print(repr(drive(g.aclose())))
print(repr(drive(g.aclose())))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted")

g2 = gen()
print(drive(g2.aclose()), "unstarted closed")
try:
    drive(g2.__anext__())
except StopAsyncIteration:
    print("closed before start")

g3 = gen()
drive(g3.__anext__())
try:
    drive(g3.athrow(KeyError("k")))
except KeyError as e:
    print("athrow propagated", repr(e))

async def raises_stop():
    yield 1
    raise StopAsyncIteration
r = raises_stop()
drive(r.__anext__())
try:
    drive(r.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

async def coro():
    return 7
c = coro()
async def await_twice():
    print(await c)
    await c
try:
    drive(await_twice())
except RuntimeError as e:
    print(e)

class NoAiter:
    pass
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad_for(obj):
    async for _ in obj:
        pass
for obj in (NoAiter(), BadAnext()):
    try:
        drive(bad_for(obj))
    except TypeError as e:
        print(e)

async def bad_with():
    async with NoAiter():
        pass
try:
    drive(bad_with())
except TypeError as e:
    print(e)

class AwaitAsEnter:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 5
async def bad_exit():
    async with AwaitAsEnter():
        pass
try:
    drive(bad_exit())
except TypeError as e:
    print(e)

async def tick():
    yield
print(type(tick()).__name__, repr(tick()).startswith("<async_generator object tick at"))
async def running():
    yield g4.ag_running
g4 = running()
print(drive(g4.__anext__()), g4.ag_running)
