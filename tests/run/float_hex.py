# float.hex and float.fromhex.
for v in (0.0, -0.0, 1.0, 0.5, 0.1, -2.75, 1e300, 5e-324, 2.2250738585072014e-308,
          float("inf"), float("-inf"), float("nan"), 3.0, 1 / 3):
    print(repr(v), v.hex())
for s in ("0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x0p0", "  0x1p-1074 ",
          "inf", "-Infinity", "nan", "1.5", "0x.8", "0x1.", "0x10", "0x1.000000000000008p0"):
    print(repr(s), repr(float.fromhex(s)))
for s in ("0x1p2000", "", "0x", "hello", "0x1p"):
    try:
        print(float.fromhex(s))
    except (OverflowError, ValueError) as e:
        print(repr(s), type(e).__name__, e)
print(float.fromhex((0.1).hex()) == 0.1)
class F(float):
    pass
print(type(F.fromhex("0x1p3")).__name__, F.fromhex("0x1p3"))
