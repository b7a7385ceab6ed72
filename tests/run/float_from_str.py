# float() from strings and numbers; error messages.
for s in ("1", "  1.5  ", "-2.5e3", "+.5", "5.", "1_000.000_1", "inf", "-Infinity", "NaN",
          "nAn", "1e500", "-1e500", "1e-500", "0x10" if False else "1E5", "\t3.25\n", "١٢.٥"):
    print(repr(s), repr(float(s)))
for s in ("", "abc", "1.5.5", "1__0", "1e", "0x10", "_1", "nanx", " ", "1,5"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(), float(7), float(True), float(10 ** 20), float(b"2.5"), float(bytearray(b"-1")))
for v in (None, [], object()):
    try:
        float(v)
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 9
print(float(F()), float(I()))
class B:
    def __float__(self):
        return 1
try:
    float(B())
except TypeError as e:
    print(e)
