# strip, lstrip, rstrip, removeprefix, removesuffix.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("www.example.com".lstrip("cmowz.")))
print(repr("\u3000wide\u3000".strip()), repr("\x1c\x1dsep\x1e\x1f".strip()), repr("".strip()))
print(repr("aaa".strip("a")), repr("abc".strip("")), repr("abc".strip(None)))
print("TestHook".removeprefix("Test"), "TestHook".removeprefix("Hook"), "a.py".removesuffix(".py"),
      "a.py".removesuffix(".txt"), "".removeprefix(""), "abc".removesuffix(""))
try:
    "x".strip(1)
except TypeError as e:
    print(e)
try:
    "x".removeprefix(None)
except TypeError as e:
    print(e)
