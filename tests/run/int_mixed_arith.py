# Mixed int/float/bool/complex arithmetic result types.
vals = [3, 2.0, True, 1j]
for a in vals:
    row = []
    for b in vals:
        r = a + b
        row.append(f"{type(r).__name__}:{r!r}")
    print(repr(a), row)
print(type(3 * 2.0).__name__, type(3 // 2.0).__name__, type(True + True).__name__, type(True * 1.5).__name__)
print(7 // 2.0, 7 % 2.5, divmod(7, 2.5), 2 ** 0.5 * 2 ** 0.5, 10 / True)
print(1 + 2j * 3, (1 + 2j) * 3, 3 - 1.5, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
