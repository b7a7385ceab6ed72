def f(a, b):
    return {}, {'a': 1, 'b': 2}, {a: b}, {**a, 'c': 3}, {'x': a, **b}
