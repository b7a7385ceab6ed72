# Multiple inheritance: C3 MRO, cooperative super(), MRO conflicts.
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(e)
try:
    class Order(A, B): pass
except TypeError as e:
    print(e)
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()}"
class Core:
    def extra(self):
        return "core"
class Combined(Mixin, Core): pass
print(Combined().describe())
class Init1:
    def __init__(self, **kw):
        print("Init1"); super().__init__(**kw)
class Init2:
    def __init__(self, **kw):
        print("Init2", kw); super().__init__()
class Both(Init1, Init2): pass
Both(a=1)
try:
    class IntStr(int, str): pass
except TypeError as e:
    print(e)
