# f_lineno follows execution; f_back chains through nested calls and generators.
import sys
def where():
    return sys._getframe(1).f_lineno
print(where())
x = (
    where()
)
print(x)
def multi():
    lines = [where()]
    for _ in range(2):
        lines.append(where())
    lines.append(where())
    return lines
print(multi())
def chain():
    f = sys._getframe()
    names = []
    while f:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a():
    return b()
def b():
    return chain()
print(a())
def gen():
    yield chain()
print(next(gen()))
print([chain() for _ in range(1)][0])
