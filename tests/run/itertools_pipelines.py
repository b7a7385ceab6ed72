# itertools combined with each other: groupers made by hand, tee copies,
# pipelines of several iterators, counts of special floats.
import itertools as it, sys
src = iter(range(10))
print(list(it.islice(src, 3, 1)), next(src))
print(list(it.islice(range(10), 0, None, sys.maxsize)), list(it.islice(range(10), 8, None, sys.maxsize)))
print(list(it.islice(range(10), sys.maxsize - 1, sys.maxsize)))
g = it.groupby("aab")
k, grp = next(g)
x = it._grouper(g, "a")
print(list(grp), list(x), [k for k, _ in g])
print(list(it._grouper(it.groupby("zzz"), "z")))
t = it.tee("ab")[0]
print(list(t.__copy__()), list(t), list(t.__copy__()))
print(list(it.starmap(divmod, it.zip_longest([7, 8], [2], fillvalue=3))))
print(list(it.accumulate(it.repeat(2, 5), pow)))
print(list(it.pairwise(it.count()))[:0] if False else list(it.islice(it.pairwise(it.count()), 3)))
print(list(it.batched(it.chain.from_iterable(it.repeat("ab", 3)), 4)))
print(list(it.compress(it.count(), [0, 1, 1, 0, 1])))
print(sorted(set(it.permutations("aab"))))
print(list(it.combinations_with_replacement(range(3), 3))[-3:])
print(repr(it.count(-0.0)), repr(it.count(float("inf"))), repr(it.count(float("nan"), 1)))
print(list(it.islice(it.count(float("inf"), -1), 2)))
c = it.count(5)
for _ in zip(range(3), c): pass
print(c)
print(list(it.dropwhile(lambda x: x < 5, it.islice(it.count(), 8))))
