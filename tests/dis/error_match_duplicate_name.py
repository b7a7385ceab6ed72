def f(x):
    match x:
        case [a, a]:
            pass
