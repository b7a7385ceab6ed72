# __getitem__ receives slice objects and tuples; __setitem__/__delitem__ too.
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
r = Recorder()
print(r[1], r[1:2], r[:], r[::2], r[1:2:3], r[1, 2], r[1:2, 3], r[...], r[None], r[-1], r[()])
r[0:5] = "v"
r[::-1] = []
del r[2:]
del r[1, 2]
class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.data[k])
        return self.data[k]
    def __repr__(self): return f"Seq({self.data})"
s = Seq([1, 2, 3, 4])
print(s[1:], s[::-1], s[0], list(s), s[slice(1, 3)])
