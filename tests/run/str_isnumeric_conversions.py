# Which numeric-looking strings int() and float() accept.
samples = ["12", "١٢", "１２", "½", "²", "Ⅻ", "12.5", "1e3", " 7 ", "0x1A", "-0", "+5", "5_000", "٣.٥"]
for s in samples:
    try:
        i = int(s)
    except ValueError:
        i = "ValueError"
    try:
        f = float(s)
    except ValueError:
        f = "ValueError"
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), i, f)
