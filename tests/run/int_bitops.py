# Bitwise operators on ints with two's-complement semantics for negatives.
vals = [0, 1, 5, -1, -6, 255, 2 ** 65 + 3, -(2 ** 65)]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x10, a ^ -1, a >> 2, a << 3)
print(-1 >> 100, 1 >> 100, 1 << 100, -1 << 70)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print((2 ** 100 - 1) & (2 ** 64), (2 ** 100) | 1, -(2 ** 100) & 0xFFFF)
print(-12345678901234567890 & 0xFFFFFFFFFFFFFFFF, -7 ^ 2 ** 70)
for bad in (-1, -100):
    try:
        1 << bad
    except ValueError as e:
        print("<<", bad, e)
    try:
        1 >> bad
    except ValueError as e:
        print(">>", bad, e)
try:
    1 << 1.0
except TypeError as e:
    print(e)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(~int(True), -True, type(-True).__name__)
x = 0xF0
x &= 0x3C; print(x)
x |= 1; print(x)
x ^= 0xFF; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
