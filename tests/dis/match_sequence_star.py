def f(x):
    match x:
        case [first, *rest]:
            return first, rest
        case [*init, last]:
            return last
        case [a, *_, b]:
            return a, b
        case [*_]:
            return None
