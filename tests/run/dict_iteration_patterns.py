# Iterating dicts: keys, values, items, sorted views, enumerate, zip to dict.
d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in sorted(d.items()):
    print(k, v, end="; ")
print()
for i, (k, v) in enumerate(d.items()):
    print(i, k, v, end="; ")
print()
print(sorted(d, key=d.get), max(d, key=d.get), sum(d.values()), list(zip(d, d.values())))
inverted = {v: k for k, v in d.items()}
print(inverted, dict(zip(d.values(), d.keys())) == inverted)
print([k for k, v in d.items() if v > 1], {k: v for k, v in d.items() if k != "a"})
