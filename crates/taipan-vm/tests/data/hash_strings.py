for s in ["", "a", "abc", "é", "hello world, this is longer", "\u20ac", "a\u20acb", "\U0001F600", "\ud800", "x"*7, "x"*8, "x"*9, "é"*20]:
    print(repr(s), hash(s))
for b in [b"", b"abc", b"\xff\x00", b"hello world, this is longer"]:
    print(repr(b), hash(b))
print(hash(("abc", b"abc", ("é",))))
print(list({"a","b","c","d","e"}))
print(hash(frozenset({"a","b"})))
