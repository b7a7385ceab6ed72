def f(a, b, c):
    return f'{a}-{b}-{c} end'
