# math.frexp/ldexp/modf/fmod/remainder and float classification.
import math
for v in (0.0, -0.0, 1.0, 0.1, 1e300, 5e-324, -123.456):
    m, e = math.frexp(v)
    print(repr(v), (m, e), math.ldexp(m, e) == v, math.modf(v))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), -7.5 % 2, math.remainder(7.5, 2), math.remainder(5, 2))
print(math.isfinite(1e308 * 10), math.isinf(-1e308 * 10), math.isnan(0 * math.inf))
print(math.floor(-0.0), math.ceil(-0.5), repr(math.ceil(-0.5) * 1.0), math.copysign(3, -0.0))
