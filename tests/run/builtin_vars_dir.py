# vars() and dir() on modules, classes, instances, and without arguments.
class C:
    cattr = 1
    def __init__(self):
        self.b = 2
        self.a = 1
    def method(self): pass
c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")), type(vars(C)).__name__)
print([n for n in dir(c) if not n.startswith("__")], "__init__" in dir(c), dir(c) == sorted(dir(c)))
def f():
    x = 1
    y = 2
    return sorted(vars()), sorted(dir())
print(f())
try:
    vars(5)
except TypeError as e:
    print(e)
print([n for n in dir(1) if not n.startswith("_")])
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
import sys
print("exit" in dir(sys), "argv" in vars(sys))
print([n for n in dir() if not n.startswith("__")])
