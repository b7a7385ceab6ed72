# Building Template and Interpolation objects directly; concatenation.
from string.templatelib import Template, Interpolation
t = Template("a", Interpolation(1, "one"), "b", Interpolation(2, "two", "r", ">3"))
print(t.strings, t.values, [i.expression for i in t.interpolations])
print(t.interpolations[1].conversion, t.interpolations[1].format_spec)
t2 = Template("x", "y", Interpolation(0, "z"), Interpolation(5, "w"))
print(t2.strings, t2.values)
a = t"left {1}"
b = t"{2} right"
c = a + b
print(c.strings, c.values)
try:
    a + "str"
except TypeError as e:
    print(e)
try:
    "str" + a
except TypeError as e:
    print(e)
i = Interpolation("v", "expr")
print(i.value, i.expression, i.conversion, repr(i.format_spec))
print(Interpolation.__match_args__)
match i:
    case Interpolation(value, expression):
        print("matched", value, expression)
try:
    Interpolation(1, "x", "q")
except ValueError as e:
    print(e)
print(repr(Template()), repr(Template("only")))
