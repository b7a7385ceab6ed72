# print() follows sys.stdout; redirect_stdout; sys.stdout.write's result.
import contextlib
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1)
    print("second", end="")
    sys.stdout.write("!")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
n = sys.stdout.write("written\n")
print(n)
saved = sys.stdout
sys.stdout = None
print("dropped")
sys.stdout = saved


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collect()
sys.stdout = c
print("a", "b", sep="+")
sys.stdout = saved
print(c.parts)
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = saved
    print("RuntimeError", e)
