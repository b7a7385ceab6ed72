# int() parsing strings in various bases.
cases = [("42", 10), ("-42", 10), ("  7  ", 10), ("+9", 10), ("1_000", 10),
         ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0),
         ("0b101", 0), ("101", 2), ("z", 36), ("Zz", 36), ("0", 0),
         ("00", 0), ("777", 8), ("0_1", 8), ("-0x_1f", 16), ("١٢٣", 10)]
for s, base in cases:
    print(repr(s), base, int(s, base))
bad = [("", 10), ("1.5", 10), ("0x", 16), ("12", 2), ("09", 0), ("1__0", 10),
       ("_1", 10), ("1_", 10), ("abc", 10), (" ", 10), ("0b", 0)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(repr(s), base, "ValueError:", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(base, e)
try:
    int(12, 10)
except TypeError as e:
    print(e)
print(int(b"12"), int(bytearray(b" 34 ")), int("10", base=3))
print(int(), int(3.99), int(-3.99), int(True), int("  -0  "))
