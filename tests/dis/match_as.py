def f(x):
    match x:
        case [1, 2] as pair:
            return pair
        case (1 | 2) as n:
            return n
        case _ as other:
            return other
