# min/max tie-breaking returns the first extreme element; key and default interplay.
data = [(1, "a"), (3, "b"), (3, "c"), (1, "d")]
print(max(data, key=lambda p: p[0]), min(data, key=lambda p: p[0]))
print(max([1, 1.0]), max([1.0, 1]), min([0, False]), min([False, 0]))
print(max("apple", "fig", "banana", key=len), min(["bb", "a", "cc", "d"], key=len))
print(max([], default=None), max([5], default=0), min(iter([3, 1, 2])), max(range(3), key=lambda x: -x))
print(max(1, 2, key=None), min([[2], [1, 9]]), max("aB"), max({1: "x", 5: "y"}))
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"V{self.v}"
print(max([V(2), V(5), V(5)]), min([V(2), V(1), V(1)]))
