# bytes comparisons, hashing, and equality with other buffer types.
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x00\xff", b"A" < b"a")
print(b"abc" == bytearray(b"abc"), b"abc" == memoryview(b"abc"), b"abc" == "abc", b"1" == 49)
print(hash(b"x") == hash(b"x"), hash(b"xyz") == hash(bytes([120, 121, 122])), len({b"a", b"a", bytes(b"a")}))
print(sorted([b"b", b"A", b"a", b"", b"aa"]), max(b"hello"), min([b"z", b"y"]))
try:
    b"a" < "a"
except TypeError as e:
    print(e)
try:
    {bytearray(b"a")}
except TypeError as e:
    print(e)
