def f(xs):
    ys = [y for x in xs if (y := x * 2) > 3]
    return ys, y
