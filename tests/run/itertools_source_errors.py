# itertools with sources that raise part-way: at construction (pools), at
# each iterator's next, and what every iterator gives after the error.
import itertools as it
def bad(n):
    yield from range(n)
    raise KeyError("bad source")
for f in [lambda: it.product("ab", bad(2)), lambda: it.permutations(bad(1)), lambda: it.combinations(bad(1), 1),
          lambda: list(it.accumulate(bad(3))), lambda: list(it.chain(bad(1), "x")), lambda: list(it.compress(bad(2), [1, 1, 1])),
          lambda: list(it.groupby(bad(2))), lambda: list(it.pairwise(bad(3))), lambda: list(it.starmap(pow, bad(0))),
          lambda: list(it.takewhile(bool, bad(0))), lambda: list(it.tee(bad(2))[1]), lambda: list(it.cycle(bad(0))),
          lambda: list(it.islice(bad(2), 5)), lambda: list(it.zip_longest(bad(1), "abc")), lambda: list(it.filterfalse(None, bad(1)))]:
    try:
        print(f())
    except KeyError as e:
        print("KeyError", e)
b = it.batched(bad(3), 2)
print(next(b))
try: next(b)
except KeyError as e: print("KeyError", e)
print(list(b))
p = it.pairwise(bad(3))
print(next(p), next(p))
try: next(p)
except KeyError as e: print("KeyError", e)
print(list(p))
c = it.chain(bad(1), "yz")
print(next(c))
try: next(c)
except KeyError as e: print("KeyError", e)
print(list(c))
s = it.islice(bad(2), 1, 5)
print(next(s))
try: next(s)
except KeyError as e: print("KeyError", e)
print(list(s))
a = it.accumulate(bad(2), initial=10)
print(list(it.islice(a, 3)))
try: next(a)
except KeyError as e: print("KeyError", e)
print(list(a))
print(list(it.accumulate("ab", lambda x, y: y + x, initial="z")))
try: list(it.starmap(None, [()]))
except TypeError as e: print(e)
try: list(it.accumulate([1, 2], 5))
except TypeError as e: print(e)
try: list(it.groupby([1, 2], 5))
except TypeError as e: print(e)
try: list(it.filterfalse(5, [1]))
except TypeError as e: print(e)
