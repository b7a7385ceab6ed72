# Default values are evaluated once, at definition time.
import itertools
counter = itertools.count()
def stamp(v=next(counter)):
    return v
print(stamp(), stamp(), next(counter))
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe_append(1), safe_append(2))
x = 10
def uses_x(v=x):
    return v
x = 20
print(uses_x())
print(append_to.__defaults__)
def kw(*, a=[]):
    a.append(len(a))
    return a
print(kw(), kw(), kw.__kwdefaults__)
