# dict.fromkeys applied to copies of sample dicts; prints result and the dict afterwards.
samples = [{}, {"a": 1}, {"a": 1, "b": 2, "c": 3}, {1: "one", (2, 3): "tuple", None: "none"}]
argsets = [('xy',), ([1, 2], 0)]
for s in samples:
    out = []
    for args in argsets:
        work = dict(s)
        try:
            r = work.fromkeys(*args)
            if type(r).__name__.startswith("dict_"):
                r = list(r)
            out.append(f"{r!r} / {work!r}")
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(repr(s), "->", " ; ".join(out))
