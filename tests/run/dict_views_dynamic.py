# Views reflect later changes; comparisons and set operations with views.
d = {1: "a"}
keys, vals, items = d.keys(), d.values(), d.items()
d[2] = "b"
del d[1]
print(list(keys), list(vals), list(items), len(keys))
print(keys == {2}, items == {(2, "b")}, keys | [3], keys & {2, 5}, items | {(9, "z")} == {(2, "b"), (9, "z")})
print({1: 1}.keys() == {1: 2}.keys(), {1: 1}.items() == {1: 2}.items(), {1: 1}.values() == {1: 1}.values())
print(2 in keys, "b" in vals, (2, "b") in items, [2, "b"] in items if False else (2, "b") in items)
print(sorted({"b": 1, "a": 2}.keys()), reversed(keys).__class__.__name__)
