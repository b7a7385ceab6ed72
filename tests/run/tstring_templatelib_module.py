# string.templatelib is CPython's own module over Taipan's t-strings.
from string.templatelib import Template, Interpolation, convert
x = 5
t = t"a{x!r:>3}b"
print(type(t) is Template, type(t.interpolations[0]) is Interpolation, t.strings, t.values)
print(convert(1, None), convert("x", "r"), convert("é", "a"), convert(2, "s"))
try:
    convert("x", "q")
except ValueError as e:
    print("ValueError", e)
print(Template.__module__, Interpolation.__module__)
