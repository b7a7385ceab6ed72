def f(m):
    return [[y * 2 for y in row] for row in m]
