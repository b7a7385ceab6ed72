# Deterministic hash values: ints, floats, tuples, frozensets of ints, bools, None relation.
for v in (0, 1, -1, 2 ** 31, 2 ** 63, -(2 ** 63), 2 ** 61 - 1, 123456789123456789, 1.0, 0.25, -7.5, 1e-300,
          (), (0,), (1, 2), (1, (2, 3)), ((),), (1.5, -2), (True, False), (None,) if False else (1, 2, 3, 4, 5)):
    print(repr(v), hash(v))
print(hash(frozenset()), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, "a")) == hash((1, "a")))
print(hash(3 + 0j), hash(0.5 + 0.5j) == hash(complex(0.5, 0.5)))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(slice(1, 2)) == hash(slice(1, 2)))
