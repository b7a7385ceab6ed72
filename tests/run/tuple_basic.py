# tuples: construction, immutability, methods, comparisons, hashing.
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t[::-1], len(t), t.count(2), t.index(2), t.index(2, 2))
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), 1, (1), type((1)).__name__)
print(t + (4,), t * 2, (0,) * 0, (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9), () == ())
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
a, b, *rest = t
print(a, b, rest)
x = ([],)
x[0].append(1)
print(x)
try:
    x[0] += [2]
except TypeError as e:
    print(e, x)
print(repr((1, "a", None)), str(("x",)), 2 in t, 9 not in t, tuple(t) is t)
class P(tuple):
    pass
p = P((1, 2))
print(p, type(p).__name__, type(p + (3,)).__name__, tuple(p) == p)
