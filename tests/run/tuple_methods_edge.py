# tuple.count/index with start/stop, tuple() of iterators, and nested mutability.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(2, -2), t.index(1, 1, 5))
try:
    t.index(3, 3)
except ValueError as e:
    print(e)
print(tuple(x * 2 for x in t), tuple({"a": 1}), tuple(reversed(t)), tuple(range(0)))
print(t[1:4], t[::-2], t[10:], t * 0, t + (), (t,) * 2)
print(len(t), min(t), max(t), sum(t), sorted(t), 3 in t, (1, 2) in t)
nested = ([1], {2: 3})
nested[0].append(2)
nested[1][4] = 5
print(nested)
print((1, 2, 3) > (1, 2), (1, 2, [3]) == (1, 2, [3]), tuple.__len__((1, 2)))
