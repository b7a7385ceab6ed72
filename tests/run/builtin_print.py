# print with sep, end, file and flush.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2, 3, sep=None, end=None)
print("no newline", end="")
print(" continued")
print("to stdout", file=sys.stdout, flush=True)
print("to None file", file=None)
print(*range(5), sep=",")
print("x" * 3, [1], (2,), {3: 4}, None, True, 1.5, sep="\t")
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("captured", 42, file=w, sep="-", end="!")
print(w.parts)
class FlushWriter(Writer):
    def flush(self):
        self.parts.append("<flushed>")
fw = FlushWriter()
print("x", file=fw, flush=True)
print(fw.parts)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
try:
    print("x", flush=True, file=Writer())
except AttributeError as e:
    print(e)
print("", end="")
print("done")
