# itertools.takewhile, dropwhile, filterfalse, compress, starmap, tee.
from itertools import takewhile, dropwhile, filterfalse, compress, starmap, tee
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [True])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
t = tee("xy", 3)
print(len(t), [list(i) for i in t])
