# A small scheduler with futures: coroutines wait for values set by others.
class Future:
    def __init__(self):
        self.done = False
        self.value = None
    def set(self, v):
        self.done, self.value = True, v
    def __await__(self):
        while not self.done:
            yield self
        return self.value
async def producer(fut, log):
    log.append("producer start")
    fut.set(99)
    log.append("producer set")
    return "p"
async def consumer(fut, log):
    log.append("consumer waiting")
    v = await fut
    log.append(f"consumer got {v}")
    return v * 2
def run_all(coros):
    pending = list(coros)
    results = {}
    while pending:
        for c in list(pending):
            try:
                c.send(None)
            except StopIteration as e:
                results[c.__name__] = e.value
                pending.remove(c)
    return results
log = []
f = Future()
print(run_all([consumer(f, log), producer(f, log)]))
print(log)
