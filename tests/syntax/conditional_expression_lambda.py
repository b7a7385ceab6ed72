x = lambda: a if b else c
y = (lambda: a) if b else c
z = [lambda x=x: x for x in range(3)]
