# float methods and properties.
import math
for v in (2.0, 2.5, -0.0, 1e300, float("inf"), float("nan")):
    print(repr(v), v.is_integer(), v.real, v.imag, v.conjugate())
for v in (0.5, 0.1, -2.75, 3.0, 1e-10):
    print(v, v.as_integer_ratio())
for v in (float("inf"), float("nan")):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.trunc(3.7), math.floor(-3.2), math.ceil(-3.2), math.floor(3.0))
print(int(2.5).__class__.__name__, (2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__())
print(float.__getformat__("double"))
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"), (1.5).__mul__(2))
print((7.5).__floordiv__(2), (7.5).__mod__(2), (-7.5).__mod__(2), (7.5).__divmod__(-2))
print((2.0).__pow__(0.5), (2.0).__rpow__(3), (-1.5).__abs__(), (1.5).__neg__(), (0.0).__bool__())
print(float.from_number(5), float.from_number(2.5))
try:
    float.from_number("1.5")
except TypeError as e:
    print(e)
