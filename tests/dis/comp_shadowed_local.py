def f(xs):
    x = 'keep'
    ys = [x for x in xs]
    return x, ys
