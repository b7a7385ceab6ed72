# UTF-16 and UTF-32 encodings with explicit byte order; surrogate pairs.
s = "A\u00e9\u20ac\U0001F600"
for enc in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"):
    data = s.encode(enc)
    print(enc, len(data), data.hex(" "), data.decode(enc) == s)
print(len("\U0001F600".encode("utf-16-le")) // 2, "\U0001F600".encode("utf-16-be").hex())
print(b"\x3d\xd8\x00\xde".decode("utf-16-le"), b"\xd8\x3d\xde\x00".decode("utf-16-be"))
try:
    b"\x3d\xd8".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(e.reason)
print("é".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"))
