# itertools.count, cycle, repeat with islice.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(5, -2), 3)))
print(list(islice(cycle("ab"), 5)), list(islice(cycle([]), 3)), list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(None, -1)))
print(list(islice(repeat(7), 4)), list(map(pow, range(4), repeat(2))))
print(repr(count(3)), repr(count(2, 5)), repr(repeat(1, 2)))
c = count()
next(c); next(c)
print(repr(c))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 3)), list(islice(range(10), 2, 8, 3)))
try:
    islice("abc", -1)
except ValueError as e:
    print(e)
try:
    list(islice("abc", 0, 3, 0))
except ValueError as e:
    print(e)
