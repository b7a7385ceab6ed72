# memoryview casting between formats and shapes.
buf = bytearray(range(8))
m = memoryview(buf)
h = m.cast("H")
print(h.format, h.itemsize, len(h), h.nbytes, h.tolist() == [int.from_bytes(buf[i:i + 2], "little" if __import__("sys").byteorder == "little" else "big") for i in range(0, 8, 2)])
i = m.cast("i")
print(i.itemsize, len(i))
b2 = m.cast("B", shape=[2, 4])
print(b2.shape, b2.ndim, b2.strides, b2.tolist())
c = m.cast("c")
print(c[0], c.format, c.tolist()[:2])
print(m[::2].tolist(), m[::2].contiguous, bytes(m[::-1]))
try:
    m.cast("B", shape=[3])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab") == b"ab", memoryview(b"ab") != bytearray(b"ac"))
print(m.toreadonly().readonly, m.obj is buf)
