# Subclassing dict: which methods call overridden __getitem__/__setitem__.
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"], u.get("a"), "a" in u)
u.update(b=2)
print(u)
u2 = Upper(c=3)
print(u2)
class Default(dict):
    def __missing__(self, k):
        return f"missing:{k}"
d = Default(x=1)
print(d["x"], d["y"], d.get("y"), list(d))
class Logged(dict):
    def keys(self):
        print("keys() called")
        return super().keys()
print(dict(Logged(a=1)), {**Logged(b=2)})
print(type(Upper(a=1) | {"z": 0}).__name__, type(Upper(a=1).copy()).__name__)
