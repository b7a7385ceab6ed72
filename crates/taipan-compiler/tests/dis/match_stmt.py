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
        case (a, b, c):
            return a
        case [first, *_, last]:
            return first, last
        case None | True:
            return 0
        case {}:
            return 1
        case Color.RED:
            return 2
        case _:
            pass
def g(cmd):
    match cmd.split():
        case ["go", direction]:
            return direction
        case ["quit"]:
            return None
        case [x] if x > 3:
            return x
