# Negative numbers: floor semantics, negative zero doesn't exist for ints, abs of min values.
print(-0, 0 == -0, str(-0), -(-(2 ** 63)), abs(-(2 ** 63)), -(2 ** 63) // -1)
print(-7 // 2, -7 % 2, int(-7 / 2), -(7 // 2), round(-7 / 2), -7 >> 1, ~6)
print(-1 ** 2, (-1) ** 2, -1 ** 0.5 if False else "skip", (-8) // 3, (-8) % 3, 8 // -3, 8 % -3)
print(divmod(-1, 10 ** 20), divmod(10 ** 20, -3), -(10 ** 20) % 7, -(10 ** 20) // 7)
print(hex(-1), bin(-5), oct(-8), f"{-255:x}", f"{-5:08b}", format(-0, "+d"))
