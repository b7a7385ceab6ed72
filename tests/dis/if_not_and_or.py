def f(a, b, c):
    if not a and (b or c):
        return 1
    if a or not b:
        return 2
    return 3
