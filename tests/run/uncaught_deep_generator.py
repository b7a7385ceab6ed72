# Traceback through generators delegating with yield from.
def inner():
    yield 1
    raise KeyError("inner generator")
def middle():
    yield from inner()
def outer():
    yield from middle()
for value in outer():
    print(value)
