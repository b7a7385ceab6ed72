# bytes construction, indexing, slicing, repr.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b"xy"), bytes("é", "utf-8"), bytes(range(5)))
print(b"abc"[0], b"abc"[-1], b"abc"[1:], b"abc"[::-1], b"hello"[1:4:2], type(b"a"[0]).__name__)
print(repr(b"\x00\x7f\x80\xff\t\n\r'\"\\"), repr(b"it's"), repr(b'say "x"'), repr(b"both'\""))
print(len(b"abc"), b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"a" in b"cat", 97 in b"cat", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", list(b"hi"), bytes.fromhex("de ad BE EF"))
print(b"\xde\xad".hex(), b"\x01\x02\x03".hex("-"), b"\x01\x02\x03\x04".hex(":", 2), b"abcdef".hex(" ", -4))
for bad in ([256], [-1], ["a"], "str", 1.5):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print(e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    97.5 in b"a"
except TypeError as e:
    print(e)
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()), hash(b"abc") == hash(b"abc"), str(b"x"), b"%s" % b"y")
print(rb"\n", br"\x00", len(rb"\n"), b"\101\x41")
