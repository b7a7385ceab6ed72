# Mutable class attributes are shared between instances; instance attributes are not.
class Bad:
    items = []
    def add(self, x):
        self.items.append(x)
class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Bad(), Bad()
b1.add(1); b2.add(2)
print(b1.items, b2.items, Bad.items, b1.items is b2.items)
g1, g2 = Good(), Good()
g1.add(1); g2.add(2)
print(g1.items, g2.items, g1.items is g2.items)
class Counter:
    total = 0
    def __init__(self):
        self.total += 1
c = Counter()
print(c.total, Counter.total)
class Shared:
    config = {"debug": False}
a, b = Shared(), Shared()
a.config["debug"] = True
print(b.config, Shared.config)
a.config = {"own": True}
print(a.config, b.config)
