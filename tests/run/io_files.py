# open(): text and binary files written and read back, modes, errors.
import io
import os

path = "/tmp/taipan_io_test_files"


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))


with open(path, "w") as f:
    print(f.write("line one\nline two\n"), f.writable(), f.readable())
    f.writelines(["three\n", "four"])
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), f.mode, f.closed)
print(f.closed)
with open(path) as f:
    print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    print([line for line in f])
with open(path, "rb") as f:
    print(f.read(4), f.readline(), f.read(), isinstance(f, io.BufferedReader))
with open(path, "ab") as f:
    print(f.write(b"\nappended"), isinstance(f, io.BufferedWriter))
with open(path, "r+b") as f:
    print(isinstance(f, io.BufferedRandom), f.read()[-8:])
with open(path, "rb", buffering=0) as f:
    print(isinstance(f, io.FileIO), isinstance(f, io.RawIOBase), f.read(3))
print(open(path, encoding="latin-1").read().splitlines())
attempt(lambda: open(path, "rw"))
attempt(lambda: open(path, "rb", encoding="utf-8"))
attempt(lambda: open(path, "r", buffering=0))
attempt(lambda: open(path, "q"))
attempt(lambda: open(path, "rbt"))
attempt(lambda: open("/tmp/taipan_io_test_missing/x"))
f = open(path)
f.close()
attempt(f.read)
attempt(lambda: f.write("x"))
attempt(lambda: next(iter([f.readline])) ())
with open(path, "w") as f:
    attempt(f.read)
with open(path) as f:
    attempt(lambda: f.write("x"))
os.remove(path)
print(os.path.exists(path))


class Where:
    def __fspath__(self):
        return path


with open(Where(), "w") as f:
    f.write("via __fspath__\n")
with open(path.encode(), "rb") as f:
    print(f.read())
print(open(Where()).name == path)
attempt(lambda: open(1.5))


class Bad:
    def __fspath__(self):
        return 1


attempt(lambda: open(Bad()))
with open(path, "w+") as f:
    f.write("0123456789")
    print(f.seek(0), f.read(3), f.tell())
    f.write("abc")
    print(f.seek(0), f.read())
with open(path, "r+b") as f:
    print(f.read(2), f.tell(), f.seek(-2, 2), f.read(), f.seek(1), f.truncate(), f.tell())
print(open(path).read())
os.remove(path)

with open(path, "w+") as f:
    f.write("shared descriptor\n")
    f.flush()
    f.seek(0)
    with open(f.fileno(), "r", closefd=False) as g:
        print(g.name == f.fileno(), g.mode, g.closed)
        print(repr(g.read()))
    print(f.closed, g.closed)
    f.write("still open\n")
print(open(path).read().splitlines())
with open(path, "rb", buffering=0) as f:
    with open(f.fileno(), "rb", buffering=0, closefd=False) as g:
        print(repr(g).replace(str(f.fileno()), "N"))
attempt(lambda: open(path, closefd=False))
attempt(lambda: open(-1))
seen = []


def opener(p, flags):
    seen.append((p == path, flags))
    return -1


for m in ["r", "w", "a", "x", "r+", "w+"]:
    attempt(lambda: open(path, m, opener=opener))
print(seen)
os.remove(path)

f = io.FileIO(path, "w")
print(f.mode, f.write(b"abc"), isinstance(f, io.FileIO), f.closed)
f.close()
f = io.FileIO(path)
print(f.mode, f.read(), f.readall(), f.closed)
f.close()
with io.FileIO(path, "r+") as f:
    print(f.mode, f.read(1))
for m in ["rw", "rt", "wb", "ab+", "q"]:
    attempt(lambda: io.FileIO(path, m).mode)
os.remove(path)
