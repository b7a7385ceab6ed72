def f(v):
    match v:
        case [1, *rest]:
            return rest
        case {"k": val, **others}:
            return val, others
        case Point(x=px, y=0) | Point(x=0, y=px):
            return px
        case str() as s if s:
            return s
        case _:
            pass
