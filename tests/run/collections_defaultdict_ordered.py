# defaultdict, OrderedDict, ChainMap.
from collections import defaultdict, OrderedDict, ChainMap
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory.__name__, dd["new"], len(dd))
cnt = defaultdict(int)
for ch in "hello":
    cnt[ch] += 1
print(sorted(cnt.items()))
plain = defaultdict()
try:
    plain["x"]
except KeyError as e:
    print("KeyError", e)
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4
print(cm.maps[0], cm.new_child({"z": 0})["z"], cm.parents)
