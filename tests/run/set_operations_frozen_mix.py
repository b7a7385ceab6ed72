# Results of mixing set and frozenset follow the left operand's type.
s = {1, 2}
f = frozenset({2, 3})
for r in (s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s):
    print(type(r).__name__, sorted(r))
print(s == frozenset(s), f == set(f), s.union(f).__class__.__name__, f.union(s).__class__.__name__)
print(hash(frozenset(s)) == hash(frozenset({2, 1})), {f: 1}[frozenset({3, 2})])
try:
    {s}
except TypeError as e:
    print(e)
print(frozenset(s) in {frozenset({1, 2})}, s in {frozenset({1, 2})})
