# Async generators: aclose runs finally, athrow into a suspended generator, ag_* attributes.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def ticker():
    try:
        for i in range(10):
            yield i
    finally:
        print("ticker finally")
t = ticker()
print(drive(t.__anext__()), drive(t.__anext__()))
print(t.ag_frame is not None, t.ag_running, t.ag_code.co_name, t.ag_await)
drive(t.aclose())
print(t.ag_frame)
try:
    drive(t.__anext__())
except StopAsyncIteration:
    print("closed generator stops")
t2 = ticker()
drive(t2.__anext__())
try:
    drive(t2.athrow(RuntimeError("thrown")))
except RuntimeError as e:
    print("propagated", e)
async def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
drive(b.__anext__())
try:
    drive(b.aclose())
except RuntimeError as e:
    print(e)
