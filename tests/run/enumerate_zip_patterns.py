# Common iteration idioms combining enumerate, zip, reversed, sorted and dict.
names = ["ann", "bob", "cid"]
scores = [88, 92, 75]
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), start=1):
    print(rank, name, score)
print(dict(zip(names, scores)), list(zip(*zip(names, scores))))
for i, name in reversed(list(enumerate(names))):
    print(i, name, end="; ")
print()
pairs = list(zip(range(3), "abc", [True, False, None]))
print(pairs, list(map(list, zip(*pairs))))
print([(i, j) for i, j in zip(range(5), range(5, 0, -1)) if i < j])
transposed = [list(row) for row in zip([1, 2, 3], [4, 5, 6])]
print(transposed)
