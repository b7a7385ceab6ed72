# The format-spec mini-language applied to ints.
n = 1234567
specs = ["", "d", "10d", "<10d", "^10d", ">10d", "*^11d", "010d", "+d", " d", "-d", ",d", "_d",
         "_x", "#_b", "=+12d", "c" if False else "n", "x", "#X", "o", "#o", "e", ".2e", "f", ".1%", "g",
         "012,d", "+,", "#016_b"]
for spec in specs:
    print(f"{spec!r:10} {format(n, spec)!r} {format(-n, spec)!r}")
print(format(65, "c"), format(0x1F600, "c"), format(0, "d"), format(True, "5"), format(10 ** 25, ","))
for bad in ("z", ".2d", ",x" if False else "abc", "=<5", "+c", ",c"):
    try:
        print(format(42, bad))
    except ValueError as e:
        print(repr(bad), e)
try:
    format(-1, "c")
except OverflowError as e:
    print(e)
try:
    format(10, "_,d")
except ValueError as e:
    print(e)
