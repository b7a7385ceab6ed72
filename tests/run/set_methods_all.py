# Every set method, on int elements.
s = {1, 2, 3}
t = frozenset({3, 4})
print(sorted(s.union(t)), sorted(s.intersection(t)), sorted(s.difference(t)), sorted(s.symmetric_difference(t)))
print(s.isdisjoint({9}), s.issubset({1, 2, 3, 4}), s.issuperset({1}), s.copy() == s, s.copy() is s)
u = set(s)
u.update({10}, [11]); print(sorted(u))
u.intersection_update({1, 10, 11, 12}); print(sorted(u))
u.difference_update({10}); print(sorted(u))
u.symmetric_difference_update({1, 5}); print(sorted(u))
u.add(7); u.discard(7); u.discard(100); print(sorted(u))
u.remove(11); print(sorted(u))
print(u.pop(), u, len(u))
u.clear(); print(u)
print(sorted(s | t), sorted(t | s), type(t | s).__name__, type(s | t).__name__)
try:
    s.union(5)
except TypeError as e:
    print(e)
print(sorted(set("hello")), set() == frozenset(), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2})
