# chr, ord, ascii, repr, bin/hex/oct on edge values.
print(chr(65), chr(0x263A), repr(chr(0)), repr(chr(0x10FFFF)), ord("A"), ord("€"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
for bad in (-1, 0x110000, 2 ** 80):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ("", "ab", b"ab", 5):
    try:
        ord(bad)
    except TypeError as e:
        print(e)
print(ascii("héllo"), ascii([1, "ü"]), ascii("\U0001F600"), ascii(b"\xff"), ascii(1.5), ascii(None))
print(repr("a\u0300"), ascii("\x7f\x80"), chr(ord("a") + 1), [ord(c) for c in "Aa0 "])
class R:
    def __repr__(self):
        return "Rüpr"
print(repr(R()), ascii(R()), str(R()), f"{R()!a}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
