import os.path, sys as system
from collections import OrderedDict as OD, deque
x = 1
def f(a, /, b=2, *args, c, d=4, **kw):
    y = a + b
    global x
    x = y
    return lambda z: z + y
class C(Base, metaclass=Meta):
    attr = 1
    def m(self):
        return attr
    def __private(self): self.__x = 1
