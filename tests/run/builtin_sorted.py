# sorted() on every iterable kind, with key and reverse, keeping stability.
print(sorted([3, 1, 2]), sorted((3, 1)), sorted("bca"), sorted({3: 1, 1: 2}), sorted(range(5, 0, -1)), sorted(iter([2, 1])))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([0.5, -1, 2, True, False]), sorted([[1, 2], [1], [0, 5]]), sorted(["B", "a", "C"], key=str.lower))
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
try:
    sorted([1, None])
except TypeError as e:
    print(e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(e)
orig = [3, 2, 1]
s = sorted(orig)
print(orig, s, s is orig)
import operator
recs = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
print([r["n"] for r in sorted(recs, key=operator.itemgetter("a", "n"))])
