def f(data):
    if (n := len(data)) > 10:
        return n
    return [y for x in data if (y := x * 2)]
