# int.to_bytes and int.from_bytes.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(1), (0).to_bytes(0), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2 ** 64).to_bytes(9, "big"))
print((65535).to_bytes(length=2, byteorder="big"))
for args, kw in [((256, 1, "big"), {}), ((-1, 1, "big"), {}), ((128, 1, "big"), {"signed": True}),
                 ((1, 1, "middle"), {}), ((1, -1, "big"), {})]:
    n, *rest = args
    try:
        print(n.to_bytes(*rest, **kw))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b""), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01"), "little"))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
class MyInt(int):
    pass
v = MyInt.from_bytes(b"\x01\x00", "big")
print(v, type(v).__name__)
print(bool.from_bytes(b"\x01"), bool.from_bytes(b"\x00"))
for n in (0, 1, -1, 127, -128, 2 ** 70, -(2 ** 70)):
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, "little", signed=True)
    print(n, b.hex(), int.from_bytes(b, "little", signed=True) == n)
