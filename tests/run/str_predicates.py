# is* predicates on ASCII and non-ASCII strings.
samples = ["abc", "ABC", "Abc", "abc1", "123", "½", "²", "١٢٣", "Ⅻ", " \t\n", "", "a b",
           "Title Case", "Not title Case", "_id", "1id", "déjà", "ΣΣ", "\x0b\x1c", "\u00a0",
           "ｆｕｌｌ", "é", "e\u0301", "\u2028", "ab\x00", "中文", "z9_"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isupper",
         "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    flags = "".join("T" if getattr(s, n)() else "." for n in names)
    print(flags, ascii(s))
