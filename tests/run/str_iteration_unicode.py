# Iterating and measuring strings with non-ASCII characters.
s = "aé日\U0001F600"
print(len(s), list(s), [len(c.encode()) for c in s], [hex(ord(c)) for c in s])
print(s[::-1], s[1:3], s.upper(), s.encode("utf-16-le").hex(), len(s.encode("utf-16-le")))
combined = "e\u0301"
print(len(combined), combined == "é", combined.upper(), [c for c in combined])
for i, c in enumerate("añ"):
    print(i, c, c.isalpha())
print(sorted("zñaé"), max("aé"), min("日a"))
print("\U0001F600".isprintable(), "\u200b".isprintable(), "\x00".isprintable())
