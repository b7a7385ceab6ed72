# range: negative steps, empty ranges, index/count, slicing of ranges, equality.
r = range(10, -10, -3)
print(list(r), len(r), r[2], r[-1], r.index(4), r.count(4), -8 in r, -9 in r)
print(r[1:4], r[::-1], r[::2], r[100:], r[-2:], list(r[-2:]))
for rr in (range(0), range(5, 5), range(5, 0), range(0, -5)):
    print(rr, len(rr), list(rr), bool(rr))
print(range(0, 3) == range(0, 3, 1), range(0) == range(1, 1), range(1, 7, 2) == range(1, 6, 2))
print(list(range(-3, 3)), list(range(3, -3, -1)), range(2 ** 100)[-1] == 2 ** 100 - 1)
try:
    range(10).index(10)
except ValueError as e:
    print(e)
print(sum(range(1, 1001, 7)), max(range(-5, 0)), sorted(range(3, 0, -1)))
