# Tuple comparison, hashing and use as dict keys.
print((1, 2) < (1, 3), (1, 2) < (2,), (1,) < (1, 0), () < (0,), (1, "a") < (1, "b"), (0, 0) == (0, 0.0))
print(max([(2, "a"), (2, "b"), (1, "z")]), sorted([(1, 2), (0, 9), (1, 1)]))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2], (1, 2) in d, len({(1, 2), (1, 2), (2, 1)}))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
try:
    {([1],): 1}
except TypeError as e:
    print(e)
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1,)) != hash((1, 0)))
