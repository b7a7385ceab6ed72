def f(o, k, v):
    o.attr = v
    o[k] = v
    o.a.b = v
    o[k][0] = v
    o[1:2] = v
