# Data and non-data descriptors, __set_name__, precedence over instance dict.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class P:
    x = Typed()
    y = Typed()
    nd = NonData()
p = P()
p.x = 5
print(p.x, p.y, type(P.x).__name__, p.nd)
try:
    p.y = "s"
except TypeError as e:
    print(e)
p.__dict__["x"] = "shadow"
print(p.x)
p.__dict__["nd"] = "instance wins"
print(p.nd)
class Deleter:
    def __get__(self, o, t=None): return "g"
    def __delete__(self, o): print("delete called")
class Q: d = Deleter()
q = Q()
del q.d
print(q.d)
try:
    q.d = 1
    print("set works", q.__dict__)
except AttributeError as e:
    print(e)
class Meta:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class R: m = Meta()
class S(R): pass
print(R.m, R().m, S.m)
