# The codec registry: lookup and CodecInfo, custom search functions,
# codecs.encode/decode with non-text codecs, custom error handlers called
# with real exception objects, and incremental encoders/decoders.
import codecs

info = codecs.lookup("UTF-8")
print(type(info).__name__, info.name, info[0] is info.encode, len(info))
for name in ["latin_1", "L1", "ISO-8859-1", "utf_16", "U16", "utf-32-le", "cp1252",
             "windows-1252", "koi8-r", "macroman", "ascii", "646", "unicode-escape",
             "utf-8-sig", "utf7"]:
    i = codecs.lookup(name)
    print(name, "->", i.name, i._is_text_encoding)
print(codecs.lookup("utf-8") is codecs.lookup("utf-8"))
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
print(codecs.encode("h\xe9", "latin-1"), codecs.decode(b"h\xe9", encoding="latin-1"))
print(codecs.encode("x"), codecs.decode(b"x", errors="strict"))


# A custom codec found by a search function.
def upper_encode(s, errors="strict"):
    return s.upper().encode("ascii", errors), len(s)


def upper_decode(b, errors="strict"):
    return bytes(b).decode("ascii", errors).lower(), len(b)


seen = []


def search(name):
    seen.append(name)
    if name == "my_upper":
        return codecs.CodecInfo(upper_encode, upper_decode, name="my-upper")
    if name == "bad_result":
        return (1, 2, 3)
    if name == "not_text":
        i = codecs.CodecInfo(upper_encode, upper_decode, name="not-text")
        i._is_text_encoding = False
        return i
    if name == "returns_str":
        return codecs.CodecInfo(lambda s, e="strict": (s, len(s)), lambda b, e="strict": (b, len(b)))
    return None


codecs.register(search)
print("Hello".encode("My Upper"), b"HELLO".decode("my-upper"), codecs.lookup("my upper").name)
print(seen)
for enc in ["bad_result", "not_text", "returns_str", "unknown_thing"]:
    for f in [lambda: "x".encode(enc), lambda: b"x".decode(enc)]:
        try:
            print(repr(f()))
        except Exception as e:
            print(enc, type(e).__name__, e)
print(codecs.encode("x", "returns_str"), codecs.decode(b"x", "not_text"))
codecs.unregister(search)
try:
    codecs.lookup("my_upper2")
except LookupError as e:
    print(e)


# Custom error handlers get the real exception and may move the position.
def handler(exc):
    print("  handler:", type(exc).__name__, exc.encoding, repr(exc.object), exc.start, exc.end, exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d>" % ord(exc.object[exc.start]), exc.start + 1)
    return ("[%02x]" % exc.object[exc.start], exc.start + 1)


codecs.register_error("test.mark", handler)
print(codecs.lookup_error("test.mark") is handler)
print("a\xe9\u20acb".encode("ascii", "test.mark"))
print("a\xe9\u20acb".encode("latin-1", "test.mark"))
print("a\u20acb".encode("cp1252", "test.mark"), "a\u0100b".encode("cp1252", "test.mark"))
print(b"a\xff\xfeb".decode("utf-8", "test.mark"))
print(b"a\x81b".decode("cp1252", "test.mark"))
codecs.register_error("test.skip2", lambda e: ("", e.end + 1))
print(b"\xffab".decode("ascii", "test.skip2"))
codecs.register_error("test.back", lambda e: ("?", -1))
print("ab\xe9c".encode("ascii", "test.back"))
codecs.register_error("test.bytes", lambda e: (b"<B>", e.end))
print("a\xe9b".encode("ascii", "test.bytes"))
for bad in [lambda e: "x", lambda e: ("x",), lambda e: (1, 2), lambda e: ("x", 99), lambda e: (b"x", 1)]:
    codecs.register_error("test.bad", bad)
    for f in [lambda: "\xe9".encode("ascii", "test.bad"), lambda: b"\xff".decode("ascii", "test.bad")]:
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__, e)
codecs.register_error("test.nonascii", lambda e: ("\xe9", e.end))
try:
    "\u20ac".encode("ascii", "test.nonascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
import _codecs
print(_codecs._unregister_error("test.mark"), _codecs._unregister_error("test.mark"))

# The built-in handlers as callables.
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
             "namereplace", "surrogateescape", "surrogatepass"]:
    h = codecs.lookup_error(name)
    print(name, h.__name__, end=": ")
    for exc in [UnicodeEncodeError("ascii", "a\xe9\udc80", 1, 3, "bad"),
                UnicodeDecodeError("utf-8", b"a\xff\xed\xa0\x80", 1, 2, "bad"),
                UnicodeTranslateError("a\xe9", 1, 2, "bad")]:
        try:
            print(repr(h(exc)), end=" ")
        except Exception as e:
            print(type(e).__name__, str(e), end=" ")
    print()
try:
    codecs.lookup_error("strict")(ValueError("x"))
except ValueError as e:
    print("ValueError", e)
try:
    codecs.lookup_error("replace")(ValueError("x"))
except TypeError as e:
    print("TypeError", e)

# Incremental decoding and encoding.
dec = codecs.getincrementaldecoder("utf-8")()
data = "h\xe9\u20ac\U0001f600!".encode()
print([dec.decode(data[i:i + 1]) for i in range(len(data))], repr(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), dec.getstate())
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print(e)
for enc in ["utf-16", "utf-16-be", "utf-32", "utf-8-sig", "utf-7", "unicode_escape", "cp1252", "latin-1"]:
    text = "a\xe9\u20ac\\" if enc not in ("cp1252", "latin-1") else "a\xe9b"
    if enc == "latin-1":
        text = "a\xe9b"
    e = codecs.getincrementalencoder(enc)()
    parts = [e.encode(c) for c in text] + [e.encode("", final=True)]
    d = codecs.getincrementaldecoder(enc)()
    joined = b"".join(parts)
    out = [d.decode(joined[i:i + 1]) for i in range(len(joined))] + [d.decode(b"", final=True)]
    print(enc, parts, out, "".join(out) == text)
d = codecs.getincrementaldecoder("utf-16")()
print(repr(d.decode(b"\xfe")), repr(d.decode(b"\xff\x00")), repr(d.decode(b"a")))
print(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8").__next__())
print(list(codecs.iterencode(["a", "\xe9"], "utf-16-le")))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
