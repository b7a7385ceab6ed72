match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case "s" "t":
        pass
    case b"b":
        pass
    case None:
        pass
    case True | False:
        pass
