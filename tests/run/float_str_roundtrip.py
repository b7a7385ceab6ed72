# repr(float) round-trips exactly through float().
import math
vals = [0.1, 0.7, 1 / 3, 2 / 7, math.pi, math.e, 1e-310, 1.7976931348623157e308, 123456789.123456789, 2 ** 0.5]
for v in vals:
    r = repr(v)
    print(r, float(r) == v, len(r))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, repr(x), x == 1.0, str(x), f"{x:.17g}", round(x, 15))
print(float("1e-400"), float("-1e-400"), repr(float("1e400")), float("0.1e1"), float("1_0.5"))
