# Building large strings by join and repeated concatenation.
parts = [str(i) for i in range(20000)]
s = ",".join(parts)
print(len(s), s[:20], s[-12:], s.count(","), s.split(",")[12345])
acc = ""
for i in range(3000):
    acc += chr(97 + i % 26)
print(len(acc), acc[:30], acc.count("z"))
big = "ab" * 100000
print(len(big), big.find("ba", 99999), big.replace("ab", "c")[:5], len(big.replace("ab", "c")), big.upper()[-4:])
text = "word " * 50000
print(len(text.split()), text.strip()[-9:], text.rfind("word"))
