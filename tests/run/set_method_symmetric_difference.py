# set.symmetric_difference applied to copies of sample sets of non-str elements; results printed sorted.
def show(v):
    if isinstance(v, (set, frozenset)):
        return type(v).__name__ + str(sorted(v, key=repr))
    return repr(v)
samples = [set(), {1}, {1, 2, 3}, {0, -1, 10 ** 20}, {(1, 2), (3,)}]
argsets = [({1, 5},)]
for s in samples:
    out = []
    for args in argsets:
        work = set(s)
        try:
            r = work.symmetric_difference(*args)
            out.append(f"{show(r)} / {show(work)}")
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(show(s), "->", " ; ".join(out))
