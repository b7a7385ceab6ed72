# split, rsplit, join, splitlines.
s = "  one two  three   "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("a::b::c".split("::"), "abc".split("abc"), "1<>2<>3".rsplit("<>", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print(e)
print("a\tb\nc\x0bd\x0ce\x1cf\u2003g".split())
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1c7\x1d8\x1e9\x85A\u2028B\u2029C\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(), "x\n".split("\n"))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(5)))
print("".join(("a",)), ", ".join({"k": 1, "j": 2}))
for bad in (["a", 1], [b"x"], None):
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
