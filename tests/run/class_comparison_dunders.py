# Rich comparison dunders and reflection; functools.total_ordering.
import functools
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"lt({self.v},{getattr(o, 'v', o)})", end=" ")
        return self.v < (o.v if isinstance(o, V) else o)
    def __gt__(self, o):
        print(f"gt({self.v},{getattr(o, 'v', o)})", end=" ")
        return self.v > (o.v if isinstance(o, V) else o)
print(V(1) < V(2))
print(V(1) > V(2))
print(3 < V(5))
print(V(4) > 2)
class OnlyLt:
    def __lt__(self, o): return True
try:
    OnlyLt() <= OnlyLt()
except TypeError as e:
    print(e)
print(OnlyLt() > OnlyLt())
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "Ver" + str(self.p)
print(Ver(1, 2) <= Ver(1, 3), Ver(2) >= Ver(1, 9), Ver(1) > Ver(1), sorted([Ver(2), Ver(1, 5), Ver(1)]))
class NI:
    def __lt__(self, o): return NotImplemented
try:
    NI() < NI()
except TypeError as e:
    print(e)
print(max([V(1), V(3), V(2)], key=lambda x: x.v).v)
