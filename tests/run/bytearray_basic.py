# bytearray: a mutable bytes.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba += b"!"
print(ba, len(ba), ba[1], ba[-3:], bytes(ba))
ba[1:3] = b"EL"
print(ba)
ba[1:3] = b"xxxx"
print(ba)
del ba[0]
del ba[1:3]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.insert(100, 66)
ba.remove(ord("x"))
print(ba, ba.index(66), ba.count(b"x"))
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray.fromhex("ff00"))
for op in (lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray().pop(),
           lambda: bytearray(b"a").remove(99), lambda: bytearray(b"a").append("x"),
           lambda: hash(bytearray()), lambda: bytearray(b"ab").__setitem__(slice(0, 2, 1), [1, 2, 300])):
    try:
        op()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b"abcdef")
b2[::2] = b"XYZ"
print(b2, b2 * 2, b2 == b"XbYdZf", b2.upper(), type(b2.upper()).__name__, b2.hex())
try:
    b2[::2] = b"12"
except ValueError as e:
    print(e)
print(repr(bytearray(b"q'")), bytearray(b"abc").decode(), b2.find(b"Y"), b2.replace(b"Z", b"zz"))
