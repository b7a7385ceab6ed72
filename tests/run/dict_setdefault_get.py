# Grouping idioms with setdefault and get.
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
d = {}
v = d.setdefault("k")
print(v, d)
print(d.get("missing"), d.get("missing", []), d.setdefault("k", "ignored"))
try:
    d.get()
except TypeError as e:
    print(e)
try:
    d.setdefault([], 1)
except TypeError as e:
    print(e)
