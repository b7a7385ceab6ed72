# dict construction, insertion order, access, update, deletion.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d), d["a"], "a" in d, "z" not in d)
del d["a"]
d["a"] = 0
print(d)
print(dict(), dict(x=1, y=2), dict([("k", 1), ("j", 2)]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {i: i * i for i in range(4)})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    del d["missing"]
except KeyError as e:
    print("del KeyError", e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "t", None: "n", frozenset(): "f"})
m = {"x": 1} | {"y": 2, "x": 3}
m |= {"z": 4}
print(m, {"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == dict())
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(e)
r = {}
r["self"] = r
print(r)
print(repr({"q": "'", 1: [None]}), str({}), {**{"a": 1}, "b": 2, **{"a": 3}})
