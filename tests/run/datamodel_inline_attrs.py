# Instance attributes kept inline (per-class shared keys) and __dict__ made on demand: order, deletion, many keys, str subclasses, __class__ assignment.
class C:
    def __init__(self, a, b):
        self.a = a
        self.b = b
c = C(1, 2)
d = C(3, 4)
d.z = 9
print(c.a, c.b, d.z, vars(c), d.__dict__)
del c.a
try:
    c.a
except AttributeError as e:
    print(e)
try:
    del c.a
except AttributeError as e:
    print(e)
c.__dict__["q"] = 5
print(c.q, c.__dict__)
e = C(5, 6)
e.b = 7
e.a = 8
print(e.__dict__)
f = C(0, 0)
del f.a
f.a = 1
print(f.__dict__)
class M:
    pass
m = M()
for i in range(40):
    setattr(m, "k%d" % i, i)
print(len(m.__dict__), m.k35, m.k3)
class S(str): pass
s = S("x")
s.y = 1
print(s.y, s.__dict__)
class T: pass
t = T(); t.x = 1
t.__class__ = M
print(t.x, t.__dict__)
