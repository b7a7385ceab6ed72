# Large dicts: insert, delete, lookup, iteration order and resizing.
d = {}
for i in range(50000):
    d[i * 7 % 50000] = i
print(len(d), d[0], d[7], list(d)[:5])
for i in range(0, 50000, 2):
    del d[i]
print(len(d), list(d)[:5], sum(d) % 1000)
s = {f"k{i}": i for i in range(10000)}
print(len(s), s["k9999"], "k10000" in s, sum(s.values()))
keys = list(s)
print(keys[:3], keys[-2:])
inverse = {v: k for k, v in s.items()}
print(inverse[5000], len(inverse))
