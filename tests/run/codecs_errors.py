# Codec errors: messages and attributes of UnicodeEncodeError and
# UnicodeDecodeError, the built-in error handlers both ways, and the
# argument errors of the _codecs functions.
import codecs


def show(f, *args):
    try:
        r = f(*args)
        print(repr(r))
    except UnicodeError as e:
        print(type(e).__name__, e, "|", e.encoding, repr(e.object), e.start, e.end, repr(e.reason))
    except Exception as e:
        print(type(e).__name__, e)


HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
            "namereplace", "surrogateescape", "surrogatepass", "bogus"]
TEXT = "a\xe9\u20ac\U0001f600\udc80\ud800z"
for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-16", "utf-32-be", "cp1252", "koi8_r"]:
    for h in HANDLERS:
        print(enc, h, end=": ")
        show(TEXT.encode, enc, h)

DATA = [b"a\xff\xfeb", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xed\xa0\x80x", b"\xf4\x90\x80\x80",
        b"\x80abc", b"\xdc\x80", b"a\xc3\xa9\xe2"]
for enc in ["ascii", "utf-8", "latin-1", "cp1252"]:
    for d in DATA:
        for h in HANDLERS:
            print(enc, d, h, end=": ")
            show(d.decode, enc, h)

for enc in ["utf-16-le", "utf-16-be", "utf-16", "utf-32-le", "utf-32"]:
    for d in [b"a", b"a\x00\x00", b"\x00\xd8", b"\x00\xd8a\x00", b"\x00\xdca\x00",
              b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\xff\xfe\x00\xd8"]:
        for h in ["strict", "replace", "surrogatepass", "backslashreplace", "ignore"]:
            print(enc, d, h, end=": ")
            show(d.decode, enc, h)

for d in [b"\\x4g", b"\\N{foo}", b"\\N{", b"\\N", b"\\Nx", b"\\U00110000", b"abc\\", b"\\u12"]:
    for h in ["strict", "replace", "ignore", "backslashreplace"]:
        print("unicode_escape", d, h, end=": ")
        show(codecs.unicode_escape_decode, d, h)
for d in [b"\\u00", b"\\U00110000", b"\\u12x"]:
    print("raw", d, end=": ")
    show(codecs.raw_unicode_escape_decode, d)
for d in [b"+A-", b"+AB-", b"\x80", b"+\x80", b"+2D3-", b"+2D3", b"+AAA"]:
    for h in ["strict", "replace"]:
        print("utf-7", d, h, end=": ")
        show(codecs.utf_7_decode, d, h, True)
show(codecs.escape_decode, b"\\x4")
show(codecs.escape_decode, b"ab\\")
show(codecs.escape_decode, b"\\x4", "bogus")

print("-- lookup errors")
show("a".encode, "xyz")
show(b"a".decode, "no-such-codec")
show("a".encode, "rot13")
show(b"a".decode, "rot13")
show(codecs.lookup, 5)
show(codecs.lookup, "nope")
print("-- argument errors")
show(codecs.utf_8_decode)
show(codecs.utf_8_decode, b"a", "strict", False, 3)
show(codecs.utf_8_decode, "abc")
show(codecs.utf_8_encode, b"abc")
show(codecs.utf_8_encode, "abc", 5)
show(codecs.utf_16_ex_decode, b"ab", None, "x")
show(codecs.escape_encode, "abc")
show(codecs.charmap_build, 5)
show(codecs.register, 5)
show(codecs.register_error, "x", 5)
show(codecs.lookup_error, "nonexistent")
show(codecs.encode, "a", 5)
show(codecs.encode, "a", "utf-8", 5)
import _codecs
show(_codecs._unregister_error, "strict")
show(_codecs._unregister_error, "never-registered")
show("abc".encode, 5)
show("abc".encode, "utf-8", 5)
show(str, b"abc", 5)
show(b"abc".decode, "utf-8", 5)
print("-- deprecated escapes warn once per input")
print(codecs.unicode_escape_decode(b"a\\q\\z"), codecs.unicode_escape_decode(b"\\777"))
print(codecs.escape_decode(b"\\q\\777"), codecs.escape_decode(b"\\777"))
print(b"\\d\xe9".decode("unicode_escape"))
