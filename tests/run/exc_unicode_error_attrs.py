# UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError attributes and messages.
try:
    "abc\u20acdef".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, str(e))
try:
    b"ab\xc3\x28cd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
t = UnicodeTranslateError("xyz", 1, 2, "no mapping")
print(repr(t.object), t.start, t.end, t.reason, str(t))
e = UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "custom")
print(str(e))
e.start = 1
print(str(e))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
try:
    UnicodeEncodeError("x")
except TypeError as err:
    print(err)
