# float.__int__ applied to sample floats including signed zeros, extremes, inf and nan.
samples = [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 123456.789, float("inf"), float("-inf"), float("nan")]
argsets = [()]
for x in samples:
    out = []
    for args in argsets:
        try:
            out.append(repr(float.__int__(x, *args)))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(repr(x), "->", " ; ".join(out))
