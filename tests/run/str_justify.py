# center, ljust, rjust, zfill, expandtabs.
for w in (0, 3, 8, 9):
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, ".")))
print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+42".zfill(5)), repr("abc".zfill(6)), repr("".zfill(2)), repr("-".zfill(3)))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("x\ty\nab\tz".expandtabs(3)), repr("日\t本".expandtabs(2)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)
try:
    "a".ljust("5")
except TypeError as e:
    print(e)
