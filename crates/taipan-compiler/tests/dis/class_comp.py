class C:
    xs = [1, 2]
    ys = [x * 2 for x in xs]
    zs = [x for x in range(3) if x]
