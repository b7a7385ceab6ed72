def f(x):
    match x:
        case 1 | 2 | 3:
            return 'small'
        case [a] | (a, 0):
            return a
        case str() | bytes():
            return 'text'
