# Errors around awaiting: non-awaitables, bad __await__, reuse.
async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print(e)
class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as e:
    print(e)
async def c():
    return 1
co = c()
async def twice():
    await co
    await co
try:
    twice().send(None)
except StopIteration as e:
    print("stop", e.value)
except RuntimeError as e:
    print(e)
c3 = c()
try:
    next(c3)
except TypeError as e:
    print(e)
try:
    iter(c3)
except TypeError as e:
    print(e)
c3.close()
import types
@types.coroutine
def legacy():
    yield "legacy-yield"
    return "legacy-done"
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print(e.value)
