def f(x):
    return f'{x=}', f'{x = !s}', f'{x=:>4}'
