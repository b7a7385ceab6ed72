# Subclassing list, str, dict, tuple: overridden methods, returned types, repr.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2]).push(3)
print(s, s.peek(), type(s).__name__, type(s + [4]).__name__, type(s[:1]).__name__, type(s * 2).__name__)
class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)
p = Path("/usr") / "lib" / "x"
print(p, type(p).__name__, type(p.upper()).__name__, p.endswith("x"), p == "/usr/lib/x")
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
pr = Pair(1, 2)
print(pr, pr.first, len(pr), type(pr[0:1]).__name__, pr == (1, 2), hash(pr) == hash((1, 2)))
class Attrs(dict):
    __getattr__ = dict.__getitem__
    def __setattr__(self, k, v):
        self[k] = v
a = Attrs(x=1)
a.y = 2
print(a, a.x, a.y, type(a.copy()).__name__)
try:
    a.missing
except KeyError as e:
    print("KeyError", e)
class Sub(list):
    def __repr__(self):
        return "Sub" + super().__repr__()
print(Sub([1, Sub([2])]), str(Sub()), [Sub([3])])
