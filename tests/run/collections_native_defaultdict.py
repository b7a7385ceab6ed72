# _collections.defaultdict: default_factory, __missing__, repr, copy, |,
# subclasses and messages.
from _collections import defaultdict

d = defaultdict(list)
d["a"].append(1); d["b"]
print(d, d.default_factory, isinstance(d, dict), len(d))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1, b=2))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.get("z"), "z" in counts)
c = counts.copy(); print(type(c).__name__, c == counts, c is counts, c.default_factory)
print(d.__copy__(), type(d.__copy__()).__name__)
d.default_factory = set; d["s"].add(3); print(d)
d.default_factory = None
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print(d.__missing__ if False else "", defaultdict(int).__missing__("k"))
u = defaultdict(str, {1: "x"}) | {2: "y"}
print(u, type(u).__name__)
v = {0: "w"} | defaultdict(str, {1: "x"})
print(v, type(v).__name__)
w = defaultdict(int, {1: 1}); w |= {2: 2}; print(w)
print(defaultdict(list).__reduce__()[:4])
print(defaultdict[str, int])

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
    def __repr__(self):
        return "Tree(" + repr(dict(self)) + ")"

t = Tree(); t["a"]["b"]["c"]; print(t)

class Logged(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)

lg = Logged(lambda: 42); print(lg["q"], dict(lg))
r = defaultdict(list); r.default_factory = r.default_factory
rec = defaultdict(None); rec[1] = rec; print(rec)
print(repr(defaultdict(lambda: 0)).startswith("defaultdict(<function <lambda>"))

for bad in (1, "x"):
    try:
        defaultdict(bad)
    except TypeError as e:
        print("TypeError", e)
