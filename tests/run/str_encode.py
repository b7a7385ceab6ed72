# str.encode with codecs and error handlers; bytes.decode.
s = "héllo €uro 日本 \U0001F600"
print(s.encode(), s.encode("utf-8"), len(s.encode("utf-8")))
print(s.encode("utf-16-le")[:12], s.encode("utf-32-be")[:8], len(s.encode("utf-16")))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("latin-1", "namereplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.encoding, e.reason)
try:
    s.encode("nope")
except LookupError as e:
    print(e)
b = "café".encode("latin-1")
print(b, b.decode("latin-1"), b.decode("utf-8", "replace"), b.decode("utf-8", "ignore"), b.decode("utf-8", "backslashreplace"))
try:
    b.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.object, e.start, e.end, e.reason)
print("\udcff".encode("utf-8", "surrogateescape"), b"\xff".decode("utf-8", "surrogateescape") == "\udcff")
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
print("abc".encode("utf-8", errors="strict"), "Ω".encode("cp1252", "replace"), "Ω".encode("utf-8").hex())
print(b"\xe2\x82\xac".decode(), bytes("x", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"abc"))
