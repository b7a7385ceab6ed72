# array.array: typecodes, conversions and their errors, methods,
# slicing, comparison, concat/repeat, pickling, subclassing, and use as a
# buffer by struct and binascii.
import array
import binascii
import struct


def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


print(array.typecodes, array.ArrayType is array.array)
for code in "bBhHiIlLqQfdw":
    a = array.array(code)
    print(code, a.itemsize, a.typecode, repr(a))

print("conversions")
for code in "bBhHiIlLqQ":
    n = array.array(code).itemsize * 8
    lo = -(1 << (n - 1)) if code.islower() else 0
    hi = (1 << (n - 1)) - 1 if code.islower() else (1 << n) - 1
    print(code, array.array(code, [lo, hi, 0]))
    for v in [hi + 1, lo - 1, 2**64, -2**64, 1.5, "x"]:
        attempt(array.array, code, [v])
for code in "fd":
    print(array.array(code, [1, 2.5, -0.0, float("inf"), 1e300]))
    attempt(array.array, code, ["x"])
print(array.array("w", "héllo"), array.array("w", ["a", "b"]))
attempt(array.array, "w", [1])
attempt(array.array, "w", ["ab"])

print("constructor")
attempt(array.array, "z")
attempt(array.array, 1)
attempt(array.array, "bb")
attempt(array.array, "b", "abc")
attempt(array.array)
attempt(array.array, "b", 5)
print(array.array("h", b"\x01\x00\x02\x00"), array.array("b", bytearray(b"\x05")),
      array.array("d", array.array("i", [1, 2])), array.array("i", range(5)),
      array.array("i", (x * x for x in range(4))))
attempt(array.array, "b", None)
attempt(array.array, "h", b"\x01")
attempt(array.array, "i", array.array("w", "a"))

print("methods")
a = array.array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array.array("i", [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, len(a), a.count(99), a.index(99), a.index(3, 2, 5), 5 in a, 55 in a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5)
a.reverse()
print(a, a.tolist(), a.tobytes()[:8])
b = array.array("H", [1, 0x0102])
b.byteswap()
print(b)
b.frombytes(b"\x03\x00")
b.fromlist([7, 8])
print(b, b.buffer_info()[1])
attempt(b.frombytes, b"abc")
attempt(b.fromlist, 5)
attempt(b.fromlist, [1, "x"])
print(b)
attempt(b.index, 42)
attempt(b.remove, 42)
attempt(array.array("i").pop)
attempt(b.pop, 10)
attempt(b.extend, array.array("b"))
attempt(b.extend, 5)
attempt(b.tounicode)
attempt(b.fromunicode, "x")
u = array.array("w", "ab")
u.fromunicode("cd")
print(u, u.tounicode(), u.tolist())
attempt(u.fromunicode, 5)
b.clear()
print(b, len(b))

print("sequences")
a = array.array("i", range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[100:], a[-3:])
attempt(lambda: a[10])
attempt(lambda: a["x"])
a[0] = 100
a[1:3] = array.array("i", [7, 7, 7, 7])
print(a)
a[::2] = array.array("i", [0] * 6)
print(a)
del a[0]
del a[::3]
del a[1:3]
print(a)
attempt(a.__setitem__, slice(0, 1), [1])
attempt(a.__setitem__, slice(None, None, 2), array.array("i", [1]))
attempt(a.__setitem__, 0, "x")
attempt(a.__setitem__, 0, 2**40)
x = array.array("b", [1, 2])
y = array.array("b", [1, 3])
print(x == y, x < y, x <= x, x != y, x == array.array("h", [1, 2]), x == [1, 2])
print(x + y, x * 3, 2 * x, x * -1)
x += y
x *= 2
print(x)
attempt(lambda: x + [1])
attempt(lambda: x + array.array("h"))
attempt(lambda: x * "x")
attempt(hash, x)
attempt(lambda: x < 3)
def iadd():
    global x
    x += [1]
attempt(iadd)
it = iter(array.array("d", [1.5, 2.5]))
print(type(it).__name__, next(it), list(it), list(it))
print(list(reversed(array.array("b", [1, 2, 3]))), sorted(array.array("i", [3, 1, 2])), bool(array.array("i")))

print("pickle and copy")
import copy
for code, items in [("i", [1, -2]), ("d", [0.5]), ("w", "hi"), ("Q", [2**64 - 1])]:
    a = array.array(code, items)
    for proto in range(6):
        func, args, state = a.__reduce_ex__(proto)
        assert func(*args) == a
    print(a.__reduce_ex__(2), a.__reduce_ex__(4)[1], copy.copy(a), copy.deepcopy(a))
r = array._array_reconstructor
print(r(array.array, "i", 9, b"\x00\x00\x00\x01"), r(array.array, "h", 2, b"\x01\x00"),
      r(array.array, "w", 19, b"\x00a\x00b"), r(array.array, "b", 0, b"\xff"), r(array.array, "B", 12, bytes(8)))
for args in [(1, "i", 8, b""), (array.array, "z", 8, b""), (array.array, "i", 99, b""), (array.array, 1, 8, b""),
             (array.array, "i", 8, "x"), (int, "i", 8, b""), (array.array, "i", 8, b"abc"), (array.array, "w", 8, b"abcd")]:
    attempt(r, *args)

print("subclass")
class A(array.array):
    def total(self):
        return sum(self)
s = A("i", [1, 2, 3])
s.extra = 1
print(type(s).__name__, s, s.total(), s[1:], type(s[1:]).__name__, isinstance(s, array.array))
func, args, state = s.__reduce_ex__(4)
t = func(*args)
t.__dict__.update(state)
print(type(t).__name__, t, t.extra)
print(array.array[int])

print("as a buffer")
a = array.array("h", [1, -2, 3])
print(struct.unpack("<3h", a), struct.unpack_from("<h", a, 2), binascii.hexlify(a), binascii.crc32(a))
struct.pack_into("<h", a, 0, 500)
print(a)
print(bytes(a), bytearray(a), b"-".join([a, array.array("B", b"xy")]), array.array("d", [1.5]).tobytes() == bytes(array.array("d", [1.5])))
# pickle saves the reconstructor by reference: builtins reduce to their names
print(array._array_reconstructor.__reduce_ex__(4), len.__reduce__(), struct.pack.__reduce_ex__(2))
