match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": a, **rest}:
        pass
    case {1: _, None: n, C.x: y}:
        pass
    case {**rest}:
        pass
