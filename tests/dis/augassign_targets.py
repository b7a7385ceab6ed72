def f(o, k, v):
    o.x += v
    o[k] -= v
    o[1:2] *= v
    global g
    g += 1
