def f(xs):
    a = [x for x in xs]
    b = {x: x * 2 for x in xs if x}
    c = {y for x in xs for y in x}
    d = list(x for x in xs)
    return a, b, c, d
