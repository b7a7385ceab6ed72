# frozenset: immutable, hashable set.
f = frozenset([3, 1, 2, 1])
print(f, len(f), sorted(f), 2 in f, frozenset(), frozenset(f) is f, hash(f) == hash(frozenset({1, 2, 3})))
g = f | {4}
print(type(g).__name__, sorted(g), type({4} | f).__name__, type(f & {1}).__name__)
d = {f: "fs", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
print({frozenset({1}), frozenset({1})}, f == {1, 2, 3}, f.copy() is f)
try:
    f.add(5)
except AttributeError as e:
    print(e)
print(sorted(m for m in dir(frozenset) if not m.startswith("_")))
class FS(frozenset):
    pass
x = FS([1])
print(type(x).__name__, type(x | {2}).__name__, repr(x))
print(frozenset("aab") == frozenset("ab"), sorted(frozenset("hello")))
s = {frozenset({1, 2}), frozenset({2, 1})}
print(len(s), hash(frozenset()) == hash(frozenset()))
