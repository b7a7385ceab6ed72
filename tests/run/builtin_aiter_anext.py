# aiter() and anext() builtins.
async def agen():
    yield "a"
    yield "b"
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
g = agen()
ai = aiter(g)
print(ai is g, run(anext(ai)), run(anext(ai)), run(anext(ai, "default")))
try:
    aiter([1])
except TypeError as e:
    print(e)
try:
    anext(iter([1]))
except TypeError as e:
    print(e)
async def main():
    it = aiter(agen())
    return [await anext(it), await anext(it), await anext(it, None)]
print(run(main()))
