def f(x):
    y = 0
    if x:
        y = 1
    return y
