# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return f"dyn-{name}"
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz, getattr(l, "xa"), hasattr(l, "b"))
try:
    l.b
except AttributeError as e:
    print(e)
class Logged:
    def __getattribute__(self, name):
        if name != "__dict__" and not name.startswith("__"):
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
o = Logged()
o.a = 1
print(o.a)
del o.a
try:
    o.a
except AttributeError as e:
    print(e)
class Frozen:
    def __setattr__(self, n, v): raise AttributeError(f"cannot set {n!r}")
try:
    Frozen().q = 1
except AttributeError as e:
    print(e)
class D:
    def __dir__(self): return ["b", "a", "c"]
print(dir(D()))
class Both:
    def __getattribute__(self, n):
        if n == "boom": raise AttributeError("from getattribute")
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return f"fallback {n}"
print(Both().boom, Both().other)
