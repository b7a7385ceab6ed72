# Invalid encodings: bad codec names, undecodable bytes, surrogates.
for name in ("utf-8", "UTF8", "latin_1", "ascii", "utf-16", "not-a-codec"):
    try:
        print(name, "é".encode(name))
    except (LookupError, UnicodeEncodeError) as e:
        print(name, type(e).__name__ + ":", e)
for data, enc in ((b"\xff\xfe", "utf-8"), (b"\x80", "ascii"), (b"\xc3", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"a\x00b", "utf-16-le")):
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, "UnicodeDecodeError:", e.reason, e.start, e.end)
try:
    "\udc80".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"x".decode("utf-8", "no-such-handler")
except LookupError as e:
    print("not raised for valid input?", e)
else:
    print("unused error handler is not looked up")
try:
    b"\xff".decode("utf-8", "no-such-handler")
except LookupError as e:
    print(e)
try:
    compile(b"# -*- coding: bogus -*-\nx = 1\n", "<enc>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
