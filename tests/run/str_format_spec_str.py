# Format specs for strings: alignment, fill, width, precision.
s = "héllo"
for spec in ("", "s", "10", "<10", ">10", "^10", "^11", "*<8", "->9", ".2", "10.3", "^9.1", "=^7s", "x^3"):
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "5")), repr(format("日本", "^6")), repr(f"{'a':{'^'}{5}}"))
for bad in ("d", "=10", "+", ",", "#", "05" if False else ".x"):
    try:
        format("x", bad)
    except ValueError as e:
        print(repr(bad), e)
print(format(None, ""), format([1, 2], ""), format(object.__name__, ">8"))
try:
    format(object(), "10")
except TypeError as e:
    print(e)
class Fmt:
    def __format__(self, spec):
        return f"Fmt({spec!r})"
print(format(Fmt(), "abc"), f"{Fmt():xyz}", "{:q}".format(Fmt()), f"{Fmt()!s:>5}"[:3])
class BadFmt:
    def __format__(self, spec):
        return 42
try:
    format(BadFmt())
except TypeError as e:
    print(e)
