# memoryview over bytes and bytearray.
data = bytearray(b"abcdefgh")
m = memoryview(data)
print(len(m), m[0], m[-1], bytes(m[2:5]), m.tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.ndim)
print(m.shape, m.strides, m.nbytes, m.contiguous, m.c_contiguous, type(m[1:3]).__name__)
m[0] = ord("A")
m[1:3] = b"BC"
print(data)
sub = m[4:]
sub[0] = ord("!")
print(data, bytes(sub), sub.obj is data)
ro = memoryview(b"xyz")
print(ro.readonly, ro.hex(), ro.tobytes(), ro == b"xyz", ro[::-1].tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print(e)
ints = m.cast("H")
print(ints.format, ints.itemsize, len(ints), ints.nbytes)
try:
    m[0] = 256
except ValueError as e:
    print(e)
try:
    m[1:3] = b"toolong"
except ValueError as e:
    print(e)
with memoryview(bytearray(b"q")) as mm:
    print(mm.tobytes())
print(mm.__repr__()[:21] if False else "released")
try:
    mm.tobytes()
except ValueError as e:
    print(e)
m.release()
try:
    len(m)
except ValueError as e:
    print(e)
print(bytes(memoryview(b"abc")[1:]), list(memoryview(b"\x01\x02")))
