match x:
    case a:
        pass
    case _:
        pass
    case (a as b):
        pass
    case [a, b] as c:
        pass
