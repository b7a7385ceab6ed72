import enum

def f(x):
    match x:
        case enum.Color.RED:
            return 'red'
        case x.y.z:
            return 'z'
