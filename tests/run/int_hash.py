# hash() of ints is deterministic: reduction modulo 2**61 - 1.
import sys
M = sys.hash_info.modulus
print(M == 2 ** 61 - 1, sys.hash_info.width, sys.hash_info.inf, sys.hash_info.nan)
for n in (0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30):
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.5), hash(2.5))
print(hash(1) == hash(1.0) == hash(True), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash(float("inf")), hash(float("-inf")))
print(hash(-1) == hash(-2))
print(hash(1 + 0j) == hash(1), hash(complex(0, 1)))
class Sub(int):
    pass
print(hash(Sub(77)) == hash(77))
