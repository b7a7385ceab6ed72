def f(x):
    return x in (1, 2, 3), x in [4, 5], x in {6, 7}, x not in {8, 9}
