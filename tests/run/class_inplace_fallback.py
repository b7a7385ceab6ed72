# In-place operators fall back to binary operators; immutables rebind.
class Acc:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __repr__(self): return f"Acc({self.v})"
a = Acc(1)
orig = a
a += 5
print(a, orig, a is orig)
class InPlace(Acc):
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
b = InPlace(1)
orig = b
b += 5
print(b, b is orig)
class ReturnsNI(Acc):
    def __iadd__(self, o):
        print("__iadd__ NotImplemented")
        return NotImplemented
c = ReturnsNI(1)
c += 2
print(c, type(c).__name__)
t = (1,)
tid = t
t += (2,)
print(t, tid, t is tid)
l = [1]
lid = l
l += [2]
print(l is lid)
s = "a"
s *= 3
print(s)
