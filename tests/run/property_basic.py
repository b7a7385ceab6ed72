# property: getter, setter, deleter, docs, read-only errors.
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting"); self._c = None
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
del t.celsius
print(t.celsius)
p = property(lambda self: "computed", doc="manual")
class M: x = p
print(M().x, M.x is p, p.fget is not None, p.fset, p.fdel, p.__doc__)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self): return "sub:" + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius)
print(property().__get__(None, M) is not None)
try:
    property()(1) if False else property().__get__(1, int)
except AttributeError as e:
    print(e)
class Named:
    @property
    def value(self): raise AttributeError("inner missing")
    def __getattr__(self, name): return f"getattr({name})"
print(Named().value)
