# Dict views: keys/values/items are live, set-like for keys and items.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(list(k), list(v), list(it), len(k), "a" in k, 4 in v, ("a", 1) in it, ("a", 2) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(sorted(it & {("a", 1), ("b", 5)}), sorted(it - {("a", 1)}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(v == v, d.values() == d.values(), list(reversed(k)), list(reversed(it)))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
d2 = {1: 1}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print(e)
try:
    k[0]
except TypeError as e:
    print(e)
print(k.mapping["a"], type(k.mapping).__name__)
ks = {"x": 1}.keys()
print(repr(ks), repr({}.values()), repr({}.items()))
