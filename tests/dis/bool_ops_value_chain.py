def f(a, b, c, d):
    return a or b or c or d
