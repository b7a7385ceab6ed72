# async def coroutines driven by hand with send(None); await on custom awaitables.
class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield f"suspend:{self.label}"
        return f"{self.label}->{reply}"
async def child(n):
    r = await Sleep(f"child{n}")
    return r.upper()
async def main():
    a = await Sleep("first")
    print("main got", a)
    b = await child(1)
    print("main got", b)
    return "main-done"
coro = main()
print(type(coro).__name__, coro.__name__, coro.__qualname__, coro.cr_running, coro.cr_await)
value = None
step = 0
while True:
    try:
        yielded = coro.send(value)
    except StopIteration as e:
        print("finished with", e.value)
        break
    step += 1
    print("loop saw", yielded)
    value = f"reply{step}"
print(coro.cr_frame)
async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("simple", e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(e)
c2 = simple()
c2.close()
print("closed unstarted")
