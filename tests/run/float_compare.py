# Comparison of floats with ints, nan rules, -0.0.
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan >= nan, nan is nan)
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
print(0.0 == -0.0, 1.0 == 1, 0.1 == 1 / 10, 1e16 == 10 ** 16, 1e16 + 1 == 10 ** 16 + 1)
print(2.0 ** 63 == 2 ** 63, 2.0 ** 63 < 2 ** 63 + 1, 2.0 ** 63 > 2 ** 63 - 1)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000))
print(max(1, 1.0), min(1.0, 1), max(-0.0, 0.0), min(0.0, -0.0))
print(sorted([3.5, -1, 2, 0.0, -0.0, 1e-9]))
print(1.5 < 2 < 2.5, 0.1 + 0.2 > 0.3)
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.fabs(-2.5))
