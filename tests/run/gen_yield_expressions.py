# yield as an expression in various positions.
def g():
    x = yield
    print("x", x)
    y = (yield 1) + 10
    print("y", y)
    z = [(yield 2), (yield 3)]
    print("z", z)
    print("arg", (yield 4))
    return "fin"
it = g()
print(next(it))
print(it.send("a"))
print(it.send(5))
print(it.send("p"))
print(it.send("q"))
try:
    it.send("last")
except StopIteration as e:
    print("stop", e.value)
def lam_gen():
    f = lambda: (yield 7)
    return list(f())
print(lam_gen())
