# Subclassing the io classes from Python, and the io module's ABCs.
import io
import _io


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("abc", file=u)
u.writelines(["x", "y\n"])
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))


class Lines(io.StringIO):
    def __init__(self, text, tag):
        super().__init__(text)
        self.tag = tag

    def readline(self, size=-1):
        line = super().readline(size)
        return line and self.tag + line


print(list(Lines("a\nb\n", ">")), Lines("x", "-").tag)


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data), 2)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(Source(b"ab\ncd\nef").read())
print(Source(b"ab\ncd\nef").read(3))
print(Source(b"ab\ncd\nef").readline())
print(Source(b"ab\ncd\nef").readlines())
print(list(Source(b"x\ny")))
s = Source(b"")
print(s.closed, s.readable(), s.writable(), s.seekable(), isinstance(s, io.RawIOBase))
s.close()
print(s.closed)
try:
    s.readline()
except ValueError as e:
    print("ValueError", e)


class Sink(io.RawIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

    def close(self):
        print("closing", self.parts)
        super().close()


with Sink() as k:
    k.writelines([b"1", b"2"])
print(k.closed)


class Bare(_io._IOBase):
    pass


x = Bare()
for f in [lambda: x.seek(0), x.tell, x.truncate, x.fileno, x._checkSeekable,
          x._checkReadable, x._checkWritable, x.readable, x.isatty]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
x.close()
print(x.closed, x.__dict__)
try:
    x.flush()
except ValueError as e:
    print("ValueError", e)
print(io.IOBase.__mro__[1:], io.BufferedIOBase.__mro__[1].__name__)
for cls in [io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader, io.BufferedWriter,
            io.BufferedRandom, io.BufferedRWPair, io.TextIOWrapper]:
    print(cls.__name__, cls.__module__, [c.__name__ for c in cls.__mro__],
          issubclass(cls, io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_END, io.text_encoding("x"), io.text_encoding(None))
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("a\r\nb\rc\n", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines)
