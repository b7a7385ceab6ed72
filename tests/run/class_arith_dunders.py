# Arithmetic dunders: forward, reflected, in-place, unary, and NotImplemented fallback.
class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return Vec(*reversed(self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k): return Vec(*(a // k for a in self.c))
    def __mod__(self, k): return Vec(*(a % k for a in self.c))
    def __pow__(self, k): return Vec(*(a ** k for a in self.c))
    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a * 3, 3 * a, a - b, -a, +a, abs(Vec(3, 4)), ~a, a @ b, b / 2, b // 2, b % 3, a ** 2)
print(sum([a, b]), sum([a, b], Vec(0, 0)))
c = a
c += b
print(c, a, c is a)
d = Vec(1)
d -= Vec(1)
print(d)
for bad in (lambda: a + 1, lambda: 1 + a, lambda: a << 1, lambda: a & a, lambda: "s" @ a):
    try:
        bad()
    except TypeError as e:
        print(e)
class Sub(Vec):
    def __radd__(self, o): return "Sub.__radd__ first"
print(Vec(1) + Sub(2))
