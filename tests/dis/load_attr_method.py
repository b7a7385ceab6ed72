def f(o):
    o.m()
    return o.attr
