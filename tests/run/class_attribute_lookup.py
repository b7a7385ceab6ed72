# Attribute lookup order: data descriptors, instance dict, class attrs, MRO.
class Base:
    shared = "base"
    def method(self): return "base method"
class Derived(Base):
    pass
d = Derived()
print(d.shared, d.method())
Base.shared = "changed"
Derived.method = lambda self: "patched"
print(d.shared, d.method(), Base().method())
d.method = lambda: "instance"
print(d.method(), Derived.method(d))
del d.method
print(d.method())
class WithClassAttr:
    items = []
    def add(self, x): self.items.append(x)
w1, w2 = WithClassAttr(), WithClassAttr()
w1.add(1)
print(w2.items, WithClassAttr.items)
print(Derived.__dict__.keys() - {"__module__", "__doc__", "__firstlineno__", "__static_attributes__"})
print(sorted(k for k in vars(Base) if not k.startswith("__")), "method" in dir(d))
class Stat:
    def __init__(self):
        self.a = 1
        self.b = 2
    def other(self):
        self.c = 3
print(Stat.__static_attributes__, Stat.__firstlineno__)
