# repr of templates and interpolations, and laziness of evaluation order.
from string.templatelib import Template, Interpolation
calls = []
def f(n):
    calls.append(n)
    return n * 10
t = t"{f(1)}-{f(2)}-{f(3)}"
print(calls, t.values)
print(repr(t))
print(repr(t.interpolations[0]))
print(repr(t"plain"))
nested = t"outer {t'inner {1}'}"
inner = nested.interpolations[0].value
print(type(inner).__name__, inner.strings, inner.values)
amount = 12.5
print(repr(t"{amount:{'.2f'}}".interpolations[0].format_spec))
w = 6
print(repr(t"{amount:>{w}}".interpolations[0].format_spec))
try:
    str(t)
except TypeError as e:
    print("str:", e)
print(type(str(t)).__name__ if False else "template not str")
