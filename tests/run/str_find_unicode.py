# Searching in strings with multi-byte characters uses code point indexes.
s = "naïve café — 日本語のテキスト 😀 end"
for sub in ("ï", "café", "—", "日本", "テキスト", "😀", "end", "zz"):
    i = s.find(sub)
    print(repr(sub), i, s.rfind(sub), s[i:i + len(sub)] if i >= 0 else None)
print(s.index("本"), s.count("テ"), s.split(" ")[3], s.partition("—"), len(s))
print(s.upper(), s.title())
print("😀😀😀".replace("😀", ":)", 2), "日本日本".rindex("日"))
