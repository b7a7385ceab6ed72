# repr of nested builtin containers and special objects.
print(repr([1, "a", (2.5, None), {"k": [True]}, {3}, frozenset({4}), b"b", bytearray(b"c")]))
print(repr(()), repr((1,)), repr([]), repr({}), repr(set()), repr(frozenset()), repr(range(0)), repr(slice(None)))
print(repr({1: {2: {3: {}}}}), repr([[[[]]]]), repr(("",)), repr(['"', "'"]))
print(repr(int), repr(len), repr(None), repr(...), repr(NotImplemented), repr(object)[:15])
print(repr(1e100), repr(-0.0), repr(1j), repr(10 ** 20), repr(True), repr("\n"))
print(repr({}.keys()), repr({"a": 1}.items()), repr({"a": 1}.values()))
print(repr(iter([]))[:20], repr(reversed([]))[:24], repr(map)[:12])
