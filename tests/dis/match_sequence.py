def f(x):
    match x:
        case []:
            return 0
        case [a]:
            return a
        case [a, b]:
            return a + b
        case (a, b, c):
            return c
