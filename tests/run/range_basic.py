# range objects: attributes, indexing, slicing, membership, equality.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]), r.start, r.stop, r.step)
print(range(5), range(0), list(range(-3)), list(range(5, 0, -2)), range(10)[::2], range(10)[-3:])
print(8 in r, 9 in r, 8.0 in r, "x" in r, r.index(11), r.count(11), r.count(12))
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == range(3), range(1, 2) != range(1, 3))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)), reversed(range(3)).__class__.__name__)
big = range(10 ** 20)
print(len(big) if False else big[-1], big[10 ** 19], 10 ** 19 in big, big[::10 ** 19])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(e)
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(4), lambda: range()):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    r[0] = 1
except TypeError as e:
    print(e)
print(list(range(True, 3)), range(3).__reversed__().__next__(), sum(range(101)), max(range(5)), min(range(3, 9)))
