# startswith/endswith with tuples and ranges.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith("lo", 3, 5))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith(("x", "ld")), s.startswith(("a", "b")))
print(s.startswith(""), s.endswith(""), "".startswith(""), s.startswith("", 20), s.endswith("d", -1))
print(s.startswith("hello world!"), s.endswith("o", 0, -6), s.startswith(("he", "wo"), 6))
try:
    s.startswith(["hello"])
except TypeError as e:
    print(e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(e)
