def f(xs):
    out = []
    for x in xs:
        if not x:
            continue
        out.append(x)
    return out
