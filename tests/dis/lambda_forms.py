f = lambda: 0
g = lambda a, b=1, *c, d, **e: (a, b, c, d, e)
h = lambda x: (yield x)
