# repr/str of floats: shortest round-tripping digits, exponent switch points.
vals = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 1.5e16,
        123456789012345678.0, 1e-4, 1e-5, 0.00012345, 1.7976931348623157e308,
        5e-324, 2.2250738585072014e-308, 3.14159, 100.0, 1e22, 1e23, -2.5e-7,
        9007199254740993.0, 0.3, 1.1 * 3]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(repr(1e300 * 1e10), repr(-1e300 * 1e10))
print([0.1, 0.25], (1.0,), {1.5: 2.5})
print(f"{0.1}", "%s" % 0.1, "%r" % 0.1, str(1e-7), str(12345678901234567.0))
