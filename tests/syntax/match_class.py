match x:
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case mod.Point(1, y=[a, b]):
        pass
    case A.B.C(x=A.B.c):
        pass
