# __eq__, __ne__, __hash__ interplay; unhashable when __eq__ without __hash__.
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, other):
        if not isinstance(other, P): return NotImplemented
        return self.x == other.x
    def __hash__(self): return hash(self.x)
print(P(1) == P(1), P(1) != P(1), P(1) == P(2), P(1) == 1, P(1) != "a", len({P(1), P(1), P(2)}))
class EqOnly:
    def __eq__(self, other): return True
print(EqOnly.__hash__, EqOnly() == 5, EqOnly() != 5)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
class Default: pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, d1 != d2, hash(d1) == hash(d1), {d1: 1}[d1])
class NeOverride:
    def __ne__(self, other): return "custom ne"
print(NeOverride() != 1, NeOverride() == 1)
class Reflected:
    def __eq__(self, other):
        print("Reflected.__eq__ called")
        return "reflected"
print(1 == Reflected(), Reflected() == 1)
class Parent:
    def __eq__(self, o): return "parent"
class Child(Parent):
    def __eq__(self, o): return "child"
print(Parent() == Child(), Child() == Parent())
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(e)
class HashInherit(P): pass
print(hash(HashInherit(5)) == hash(5))
class EqSub(P):
    def __eq__(self, o): return False
print(EqSub.__hash__)
