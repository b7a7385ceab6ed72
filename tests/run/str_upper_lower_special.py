# Case mappings that change string length or depend on context.
print("ß".upper(), len("ß".upper()), "ŉ".upper(), "ǰ".upper(), len("ǰ".upper()), "ﬆ".upper())
print("İ".lower(), len("İ".lower()), [hex(ord(c)) for c in "İ".lower()])
print("ΌΣΟΣ".lower(), "ΣΑ".lower(), "Σ".lower(), "AΣ".lower(), "AΣb".lower(), "AΣ.".lower())
print("ῼ".lower(), "ῳ".upper(), "ᾳ".title())
print("ǅ".lower(), "ǅ".upper(), "ǅ".title(), "ǅ".isupper(), "ǅ".islower(), "ǅ".istitle())
print("ⅷ".upper(), "Ⓐ".lower(), "ｚ".upper())
