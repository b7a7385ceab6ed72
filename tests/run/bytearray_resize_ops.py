# Growing and shrinking bytearrays through slice assignment and deletion.
b = bytearray(b"0123456789")
b[2:5] = b""; print(b)
b[2:2] = b"ABC"; print(b)
b[-1:] = b"XYZ"; print(b)
b[::2] = bytes(len(b[::2])); print(b)
del b[::3]; print(b)
b[:] = b"fresh"; print(b, len(b))
b += bytearray(3); print(b)
b[0:1] = [72]; print(b)
b[1:3] = memoryview(b"EE"); print(b)
try:
    b[0] = b"x"
except TypeError as e:
    print(e)
try:
    b[0:1] = 5
except TypeError as e:
    print(e)
b2 = bytearray(b"abc")
b2[1:2] = b2
print(b2)
