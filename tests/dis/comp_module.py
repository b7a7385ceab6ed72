xs = range(3)
ys = [x + 1 for x in xs]
zs = {x: x for x in xs}
