# The ^ operator applied across a matrix of builtin operand types.
operands = [0, 7, -3, 2 ** 65, True, 2.5, -0.0, float("inf"), 1 + 2j, "ab", b"xy", [1], (2,), {3}, frozenset({4}), {"k": 1}, None, range(2)]
def label(v):
    return type(v).__name__ + ":" + repr(v)
for a in operands:
    row = []
    for b in operands:
        try:
            r = a ^ b
        except Exception as e:
            row.append(type(e).__name__)
        else:
            text = repr(r)
            row.append(text if len(text) <= 40 else text[:37] + "...")
    print(label(a))
    print("   ", " | ".join(row))
