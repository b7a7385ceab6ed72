# Tuple packing and unpacking in returns, swaps, loops, and nested structures.
def pair():
    return 1, 2
a, b = pair()
t = pair()
print(a, b, t, type(t).__name__)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i + j + k, end=" ")
print()
single = 5,
print(single, len(single), (5,) == single, ((),), ((), ()))
empty = ()
print(empty, len(empty), tuple() == ())
print((1, 2) + (3,), (1,) * 3, (1, 2, 3)[::-1], (1, 2) in [(1, 2)], 1 in (1, 2))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(tuple(reversed((1, 2, 3))), sorted((3, 1, 2)), min((5, 2)), max(("b", "a")))
