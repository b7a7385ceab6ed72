# Adding, shadowing, and deleting attributes dynamically.
class C:
    kind = "class-level"
c = C()
print(c.kind)
c.kind = "instance-level"
print(c.kind, C.kind)
del c.kind
print(c.kind)
try:
    del c.kind
except AttributeError as e:
    print(e)
for i in range(3):
    setattr(c, f"attr{i}", i * i)
print(sorted(vars(c).items()))
C.method = lambda self, x: x + 1
print(c.method(1))
c.func = lambda x: x * 10
print(c.func(2))
import types
c.bound = types.MethodType(lambda self: type(self).__name__, c)
print(c.bound())
