# io.TextIOWrapper over io.BytesIO: encodings, errors, newline modes,
# buffering of writes, line_buffering, write_through, detach, seek/tell.
import io


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))


raw = io.BytesIO("héllo\r\nwörld\rend\n".encode())
t = io.TextIOWrapper(raw)
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer is raw)
print(repr(t.readline()), repr(t.readline()), repr(t.read()))
print(t.readable(), t.writable(), t.seekable(), t.closed, repr(t))

for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), newline=nl)
    print(repr(nl), t.readlines())
    b = io.BytesIO()
    t = io.TextIOWrapper(b, newline=nl)
    t.write("p\nq\r\n")
    t.flush()
    print(repr(nl), b.getvalue())

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="latin-1")
print(t.write("café\n"), b.getvalue())
t.flush()
print(b.getvalue(), t.tell())

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii", errors="replace")
t.write("naïve")
t.flush()
print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"\xffok"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"\xffok"), encoding="utf-8")
attempt(t.read)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
attempt(lambda: t.write("é"))

b = io.BytesIO()
t = io.TextIOWrapper(b, line_buffering=True)
t.write("no newline")
print(b.getvalue())
t.write(" now\n")
print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, write_through=True)
t.write("through")
print(b.getvalue())

b = io.BytesIO(b"first\nsecond\n")
t = io.TextIOWrapper(b)
print(repr(t.readline()), t.tell())
print(t.seek(0), repr(t.read(3)), t.seek(0, 2), repr(t.read()))
attempt(lambda: t.seek(1, 1))
attempt(lambda: t.seek(1, 2))
attempt(lambda: t.seek(-1))
print(t.detach() is b)
attempt(lambda: t.read())
attempt(lambda: t.closed)

attempt(lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
attempt(lambda: io.TextIOWrapper(io.BytesIO(), encoding=1))
attempt(lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
attempt(lambda: io.TextIOWrapper(io.BytesIO(), newline=1))
attempt(lambda: io.TextIOWrapper())
attempt(lambda: io.TextIOWrapper(io.BytesIO()).name)
t = io.TextIOWrapper(io.BytesIO())
attempt(lambda: t.write(b"x"))
attempt(lambda: t.fileno())
with io.TextIOWrapper(b := io.BytesIO()) as t:
    t.write("closing flushes")
print(t.closed, b.closed)
attempt(lambda: t.write("x"))

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii")
t.write("first\n")
t.reconfigure(encoding="latin-1", line_buffering=True)
print(t.encoding, t.errors, t.line_buffering)
t.write("é\n")
print(b.getvalue())
t.reconfigure(errors="replace")
print(t.encoding, t.errors)
t.reconfigure(newline="\r\n")
t.write("crlf\n")
t.flush()
print(b.getvalue())
attempt(lambda: t.reconfigure("utf-8"))
attempt(lambda: t.reconfigure(encoding="nope"))

for nl in [None, "", "\n", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), newline=nl)
    print(repr(nl), t.newlines, repr(t.readline()), t.newlines, repr(t.read()), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"only\nlf\n"))
print(t.read(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(), newline=None)
t.write("a\r\n")
print(t.newlines)
