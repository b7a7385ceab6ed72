# Instance and class __dict__ behaviour.
class C:
    a = 1
    def m(self): pass
c = C()
print(c.__dict__, type(C.__dict__).__name__)
c.x = 1
c.__dict__["y"] = 2
print(c.x, c.y, c.__dict__)
c.__dict__ = {"z": 3}
print(c.z, hasattr(c, "x"))
try:
    C.__dict__["new"] = 1
except TypeError as e:
    print(e)
C.new = "added"
print(C.__dict__["new"], "m" in C.__dict__, type(C.__dict__["m"]).__name__)
try:
    c.__dict__ = []
except TypeError as e:
    print(e)
print(sorted(k for k in C.__dict__ if k.startswith("__")))
