def f(xs, y):
    for x in xs:
        if x == y:
            break
    else:
        return False
    return True
