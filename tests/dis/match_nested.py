def f(x):
    match x:
        case {'points': [Point(x=0, y=y), *others]}:
            return y, others
        case [[1, 2], {'k': [v]}]:
            return v
