# In-place operators: mutable types mutate, immutable types rebind.
def show(label, before, after, same):
    print(f"{label:10} {before!r:>16} -> {after!r:<24} same object: {same}")
cases = [("list+=", [1], [2]), ("list*=", [1, 2], 2), ("str+=", "ab", "c"), ("tuple+=", (1,), (2,)),
         ("set|=", {1}, {2}), ("set&=", {1, 2}, {2}), ("set-=", {1, 2}, {1}), ("set^=", {1}, {1, 3}),
         ("dict|=", {"a": 1}, {"b": 2}), ("int+=", 5, 3), ("bytes+=", b"a", b"b"), ("bytearray+=", bytearray(b"a"), b"b"),
         ("frozenset|=", frozenset({1}), {2})]
for label, a, b in cases:
    orig = a
    snapshot = repr(a)
    op = label[-3:] if label[-3:] in ("+=", "*=", "|=", "&=", "-=", "^=") else label[-2:]
    if op.endswith("+="):
        a += b
    elif op.endswith("*="):
        a *= b
    elif op.endswith("|="):
        a |= b
    elif op.endswith("&="):
        a &= b
    elif op.endswith("-="):
        a -= b
    elif op.endswith("^="):
        a ^= b
    show(label, snapshot, a, a is orig)
