# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __missing__.
class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, key):
        print("get", key)
        if key not in self.d: raise KeyError(key)
        return self.d[key]
    def __setitem__(self, key, value):
        print("set", key, value); self.d[key] = value
    def __delitem__(self, key):
        print("del", key); del self.d[key]
    def __len__(self): return len(self.d)
    def __contains__(self, key): return key in self.d
    def __iter__(self): return iter(sorted(self.d))
g = Grid()
g[1, 2] = "a"
g[0, 0] = "b"
print(g[1, 2], len(g), (0, 0) in g, (5, 5) in g, list(g))
del g[0, 0]
g[1:3] = "slice"
print(list(g) if False else len(g))
try:
    g["nope"]
except KeyError as e:
    print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 2
print(list(Seq()), 6 in Seq(), 7 in Seq(), [x for x in Seq()], Seq()[1])
try:
    len(Seq())
except TypeError as e:
    print(e)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
class ContainsOnly:
    def __contains__(self, x): return x == 3
print(3 in ContainsOnly(), 4 in ContainsOnly(), 3 not in ContainsOnly())
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)
