def f(a):
    return [1, 2, 3], [a, 1], [], [*a, 1]
