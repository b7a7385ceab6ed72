# bytes.find and bytearray.find applied to a fixed set of samples.
samples = [b"", b"a", b"Hello, World", b"  padded  ", b"MiXeD 123", b"\x00\xff\x80", b"tab\there", b"l1\nl2\r\n", b"xxxyx"]
argsets = [(b'l',), (108,), (b'', 3)]
for s in samples:
    results = []
    for args in argsets:
        for kind in (bytes, bytearray):
            try:
                results.append(repr(kind(s).find(*args)))
            except Exception as e:
                results.append(type(e).__name__ + ": " + str(e))
    print(repr(s), "->", " ; ".join(results))
try:
    bytes.find("str")
except TypeError as e:
    print("TypeError:", e)
