def f(x):
    match x:
        case _:
            pass
        case 2:
            pass
