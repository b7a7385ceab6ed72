# dict methods: get, setdefault, pop, popitem, update, copy, clear, keys/values/items.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c", 3), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d)
c = d.copy()
c["new"] = 0
print(d, c, c is d)
c.clear()
print(c)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d.update(5)
except TypeError as e:
    print(e)
try:
    d.update([("a",)])
except ValueError as e:
    print(e)
print(sorted(dir({}))[-11:])
print(dict.fromkeys(range(3), []), {}.get(1, 2), d.__len__(), d.__contains__("x"))
class Cnt(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
cn = Cnt()
cn["a"] += 1
cn["a"] += 1
cn["b"]
print(cn, cn.get("zz"), "zz" in cn)
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
