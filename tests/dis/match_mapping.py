def f(x):
    match x:
        case {}:
            return 0
        case {'a': 1}:
            return 1
        case {'b': b, 'c': c}:
            return b + c
