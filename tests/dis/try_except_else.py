def f():
    try:
        x = g()
    except ValueError:
        x = 0
    else:
        x += 1
    return x
