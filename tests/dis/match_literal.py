def f(x):
    match x:
        case 1:
            return 'one'
        case 'two':
            return 2
        case -3:
            return 3
        case 1 + 2j:
            return 4
        case b'x':
            return 5
