# itertools' combinatoric iterators: counts against the formulas, order,
# empty pools, r of 0 or beyond the pool, repeat=0, and laziness after
# the pools are read.
import itertools as it
from math import comb, factorial, perm

print(list(it.product("ab", range(2))), list(it.product()), list(it.product(repeat=3)))
print(list(it.product("ab", repeat=0)), list(it.product("ab", [], "cd")), list(it.product([], repeat=0)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), "xy", repeat=2))))
print(list(it.product(range(2), repeat=True)), list(it.product("a", repeat=False)))
print(list(it.permutations("abc")), list(it.permutations("abc", 2)))
print(list(it.permutations([], 0)), list(it.permutations([])), list(it.permutations("ab", 0)), list(it.permutations("ab", 3)))
print(list(it.permutations("ab", None)), list(it.permutations(range(3), True)), list(it.permutations(iterable="xy", r=1)))
print(list(it.combinations("abcd", 2)), list(it.combinations([], 0)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations(range(4), 4)), list(it.combinations(range(3), True)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement([], 1)), list(it.combinations_with_replacement("ab", 0)), list(it.combinations_with_replacement("a", 3)))
for n in range(6):
    for r in range(7):
        pool = range(n)
        assert len(list(it.permutations(pool, r))) == (perm(n, r) if r <= n else 0)
        assert len(list(it.combinations(pool, r))) == comb(n, r)
        assert len(list(it.combinations_with_replacement(pool, r))) == (comb(n + r - 1, r) if n else int(r == 0))
        assert len(list(it.product(pool, repeat=r))) == n ** r
        perms = list(it.permutations(pool, r))
        assert perms == sorted(perms) and len(set(perms)) == len(perms)
        assert list(it.combinations(pool, r)) == [p for p in perms if list(p) == sorted(p)]
        assert list(it.combinations_with_replacement(pool, r)) == [p for p in it.product(pool, repeat=r) if list(p) == sorted(p)]
print("formulas agree")
print(len(list(it.permutations(range(7)))) == factorial(7))
# The pools are read when the iterator is made.
def source():
    print("  source read")
    yield 1
    yield 2
p = it.product(source(), "ab")
print("made product")
print(next(p))
c = it.combinations(source(), 2)
print("made combinations")
print(list(c), list(c))
# Equal items are kept apart by position.
print(list(it.combinations([1, 1, 2], 2)), list(it.permutations("aa")))
# The tuples are fresh each time.
p = it.product("ab", repeat=2)
first, second = next(p), next(p)
print(first, second, first is second)
print(sum(1 for _ in it.product(range(10), repeat=4)))
