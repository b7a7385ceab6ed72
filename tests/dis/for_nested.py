def f(m):
    s = 0
    for row in m:
        for x in row:
            if x < 0:
                break
            s += x
    return s
