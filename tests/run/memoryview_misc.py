# memoryview: attributes, comparison, hashing, release and errors.
b = bytearray(b"hello world")
m = memoryview(b)
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.hex(), m.hex(":", 2), m.nbytes, m.readonly)
print(m == b, m == b"hello world", m != b"x", memoryview(b"ab") == memoryview(bytearray(b"ab")))
r = memoryview(b"abc")
print(hash(r) == hash(b"abc"), r.toreadonly().readonly, bytes(r[::-1]), list(r))
try:
    hash(m)
except ValueError as e:
    print("ValueError:", e)
for op in (lambda: m[100], lambda: m["a"], lambda: r.__setitem__(0, 1), lambda: m.__setitem__(0, -1),
           lambda: m.__setitem__(0, "x"), lambda: m.__setitem__(slice(0, 2), b"abc"), lambda: m.__delitem__(0),
           lambda: m.cast("q"), lambda: m.cast("B", shape=[5]), lambda: m[::2].cast("B"), lambda: memoryview("str"),
           lambda: memoryview(5)):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
c = memoryview(bytearray(8)).cast("i")
c[0] = -2
c[1] = 7
print(c.tolist(), c.cast("B").tolist()[:4], c.format, c.itemsize, c.shape, c.strides)
m.release()
print(repr(m).startswith("<released memory at"), repr(r).startswith("<memory at"))
for op in (lambda: m[0], lambda: m.tobytes(), lambda: len(m)):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
m.release()
with memoryview(b"ctx") as cm:
    print(cm.tobytes(), cm.obj)
