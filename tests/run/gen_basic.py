# Generator functions: laziness, state, return value, attributes.
def gen(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
    return "done"
g = gen(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None, g.gi_suspended)
print(next(g))
print(g.gi_suspended, g.gi_frame.f_lineno)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(g.gi_frame, next(g, "exhausted"))
print(list(gen(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(sum(x for x in range(10) if x % 2), list(x * y for x in range(3) for y in range(2)))
def empty():
    return
    yield
print(list(empty()), iter(g) is g, g.gi_code.co_name, g.gi_yieldfrom)
