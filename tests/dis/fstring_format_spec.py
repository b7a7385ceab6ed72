def f(x, w):
    return f'{x:>10} {x:{w}.{w}f} {x:#x}'
