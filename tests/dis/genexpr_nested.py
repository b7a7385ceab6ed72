def f(m):
    return list(x for row in m for x in row if x)
