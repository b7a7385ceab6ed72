# The < comparison across a matrix of builtin operand types.
operands = [0, 1, -1, 2 ** 70, True, False, 1.0, float("nan"), float("-inf"), 1j, "", "a", "B", b"a", [1], [1, 0], (1,), {1}, frozenset({1}), {1: 1}, None, range(1)]
for a in operands:
    row = []
    for b in operands:
        try:
            r = a < b
        except TypeError:
            row.append("T")
        else:
            row.append("1" if r is True else "0" if r is False else "?")
    print(f"{type(a).__name__:>9} {a!r:>24} {''.join(row)}")
