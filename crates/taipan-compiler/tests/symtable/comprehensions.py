def f(xs):
    a = [x * y for x in xs for y in range(x) if x]
    b = {k: v for k, v in xs}
    c = {x for x in xs}
    d = (x for x in xs)
    e = [lambda: x for x in xs]
    g = [(w := x) for x in xs]
    return w
[z := 1 for q in range(3)]
class K:
    v = [i for i in range(3)]
    u = [v for _ in range(2)]
