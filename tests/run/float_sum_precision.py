# Floating point accumulation order matters; sum vs math.fsum.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, math.fsum(vals) == 1.0)
big = [1e16, 1.0, -1e16]
print(sum(big), math.fsum(big), sum(sorted(big)))
print(sum([1e-16] * 10 ** 4) + 1, 1 + sum([1e-16] * 10 ** 4))
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1, (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
print(sum([1, 2.5, 3]), sum([0.5, 0.25], start=1), sum(x / 10 for x in range(10)))
