def f(x):
    return f'{x!r} {x!s} {x!a}'
