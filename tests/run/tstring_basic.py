# PEP 750 template strings: Template and Interpolation objects.
from string.templatelib import Template, Interpolation
name = "World"
t = t"Hello {name}!"
print(type(t).__name__, type(t).__module__, t.strings, len(t.interpolations))
i = t.interpolations[0]
print(type(i).__name__, i.value, i.expression, i.conversion, repr(i.format_spec))
print(t.values, list(t))
x, y = 3, 4.5
t2 = t"{x} + {y:.2f} = {x + y!r:>8}"
print(t2.strings)
for it in t2.interpolations:
    print(repr(it.value), repr(it.expression), repr(it.conversion), repr(it.format_spec))
print(t"".strings, t"".interpolations, t"{x}".strings, t"{x}{y}".strings)
print(t"{x=}".strings, t"{x=}".interpolations[0].expression, t"{x=}".interpolations[0].conversion)
def render(template):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            v = part.value
            if part.conversion == "r":
                v = repr(v)
            elif part.conversion == "s":
                v = str(v)
            out.append(format(v, part.format_spec))
    return "".join(out)
print(render(t2), render(t"{name!r:^12}|"))
print(isinstance(t, Template), isinstance(i, Interpolation))
