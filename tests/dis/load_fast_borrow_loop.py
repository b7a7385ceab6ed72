def f(xs, k):
    r = []
    for x in xs:
        r.append(x + k)
    return r
