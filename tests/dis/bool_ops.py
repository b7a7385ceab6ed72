def f(a, b, c):
    return a and b, a or b, a and b or c, a or (b and c), not (a and b)
