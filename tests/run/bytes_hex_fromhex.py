# hex() with separators, fromhex with whitespace, and round trips.
data = bytes(range(0, 256, 37))
print(data.hex(), data.hex(":"), data.hex(" ", 2), data.hex("-", -3), data.hex(b"|"))
print(bytes.fromhex("00ff 10\t20\n30"), bytearray.fromhex(""), bytes.fromhex(data.hex()) == data)
for bad in ("0", "zz", "0 0", "0g"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    data.hex("::")
except ValueError as e:
    print(e)
print(memoryview(data).hex(), bytearray(b"\x01\x02").hex(","), b"".hex())
