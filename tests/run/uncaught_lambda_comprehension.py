# Traceback through a comprehension calling a lambda.
convert = lambda s: int(s) * 2
items = ["1", "2", "x3"]
print([convert(s) for s in items])
