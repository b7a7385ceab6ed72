def f(o, k):
    x = 1
    del x
    del o.attr
    del o[k]
    del o[1:2]
    del o.a, o[0]
