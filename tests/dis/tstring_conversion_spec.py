def f(x):
    return t'{x!r:>10} {x=}'
