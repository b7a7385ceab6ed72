# Iterating ranges with various steps, reversed, and large values.
print(list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(-5, 5, 4)), list(range(5, 5)), list(range(5, 0)))
print(list(reversed(range(1, 10, 2))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
r = range(10 ** 18, 10 ** 18 + 3)
print(list(r), r[-1] - r[0], len(r))
total = 0
for i in range(1, 101):
    total += i
print(total)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "stop"))
print(range(3) == range(0, 3), range(0, 5, 2) == range(0, 6, 2), list(range(3))[::-1])
