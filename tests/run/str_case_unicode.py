# Unicode case mappings and character classes as CPython 3.14 (Unicode 16) has them.
words = ["straße", "ǆemal", "ΣΊΣΥΦΟΣ ΣΑΣ", "ﬁre ﬂy", "İstanbul", "ŉ", "ΑΣ.Σ", "hello wORLD", "o'neil mc-donald", "Ⅻ roman"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
    print("   ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isprintable())
chars = "5٣۳߃१௫²³¹½⅓Ⅻ〇一二三百千万十\u00a0\u2028\x1c\x1f\x85\u200b\t\n ab_Ωµ"
for c in chars:
    print(hex(ord(c)), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isalpha(), c.isalnum(), c.isprintable(), c.isidentifier())
print("a b\u2028c\x1cd\x85e".split(), "a\u2028b\x1cc\x0bd\x0ce".splitlines(True))
print(" \u3000x\u3000 ".strip(), "ΣΑΣ".lower(), "ΑΣ ".lower(), "Σ".lower(), "aΣb".lower())
print("ß".upper(), "ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ǈ".istitle(), "ǅ".isupper())
print("_a1".isidentifier(), "1a".isidentifier(), "ℕ".isidentifier(), "a·".isidentifier(), "".isidentifier())
