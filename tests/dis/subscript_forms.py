def f(a, i, j):
    return a[i], a[i, j], a[i:j], a[i:j:2], a[::i], a[:, 1], a[...]
