def f(x):
    match x:
        case None:
            return 0
        case True:
            return 1
        case False:
            return 2
