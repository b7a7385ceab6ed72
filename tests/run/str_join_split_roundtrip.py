# Splitting and joining round trips; split with maxsplit edge values.
s = "a b  c   d"
print(s.split(" "), " ".join(s.split(" ")) == s, s.split(maxsplit=0), s.split(" ", 0), s.split(None, -1))
print("a,b,c".split(",", maxsplit=-5), "a,b,c".rsplit(",", maxsplit=0))
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
print(rows, "\n".join(",".join(r) for r in rows) == csv)
print("  x  ".split(" "), "x".split("x"), "xx".split("x"), "abcabc".split("bc"))
