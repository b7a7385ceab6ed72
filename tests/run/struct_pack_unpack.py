# struct: every format code in every byte order, alignment, sizes,
# pack_into/unpack_from/iter_unpack, the Struct type and its errors.
import struct


def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", r)


for order in "@=<>!":
    for code in "bBhHiIlLqQnNPefd?c":
        fmt = order + code
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, "error:", e)
            continue
        if code in "efd":
            vals = [0.0, 1.5, -2.25, float("inf"), 65504.0, 1e-7]
        elif code == "?":
            vals = [0, 1, [], [0], "x"]
        elif code == "c":
            vals = [b"a", b"\xff"]
        else:
            bits = size * 8
            lo = -(1 << (bits - 1)) if code.islower() and code != "?" else 0
            hi = (1 << (bits - 1)) - 1 if code.islower() else (1 << bits) - 1
            if code == "P":
                lo, hi = 0, (1 << 64) - 1
            vals = [0, 1, lo, hi, 100]
        for v in vals:
            packed = struct.pack(fmt, v)
            print(fmt, size, repr(v), packed, struct.unpack(fmt, packed))

print("range errors")
for fmt in ["b", "B", "h", "H", "<i", ">I", "<l", "@l", "@L", "<q", "Q", "n", "N", "<L"]:
    size = struct.calcsize(fmt)
    for v in [1 << (size * 8), -(1 << (size * 8)), -1, 2**70]:
        attempt(struct.pack, fmt, v)
    attempt(struct.pack, fmt, 1.5)
    attempt(struct.pack, fmt, "7")

print("floats")
attempt(struct.pack, "<e", 1e10)
attempt(struct.pack, "<f", 1e300)
attempt(struct.pack, "<d", "x")
attempt(struct.pack, "<f", 3)
for x in [0.1, -0.0, 5.960464477539063e-08, 6.103515625e-05, 1e-8, 65519.99, 1/3]:
    print(x, struct.pack("<e", x), struct.unpack("<e", struct.pack("<e", x)),
          struct.pack(">f", x), struct.unpack(">f", struct.pack(">f", x)))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"), struct.unpack("<e", b"\x01\x00"))

print("strings")
for fmt in ["s", "0s", "5s", "5p", "1p", "0p", "3c"]:
    n = struct.calcsize(fmt)
    args = [b"a", b"b", b"c"] if fmt == "3c" else [b"hello world"]
    attempt(struct.pack, fmt, *args)
print(struct.pack("5s", bytearray(b"ab")), struct.unpack("5p", b"\x09abcd"), struct.unpack("3s", b"xyz"))
attempt(struct.pack, "s", "text")
attempt(struct.pack, "c", b"ab")
attempt(struct.pack, "c", "a")
print(struct.pack("300p", b"x" * 400)[:3], len(struct.pack("300p", b"x" * 400)))

print("alignment and sizes")
for fmt in ["bq", "=bq", "bi0q", "0q", "bhbi", "<bhbi", "ci", "xxxi", "4x", "3sq", "?d",
            "P", "e", "2e", "10s2h", " i  h ", "", "lL", ">lL", "nN"]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("bhbi", 1, 2, 3, 4), struct.pack("<bhbi", 1, 2, 3, 4))
print(struct.pack("xxxi", 7), struct.pack("!xh", 7))
print(struct.unpack("bi0q", struct.pack("bi0q", 1, 2)))

print("bad formats")
for fmt in ["z", "<P", "=n", ">N", "3", "3 i", "i3", "!", "<", "@@i", 5]:
    attempt(struct.calcsize, fmt)
print(struct.calcsize(b"<ih"), struct.pack(b">h", 258))

print("counts")
attempt(struct.pack, "i")
attempt(struct.pack, "i", 1, 2)
attempt(struct.pack, "3i", 1)
attempt(struct.pack)
attempt(struct.unpack, "i")
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "<2h", b"abcde")
attempt(struct.calcsize)

print("buffers")
print(struct.unpack("<h", bytearray(b"\x01\x02")), struct.unpack("<h", memoryview(b"\x03\x04")))
print(struct.unpack_from("<h", b"abcdef", 2), struct.unpack_from("<h", b"abcdef"),
      struct.unpack_from("<h", b"abcdef", -2), struct.unpack_from("<h", buffer=b"xyz", offset=1))
attempt(struct.unpack_from, "i", b"abc", 2)
attempt(struct.unpack_from, "i", b"abcd", -10)
attempt(struct.unpack_from, "i", b"abcd", -2)
attempt(struct.unpack_from, "i")
ba = bytearray(8)
struct.pack_into("<hh", ba, 2, 1, -1)
print(ba)
struct.pack_into(">h", ba, -2, 0x1234)
print(ba)
mv = memoryview(ba)
struct.pack_into("<i", mv, 0, 0x01020304)
print(ba)
attempt(struct.pack_into, "i", bytearray(3), 0, 1)
attempt(struct.pack_into, "i", bytearray(3), 5, 1)
attempt(struct.pack_into, "i", bytearray(3), -10, 1)
attempt(struct.pack_into, "i", bytearray(8), -2, 1)
attempt(struct.pack_into, "i", b"abcd", 0, 1)
attempt(struct.pack_into, "i")
attempt(struct.pack_into, "i", ba)
attempt(struct.pack_into, "i", ba, 0)
attempt(struct.pack_into, "i", ba, "x", 1)

print("iter_unpack")
it = struct.iter_unpack("<h", b"abcdef")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
attempt(struct.iter_unpack, "i", b"abc")
attempt(struct.iter_unpack, "", b"abc")
attempt(struct.iter_unpack, "i")

print("Struct")
s = struct.Struct("<ih")
print(s, repr(s), s.format, s.size, type(s), s.pack(1, 2), s.unpack(s.pack(1, 2)))
print(s.unpack_from(b"\x00" + s.pack(3, 4), 1), list(s.iter_unpack(s.pack(5, 6) * 2)))
b = bytearray(7)
s.pack_into(b, 1, -1, -1)
print(b, struct.Struct(b"hh").format, struct.Struct(format="q").size)
attempt(struct.Struct)
attempt(struct.Struct, 1)
attempt(struct.Struct, "Z")
attempt(s.pack, 1)
attempt(s.unpack)
attempt(s.unpack, b"")
class S(struct.Struct):
    pass
t = S(">H")
print(type(t).__name__, t.size, t.pack(513), isinstance(t, struct.Struct))

print("error type")
print(struct.error, struct.error.__module__, issubclass(struct.error, Exception))
try:
    struct.pack("b", 999)
except struct.error as e:
    print("caught", type(e).__name__, e.args)

print("nan payloads")
for raw in [b"\x06\xfd", b"\x00\x7e", b"\x01\x7c", b"\x00\xfe"]:
    x = struct.unpack("<e", raw)[0]
    print(raw, struct.pack("<e", x), struct.pack("<f", x), struct.pack("<d", x)[4:],
          struct.pack("<e", struct.unpack("<f", struct.pack("<f", x))[0]))
print(struct.pack("<e", float("nan")), struct.pack(">e", -float("nan")), struct.pack("<f", float("nan")))
