# Sets of ints (deterministic order for small ints) and set operations.
s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 not in s, set(), set([1, 1, 2]), set(range(3)))
s.add(4); s.discard(1); s.discard(99); s.remove(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference(b)))
print(a <= a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint(b), {9}.isdisjoint(a))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {1, 7}
print(sorted(c))
c.update([20], (21,)); c.intersection_update(range(25)); c.difference_update([20]); c.symmetric_difference_update({21, 22})
print(sorted(c), c.pop() in {7, 10, 22}, len(c))
c.clear()
print(c, repr(set()), {1, 2} == {2, 1}, {1} == frozenset({1}))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
print({1, 2, 3}, {True, 1, 1.0}, {0, False}, sorted({"b", "a", "c"}), {x % 3 for x in range(10)})
print(sorted({"apple", "pie"} | {"tart"}), len({"x", "y", "x"}))
