# swapcase and casefold for caseless comparison.
for s in ("Hello World", "ß", "ΣίσυφοΣ", "ﬀ", "İ", "Ǆ", "µ", "123"):
    print(repr(s), repr(s.swapcase()), repr(s.casefold()), repr(s.lower()))
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "STRASSE".lower())
print(sorted(["b", "A", "ä", "a"], key=str.casefold))
