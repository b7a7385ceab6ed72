# io.StringIO: the method set, newline modes and errors.
import io


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))


s = io.StringIO("hello\nworld\nlast")
print(repr(s.read(3)), s.tell())
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline()))
print(s.readlines(), repr(s.read()))
print(s.seek(0), s.readlines(7))
print(s.seek(0, 2), s.write("!"), s.tell(), repr(s.getvalue()))
print(s.seek(3), s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(1), repr(s.getvalue()), s.tell())
s.seek(5)
print(s.write("x"), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering)
print(s.newlines, s.closed, s.encoding, s.errors)
s.writelines(["a", "b"])
print(repr(s.getvalue()))
print(list(io.StringIO("1\n2\n3")))
print([line for line in io.StringIO("x\ny\n")])

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.newlines, s.readlines())
    s = io.StringIO(newline=nl)
    s.write("p\nq\r\n")
    print(repr(nl), repr(s.getvalue()), s.newlines)

s = io.StringIO(initial_value="kw", newline=None)
print(repr(s.getvalue()), s.tell())
print(repr(io.StringIO(None).getvalue()))

s = io.StringIO()
attempt(lambda: s.write(1))
attempt(lambda: s.write(b"x"))
attempt(lambda: s.seek(-1))
attempt(lambda: s.seek(1, 1))
attempt(lambda: s.seek(1, 2))
attempt(lambda: s.seek(0, 3))
attempt(lambda: s.truncate(-1))
attempt(lambda: s.read("a"))
attempt(lambda: s.readline(1.5))
attempt(lambda: io.StringIO(1))
attempt(lambda: io.StringIO(b"x"))
attempt(lambda: io.StringIO(newline="x"))
attempt(lambda: io.StringIO(newline=1))
attempt(lambda: s.detach())
attempt(lambda: s.fileno())

with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for f in [c.read, c.getvalue, c.tell, c.readline, lambda: c.write("x"),
          lambda: c.seek(0), c.truncate, c.readable, c.writable, c.seekable,
          lambda: c.line_buffering, lambda: c.newlines, lambda: iter(c) is c,
          lambda: next(c), c.flush, c.isatty, lambda: c.__enter__()]:
    attempt(f)
c.close()
print(c.closed)

print(print("to a file", 1, 2, sep="-", end="!\n", file=(out := io.StringIO())))
print(repr(out.getvalue()))
