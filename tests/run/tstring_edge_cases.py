# Template strings: constructor argument errors, iteration, concatenation
# of several templates, conversions and nested format specs.
from string.templatelib import Template, Interpolation
for args in ((1,), ("a", 2.5)):
    try:
        Template(*args)
    except TypeError as e:
        print(e)
try:
    Template(strings=("a",))
except TypeError as e:
    print(e)
i = Interpolation(1, "x", None, ">4")
print(repr(i), i.format_spec)
i2 = Interpolation(value=2, expression="y", conversion="a")
print(repr(i2))
for bad in ("", "x"):
    try:
        Interpolation(1, "e", bad)
    except ValueError as e:
        print(e)
x, y = "X", "Y"
t = t"{x!s}{y!a}" + t"-" + t"{x:{y}}"
print(t.strings, [(p.expression, p.conversion, p.format_spec) for p in t.interpolations])
print(list(t"{x}{y}"), list(Template("a", "b", Interpolation(0, "z"), "c")))
print(t"a{x}b" .values, type(t"").__name__)
print(t'''multi
{x}
line'''.strings)
print(repr(t"{x!r}" + t"{y}"))
