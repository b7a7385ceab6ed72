def f(x, xs):
    return len(x), isinstance(x, int), tuple(xs), list(xs), all(xs), any(xs)
