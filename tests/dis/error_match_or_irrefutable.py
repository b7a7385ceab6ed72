def f(x):
    match x:
        case a | 1:
            pass
