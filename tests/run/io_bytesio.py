# io.BytesIO: the method set and errors.
import io


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))


b = io.BytesIO(b"one\ntwo\nthree")
print(b.read(2), b.tell(), b.readline(), b.readline(2), b.readline())
print(b.readlines(), b.read())
print(b.seek(0), b.readlines(5), b.seek(-3, 2), b.read())
print(b.seek(2), b.seek(1, 1), b.seek(-10, 1), b.tell())
print(b.seek(0, 2), b.write(b"!"), b.getvalue())
print(b.seek(20), b.write(bytearray(b"x")), b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
print(b.seek(0), b.truncate(), b.getvalue())
print(b.write(memoryview(b"mv")), b.getvalue())
b.writelines([b"a", bytearray(b"b")])
print(b.getvalue(), b.tell())
b.seek(0)
buf = bytearray(3)
print(b.readinto(buf), buf, b.read1(1), b.read1())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
print(list(io.BytesIO(b"1\n2\n3")), io.BytesIO(initial_bytes=b"kw").read())
print(io.BytesIO(bytearray(b"ba")).getvalue(), io.BytesIO(None).getvalue())

b = io.BytesIO()
attempt(lambda: b.write("x"))
attempt(lambda: b.write(1))
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 3))
attempt(lambda: b.truncate(-1))
attempt(lambda: b.read("a"))
attempt(lambda: io.BytesIO("x"))
attempt(lambda: b.detach())
attempt(lambda: b.fileno())

with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for f in [c.read, c.getvalue, c.tell, c.readline, lambda: c.write(b"x"),
          lambda: c.seek(0), c.truncate, c.readable, c.writable, c.seekable,
          lambda: iter(c) is c, lambda: next(c), c.flush, c.isatty]:
    attempt(f)

b = io.BytesIO(b"abcdef")
view = b.getbuffer()
view[0] = ord("X")
print(b.getvalue(), len(view), bytes(view[1:3]))
attempt(lambda: b.write(b"0123456789"))
attempt(lambda: b.truncate(2))
b.seek(1)
attempt(lambda: b.write(b"YZ"))
view.release()
print(b.write(b"grows now"), b.getvalue())
