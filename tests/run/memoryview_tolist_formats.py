# memoryview.tolist and item access for several struct formats on fixed little-endian bytes.
import sys
raw = bytes([1, 0, 2, 0, 255, 255, 0, 128])
if sys.byteorder == "little":
    m = memoryview(raw)
    print(m.cast("h").tolist(), m.cast("H").tolist(), m.cast("b").tolist(), m.cast("B").tolist())
    print(m.cast("i").tolist(), m.cast("I").tolist(), m.cast("q").tolist(), m.cast("Q").tolist())
    print(m.cast("?").tolist(), m.cast("c").tolist()[:3])
    f = memoryview(bytearray(8)).cast("d")
    f[0] = 1.5
    print(f.tolist(), f.format, f.itemsize, bytes(f.cast("B")).hex())
else:
    print("big-endian machine")
try:
    memoryview(raw).cast("x")
except ValueError as e:
    print(e)
