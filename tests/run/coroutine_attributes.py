# Coroutine objects: cr_* attributes, repr prefix, close/throw, type checks.
import types
class Pause:
    def __await__(self):
        yield "paused"
async def work():
    await Pause()
    return "done"
c = work()
print(type(c).__name__, isinstance(c, types.CoroutineType), c.cr_running, c.cr_frame is not None, c.cr_code.co_name)
print(c.send(None), c.cr_await is not None, c.cr_suspended)
try:
    c.throw(ValueError("into coroutine"))
except ValueError as e:
    print("ValueError", e, c.cr_frame)
c2 = work()
c2.send(None)
c2.close()
print(c2.cr_frame, repr(c2).startswith("<coroutine object work at"))
print(work.__code__.co_flags & 0x80 != 0, callable(work), type(work).__name__)
async def nested():
    return await work()
n = nested()
print(n.send(None))
try:
    n.send(None)
except StopIteration as e:
    print(e.value)
