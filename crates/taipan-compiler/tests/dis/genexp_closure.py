def f(n):
    return sum(i * n for i in range(10))
def g(xs):
    return [lambda: x for x in xs]
def h(xs):
    return [[y for y in x] for x in xs]
