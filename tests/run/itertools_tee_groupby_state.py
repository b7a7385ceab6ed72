# itertools.tee and groupby: shared state between the iterators they hand
# out, advancing one and then another, copies, re-entrancy, exhaustion.
import itertools as it

a, b = it.tee("abcde")
print(next(a), next(a), next(b), list(a), list(b), list(a), list(b))
a, b, c = it.tee(range(5), 3)
print(list(a), list(zip(b, c)))
print(it.tee([1], 0), len(it.tee([1], 1)), [list(x) for x in it.tee("xy", 4)])
print(type(it.tee([])[0]).__name__, [type(x) is it._tee for x in it.tee("a")])
a, b = it.tee(iter([1, 2, 3]))
c, d = it.tee(a)
print(c is a, type(d).__name__, next(c), next(d), next(a), list(b), list(c), list(d))
a, b = it.tee("abc")
next(a)
e = a.__copy__()
print(list(e), list(a), list(b))
# Copies with _tee(): a _tee argument is copied, not wrapped.
a, _ = it.tee("pq")
f = it._tee(a)
print(f is a, list(f), list(a))
print(list(it._tee([7, 8])))
# More items than one link of the buffer, read in lockstep and apart.
a, b = it.tee(range(200))
print(sum(a), sum(b))
a, b = it.tee(range(1000))
print(list(it.islice(a, 995, None)), next(b), sum(b))
# Pairs from an infinite source: the buffer does not grow without end.
a, b = it.tee(it.count())
next(b)
print(list(it.islice(zip(a, b), 100000, 100003)))
# The source is read lazily, once per item.
def source():
    for i in range(3):
        print("  read", i)
        yield i
a, b = it.tee(source())
print("made tee")
print(next(a), next(a), next(b), next(b), next(b))
# An exhausted source keeps saying so; errors reach whichever tee asked.
def failing():
    yield 1
    raise ValueError("tee source broke")
a, b = it.tee(failing())
print(next(a))
try:
    next(a)
except ValueError as e:
    print("ValueError", e)
print(next(b), list(b), list(a))
# Re-entering the tee from its own source.
holder = []
def reentrant():
    yield 1
    yield next(holder[0])
a, b = it.tee(reentrant())
holder.append(a)
print(next(a))
try:
    next(a)
except RuntimeError as e:
    print("RuntimeError", e)
# An iterator with __copy__ is used as is.
class Copyable:
    def __init__(self, i=0):
        self.i = i
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
    def __copy__(self):
        return Copyable(self.i)
x = Copyable()
a, b = it.tee(x)
print(a is x, type(b).__name__, list(a), list(b))

print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in it.groupby(sorted([5, 1, 3, 2, 4, 6]), key=lambda x: x % 2)])
print(list(it.groupby([])), [k for k, g in it.groupby("aabbbc")], [k for k, g in it.groupby([1, 1.0, True, 2])])
print([(k, list(g)) for k, g in it.groupby(["a", "B", "b", "C"], key=str.lower)])
print([(k, list(g)) for k, g in it.groupby(iterable=[3, 3, 4], key=None)])
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = it.groupby("aabbc")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2), list(g2))
print(next(g)[0], list(g))
# A grouper read after its groupby ended.
g = it.groupby("xxy")
groups = list(g)
print([(k, list(grp)) for k, grp in groups])
g = it.groupby("ppq")
k, grp = next(g)
print(list(g)[0][0], list(grp))
# The key function runs once per item, lazily.
def key(x):
    print("  key", x)
    return x // 10
g = it.groupby([1, 2, 11, 12, 25], key)
print("made groupby")
k, grp = next(g)
print("first key", k)
print(list(grp))
print([(k, list(grp)) for k, grp in g])
# Key comparison errors propagate.
class Bad:
    def __eq__(self, other):
        raise ZeroDivisionError("no comparing")
g = it.groupby([Bad(), Bad()])
k, grp = next(g)
print(next(grp) is not None)
try:
    next(grp)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
nan = float("nan")
print([len(list(grp)) for k, grp in it.groupby([nan, nan, float("nan")])])
print(type(next(it.groupby("a"))[1]).__name__)
