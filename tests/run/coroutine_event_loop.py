# A tiny round-robin event loop running several coroutines.
class Yield:
    def __await__(self):
        yield
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return f"{name} finished"
def run(*coros):
    queue = list(coros)
    results = []
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            queue.append(c)
    return results
log = []
print(run(worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)))
print(log)
async def failing():
    await Yield()
    raise ValueError("inside coroutine")
c = failing()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("caught", e)
async def catcher():
    try:
        await Yield()
    except KeyError as e:
        return f"coroutine handled {e!r}"
k = catcher()
k.send(None)
try:
    k.throw(KeyError("x"))
except StopIteration as e:
    print(e.value)
