def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"
g = gen(3)
print(next(g), g.send("x"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def outer():
    r = yield from gen(2)
    yield r
print(list(outer()))
print(sum(x * x for x in range(10)), [y for y in (x + 1 for x in range(3))])
def bad():
    raise StopIteration
    yield
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def closing():
    try:
        yield 1
    finally:
        print("cleanup")
c = closing()
next(c)
c.close()
