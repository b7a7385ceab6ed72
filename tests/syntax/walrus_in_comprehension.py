[y for x in data if (y := f(x))]
any((hit := x) > 0 for x in values)
[(x, y := x * 2) for x in range(3)]
