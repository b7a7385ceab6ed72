def f(a, b):
    return f"{f'{a}'} and {b!r:^{a}}"
