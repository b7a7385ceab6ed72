class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @classmethod
    def zero(cls):
        return cls(0, 0)
    @staticmethod
    def doc():
        return "2d"
class Vec3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return "Vec3:" + super().__repr__()
a = Vec(1, 2)
print(a + Vec(3, 4), a == Vec(1, 2), len(a), list(a), a.norm2, Vec.zero(), Vec.doc())
print(Vec3(1, 2, 3), isinstance(Vec3(0, 0, 0), Vec), Vec3.__mro__[1].__name__)
print({a: 1}[Vec(1, 2)])
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with Ctx():
    raise ValueError("swallowed")
print("after with")
