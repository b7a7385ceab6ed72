# upper, lower, capitalize, title, swapcase, casefold.
words = ["hello world", "HELLO", "hElLo WoRlD", "it's a dog's life", "ǆemal", "straße",
         "ΣΊΣΥΦΟΣ", "ﬁne", "123abc", "o'neil mc-donald", "", "İstanbul", "ŉ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.capitalize()))
    print("   ", repr(w.title()), repr(w.swapcase()), repr(w.casefold()))
print("ß".upper(), "ß".casefold(), "ß".lower() == "ß", "ﬃ".upper(), len("ﬃ".upper()))
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower(), "ΑΣΑ".lower())
print("i̇".upper(), len("İ".lower()), "ǅ".upper(), "ǅ".lower(), "ǆ".title())
print("ÅNGSTRÖM".lower(), "ångström".upper(), "ÿ".upper())
