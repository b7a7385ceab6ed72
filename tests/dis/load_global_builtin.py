def f(x):
    return len(x) + abs(x)
