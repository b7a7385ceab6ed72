def f(o):
    o.m()
    o.m(1)
    o.a.m(k=2)
    return o.m(*o.args)
