# Unicode category-based predicates on selected characters.
chars = ["A", "z", "5", "٣", "½", "Ⅳ", "²", "_", " ", "\t", "\u00a0", "\u2003", "\u3000", "中", "ß", "Ǆ", "ǅ", "\u0301", "€", "-", "\x85", "\u200b"]
for c in chars:
    print(f"U+{ord(c):04X}", c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(), c.isupper(), c.islower(), c.isalnum(), c.isprintable())
