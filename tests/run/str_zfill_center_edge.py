# zfill, center, ljust, rjust with odd widths and unicode fill characters.
print(repr("7".zfill(3)), repr("-7".zfill(1)), repr("+".zfill(3)), repr("a-1".zfill(5)), repr("١".zfill(3)))
for width in range(3, 8):
    print(repr("ab".center(width, "·")), repr("abc".center(width)))
print(repr("x".ljust(4, "é")), repr("x".rjust(4, "日")), repr("toolong".center(3)))
try:
    "x".zfill("3")
except TypeError as e:
    print(e)
