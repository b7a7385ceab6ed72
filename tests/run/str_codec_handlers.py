# Text codecs: error handlers on encode and decode, error attributes.
text = "añ€😀\udc80"
for enc in ("ascii", "latin-1", "cp1252", "utf-8", "utf-16-le", "utf-32-be"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"):
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.start, e.end, repr(e.reason))
        except Exception as e:
            print(enc, errors, type(e).__name__, e)
data = b"a\xc3\xa9\xff\xe2\x82\x80\xed\xa0\x80\xf0\x9f\x98"
for enc in ("ascii", "utf-8", "latin-1", "cp1252", "utf-16", "utf-32"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError:", e, e.start, e.end, repr(e.reason), e.encoding)
        except Exception as e:
            print(enc, errors, type(e).__name__, e)
print("x".encode("UTF_8"), "x".encode(" Latin-1 "), b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"))
print("é".encode("utf-8-sig"), b"\xef\xbb\xbf\xc3\xa9".decode("utf-8-sig"), "é".encode("ascii", "namereplace"))
for bad in ("nope", "rot13"):
    try:
        "x".encode(bad)
    except LookupError as e:
        print("LookupError:", e)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
print("é".encode("ascii", "bogus") if False else "lazy handler lookup:", "abc".encode("ascii", "bogus"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(bytearray(b"x"), encoding="ascii"))
for args in ((1, "utf-8"), ("s", "utf-8")):
    try:
        str(*args)
    except TypeError as e:
        print("TypeError:", e)
