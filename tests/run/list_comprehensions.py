# List comprehensions: nested loops, conditions, nested comprehensions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([[r * c for c in range(3)] for r in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [v for row in matrix for v in row])
print([x if x > 2 else -x for x in range(5)])
print([s.upper() for s in "a b c".split()], [len(w) for w in ["hi", "", "abc"]])
print([i for i in range(3) for i in "xy"])
print([(lambda v: v + 1)(i) for i in range(3)], [f() for f in [lambda i=i: i for i in range(3)]])
x = "outer"
print([x for x in "in"], x)
print([y for y in []], [[]for _ in range(2)])
