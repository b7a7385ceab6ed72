# ZeroDivisionError inside a lambda passed to map and consumed by list().
ratios = [4, 2, 0, 1]
print(list(map(lambda r: 100 // r, ratios)))
