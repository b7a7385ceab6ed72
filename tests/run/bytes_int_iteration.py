# bytes/bytearray elements are ints; conversions between bytes and lists.
b = b"AZaz09"
print(list(b), [chr(x) for x in b], b[0], b[-1], b[0:1], type(b[0]).__name__, type(b[0:1]).__name__)
print(bytes([x + 1 for x in b]), bytes(reversed(b)), sum(b), max(b), sorted(b)[:2])
print(b"\x00\x01\xff"[2], b"\x00" * 3, bytes(4), bytearray(b"ab")[1])
for x in b"hi":
    print(x, hex(x), bin(x))
print(b"abc".hex(), bytes.fromhex(b"abc".hex()), int.from_bytes(b"abc", "big"), (6382179).to_bytes(3, "big"))
