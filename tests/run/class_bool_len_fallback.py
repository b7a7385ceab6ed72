# Truthiness: __bool__ first, then __len__, else always true.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__ called")
        return self.n
class Plain: pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Plain()))
print("if" if L(2) else "else", not B(False), B(True) and "and-result", L(0) or "or-result")
x = [v for v in (L(0), L(1), B(True)) if v]
print(len(x))
while L(0):
    print("never")
print(all([L(1), B(True)]), any([L(0), B(False)]))
class Inherit(L):
    def __bool__(self): return True
print(bool(Inherit(0)))
