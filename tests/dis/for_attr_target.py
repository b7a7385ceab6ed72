def f(o, xs):
    for o.x in xs:
        pass
    for o[0] in xs:
        pass
