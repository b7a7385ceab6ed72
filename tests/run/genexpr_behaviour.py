# Generator expressions: first iterable evaluated eagerly, rest lazily.
def src():
    print("src called")
    return [1, 2]
g = (x for x in src())
print("created")
print(list(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager error:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy error:", e)
print(sum(x * x for x in range(4)), any(x > 2 for x in [1, 3]), "".join(c.upper() for c in "ab"))
ge = (i for i in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__ if False else "qualname ok")
