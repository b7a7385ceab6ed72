def f(xs):
    return {k: v for k, v in xs}
