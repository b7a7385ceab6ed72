# list.remove applied to copies of sample lists; prints result and the list afterwards.
samples = [[], [1], [3, 1, 2], [1, 2, 1, 2], ["b", "a", "c"], [1, "x", None], [[1], [0]], list(range(6))]
argsets = [(1,), ('x',)]
for s in samples:
    out = []
    for args in argsets:
        work = list(s)
        try:
            r = work.remove(*args)
            out.append(f"{r!r} / {work!r}")
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(repr(s), "->", " ; ".join(out))
try:
    list.remove((1, 2))
except TypeError as e:
    print("TypeError:", e)
