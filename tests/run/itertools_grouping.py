# itertools.groupby, accumulate, chain, zip_longest, pairwise, batched.
from itertools import groupby, accumulate, chain, zip_longest, pairwise, batched
import operator
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby(sorted([5, 1, 3, 2, 4, 6]), key=lambda x: x % 2)])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(chain("ab", [1], ())), list(chain.from_iterable(["xy", "z"])))
print(list(zip_longest("abc", [1])), list(zip_longest("a", "bc", fillvalue="-")))
print(list(pairwise("abcd")), list(pairwise("a")), list(batched("abcdefg", 3)), list(batched(range(4), 2)))
try:
    list(batched("abc", 2, strict=True))
except ValueError as e:
    print(e)
try:
    batched("a", 0)
except ValueError as e:
    print(e)
g = groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
