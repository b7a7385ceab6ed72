def f(x):
    match x:
        case int():
            return 'int'
        case Point(x=0, y=0):
            return 'origin'
        case Point(a, b):
            return a, b
        case Point(1, y=yy):
            return yy
