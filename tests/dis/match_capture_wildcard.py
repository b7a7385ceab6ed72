def f(x):
    match x:
        case 0:
            return 0
        case y:
            return y

def g(x):
    match x:
        case 0:
            return 0
        case _:
            return 1
