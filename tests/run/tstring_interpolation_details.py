# Template interpolation details: expressions text, conversions, specs, debug form.
from string.templatelib import Template, Interpolation
a, b = 3, "text"
t = t"{a + 1}|{b!r}|{a:>{a}}|{b=}|{ a }"
for part in t.interpolations:
    print(repr(part.value), repr(part.expression), part.conversion, repr(part.format_spec))
print(t.strings)
print(t"{'{'}" .values, t"{{escaped}}".strings, t"a" t"b".strings if False else t"ab".strings)
items = [t"x{1}", t"{2}y"]
combined = items[0] + items[1]
print(combined.strings, combined.values)
def lazy_count():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    tmpl = t"{bump()} {bump()}"
    return tmpl.values, n
print(lazy_count())
print(type(t"{a}".interpolations[0]).__name__, Template.__module__, Interpolation.__name__)
