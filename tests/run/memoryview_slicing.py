# memoryview slices share memory with the underlying object.
buf = bytearray(b"abcdefghij")
mv = memoryview(buf)
part = mv[2:6]
part[:] = b"WXYZ"
print(buf, part.tobytes(), part.nbytes, len(part))
rev = mv[::-1]
print(rev.tobytes(), rev[0], rev.strides)
step = mv[1::3]
print(step.tobytes(), step.tolist(), step.contiguous)
buf[0] = ord("!")
print(mv[0], mv[:1].tobytes(), bytes(mv[-2:]))
print(mv[2:6] == b"WXYZ", list(mv[:3]), mv.tolist()[-1])
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print(e)
try:
    mv["x"]
except TypeError as e:
    print(e)
