# collections.Counter arithmetic and queries.
from collections import Counter
c = Counter("mississippi")
print(c, c["s"], c["z"], c.most_common(2), sorted(c.elements()), c.total())
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, d & e, d | e, -d, +Counter(a=-1, b=2))
d.update("aab")
d.subtract({"b": 10})
print(d, sorted(d.items()))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter() == Counter(), list(Counter("cba")))
print(Counter("aab") < Counter("aabb"), Counter(a=1) <= Counter(a=1))
