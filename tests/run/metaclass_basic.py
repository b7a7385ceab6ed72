# Metaclasses: __new__, __init__, __call__, __prepare__, class keywords.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
class A(metaclass=Meta, tag="alpha"):
    def method(self): pass
    def __init__(self, v): self.v = v
a = A(3)
print(a.v, A.tag, type(A).__name__, type(type(A)).__name__)
class B(A): pass
print(B.tag, type(B).__name__)
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": 42}
class O(metaclass=Ordered):
    x = injected + 1
print(O.x, O.injected)
Dyn = type("Dyn", (object,), {"f": lambda self: "dynamic", "n": 1})
print(Dyn().f(), Dyn.n, Dyn.__name__, Dyn.__bases__)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
print(type(1).__name__, type("T", (), {})().__class__.__name__)
