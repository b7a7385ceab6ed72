# Argument errors name the function's __qualname__, even when it was
# reassigned (namedtuple renames its generated __new__ this way).
def f(x, *, k):
    pass

for qual in (None, "G.h"):
    if qual:
        f.__qualname__ = qual
    for call in (lambda: f(), lambda: f(1, 2), lambda: f(1, z=1), lambda: f(1)):
        try:
            call()
        except TypeError as e:
            print(e)
