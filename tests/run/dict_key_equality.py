# Dict keys: equal-hash keys collapse; custom __eq__/__hash__ keys; NaN keys.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"
m = {K(1): "a"}
m[K(1)] = "b"
m[K(2)] = "c"
print(m, m[K(2)], K(3) in m)
nan = float("nan")
n = {nan: 1}
n[nan] = 2
n[float("nan")] = 3
print(len(n), n[nan])
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
c = {Collide(i): i for i in range(5)}
print(c, c[Collide(3)])
