# len(set(o)) applied to one object of each builtin type.
objects = [0, -7, 2 ** 70, True, 2.5, -0.0, float("nan"), 3 - 4j, "", "42", " 1.5 ", "abc", b"12", bytearray(b"x"), [1, 2], (3,), {4}, frozenset(), {"k": 1}, range(3), None, ..., len, int]
for o in objects:
    try:
        r = len(set(o))
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    else:
        r = repr(r)
    label = "<builtin len>" if o is len else repr(o)
    print(f"{type(o).__name__:>18} {label:>28} -> {r}")
