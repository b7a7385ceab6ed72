# TypeError messages for unsupported binary operators between builtin types.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
pairs = [(1, "a"), ("a", 1.5), ([1], (1,)), (None, None), ({}, {}), (b"x", "x"), (1j, {1})]
for a, b in pairs:
    for op in ops:
        show(lambda: eval(f"a {op} b", {"a": a, "b": b}))
