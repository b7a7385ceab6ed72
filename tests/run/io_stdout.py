# sys.stdin/stdout/stderr are _io.TextIOWrapper objects; the binary
# buffer under stdout; print() to them and to replacements.
import io
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(s), isinstance(s, io.TextIOWrapper), isinstance(s, io.TextIOBase))
    print(s.name, s.mode, s.encoding, s.closed, s.fileno(), s.readable(), s.writable())
print(sys.stderr.errors, sys.stdout.errors == sys.stdin.errors)
print(sys.stdout.write("text\n"))
sys.stdout.flush()
print(sys.stdout.buffer.write(b"bytes after a flush\n"))
sys.stdout.buffer.flush()
print(sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdin.buffer.mode)
print(isinstance(sys.stdout.buffer, io.RawIOBase)
      or isinstance(sys.stdout.buffer, io.BufferedIOBase))
print("to stderr", file=sys.stderr)
sys.stderr.write("direct to stderr\n")
for f in [lambda: sys.stdout.write(b"x"), lambda: sys.stdout.read(), lambda: sys.stdin.write("x"),
          lambda: sys.stdout.buffer.write("x")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print("é ü 日本", "\U0001F600", flush=True)
