def f(m):
    return (sum([x for x in row]) for row in m)
