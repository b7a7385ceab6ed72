# weakref.py and _weakrefset.py on Taipan: WeakValueDictionary,
# WeakKeyDictionary, WeakSet, WeakMethod and finalize. Entries go away as
# soon as the last strong reference does (no collection needed).
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"

    def method(self):
        return self.name


# WeakValueDictionary
a, b, c = Obj("a"), Obj("b"), Obj("c")
wvd = weakref.WeakValueDictionary({"a": a, "b": b})
wvd["c"] = c
print(len(wvd), sorted(wvd), wvd["a"], "b" in wvd, wvd.get("z", "default"))
del b
print(len(wvd), sorted(wvd), "b" in wvd, wvd.get("b"))
try:
    wvd["b"]
except KeyError as e:
    print("KeyError", e)
print(sorted(k for k, v in wvd.items()), sorted(v.name for v in wvd.values()))
print(wvd.setdefault("a", c), wvd.pop("c"), len(wvd))
refs = wvd.valuerefs()
print(len(refs), refs[0]() is a)
del a, c
print(len(wvd), dict(wvd))
d = Obj("d")
wvd.update(x=d)
print(list(wvd.keys()), wvd.popitem())
try:
    wvd.popitem()
except KeyError as e:
    print("KeyError", e)
copy = weakref.WeakValueDictionary({"d": d}).copy()
print(type(copy).__name__, list(copy.items()))

# WeakKeyDictionary
k1, k2 = Obj("k1"), Obj("k2")
wkd = weakref.WeakKeyDictionary()
wkd[k1] = 1
wkd[k2] = 2
print(len(wkd), wkd[k1], k2 in wkd, sorted(v for v in wkd.values()))
del k1
print(len(wkd), [k.name for k in wkd], list(wkd.values()))
print(wkd.get(k2), wkd.setdefault(k2, 99), wkd.pop(k2), len(wkd))
k3 = Obj("k3")
wkd.update({k3: "three"})
print([(k.name, v) for k, v in wkd.items()], len(wkd.keyrefs()))
del k3
print(len(wkd), bool(wkd))

# WeakSet
x, y, z = Obj("x"), Obj("y"), Obj("z")
ws = weakref.WeakSet([x, y])
ws.add(z)
print(len(ws), x in ws, sorted(o.name for o in ws))
del y
print(len(ws), sorted(o.name for o in ws))
ws.discard(x)
print(len(ws), [o.name for o in ws])
other = weakref.WeakSet([z, x])
print(sorted(o.name for o in ws | other), sorted(o.name for o in other - ws), ws <= other)
del z
print(len(ws), len(other), [o.name for o in other])
print(1 in ws)

# WeakMethod
o = Obj("bound")
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method)
del o
print(wm())

# finalize
def on_finalize(tag, *, extra):
    print("finalized", tag, extra)
    return tag


f1 = Obj("f1")
fin = weakref.finalize(f1, on_finalize, "first", extra="kw")
print(fin.alive, fin.atexit, fin.peek()[0] is f1)
del f1
print(fin.alive, fin(), fin.peek())
f2 = Obj("f2")
fin2 = weakref.finalize(f2, on_finalize, "second", extra=None)
print(fin2(), fin2.alive, fin2())
fin3 = weakref.finalize(f2, on_finalize, "third", extra=2)
print(fin3.detach()[0] is f2, fin3.alive)
fin4 = weakref.finalize(f2, on_finalize, "at exit", extra=4)

# getweakrefcount and getweakrefs from the weakref module.
t = Obj("t")
r1 = weakref.ref(t)
r2 = weakref.ref(t, print)
p = weakref.proxy(t)
print(weakref.getweakrefcount(t), [type(w).__name__ for w in weakref.getweakrefs(t)])
print(weakref.ref is weakref.ReferenceType, type(p) is weakref.ProxyType)
