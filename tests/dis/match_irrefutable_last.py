def f(x):
    match x:
        case (a, b):
            pass
        case z:
            pass
    return x
