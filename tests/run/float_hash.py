# Float hashes agree with equal ints and are deterministic.
for v in (0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, -1e-100, 2.0 ** 61, 2.0 ** 62, 123.456):
    print(repr(v), hash(v))
print(hash(2.0) == hash(2), hash(-0.0) == hash(0), hash(1e100) == hash(int(1e100)))
print(hash(float("inf")), hash(float("-inf")))
n1, n2 = float("nan"), float("nan")
print(hash(n1) == hash(n1), type(hash(n1)).__name__)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
s = {0, 0.0, -0.0, False}
print(len(s))
