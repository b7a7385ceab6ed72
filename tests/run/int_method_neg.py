# int.__neg__ applied to sample ints (small, negative, big, bool).
samples = [0, 1, -1, 7, -8, 255, 2 ** 31, -(2 ** 63), 10 ** 25, True]
argsets = [()]
for n in samples:
    out = []
    for args in argsets:
        try:
            out.append(repr(int.__neg__(n, *args)))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(repr(n), "->", " ; ".join(out))
