def f(a, b, c):
    if a and b or c:
        return 1
    if not a:
        return 2
    if a is None:
        return 3
    if b is not None:
        return 4
    x = a if b else c
    return a < b < c
