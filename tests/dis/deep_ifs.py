def f(a, b, c, d):
    if a:
        if b:
            if c:
                if d:
                    return 4
                return 3
            return 2
        return 1
    return 0
