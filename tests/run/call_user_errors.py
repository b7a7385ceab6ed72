# TypeError messages for user function, method and constructor calls.
def show(call):
    try:
        print(call())
    except TypeError as e:
        print(e)
def two(a, b): return a + b
def many(a, b, c, d=1, *, e, f=2): return a
class K:
    def __init__(self, x):
        self.x = x
    def m(self, y):
        return y
    @staticmethod
    def s(z):
        return z
    @classmethod
    def c(cls, w):
        return w
show(lambda: two(1))
show(lambda: two())
show(lambda: two(1, 2, 3))
show(lambda: many(1))
show(lambda: many(1, 2, 3))
show(lambda: many(1, 2, 3, 4, 5, e=1))
show(lambda: many(1, 2, 3, e=1, g=2))
show(lambda: K())
show(lambda: K(1, 2))
show(lambda: K(1).m())
show(lambda: K(1).m(1, 2))
show(lambda: K.m(1))
show(lambda: K.s())
show(lambda: K.c())
show(lambda: K(1).c(1, 2))
show(lambda: K(y=2))
show(lambda: (lambda: 0)(1))
show(lambda: (lambda x, *, y: 0)(1, 2))
show(lambda: (lambda x, y=1, *a, z: 0)())
def inner_call():
    def nested(p, q):
        pass
    nested(p=1)
show(inner_call)
class NoInit: pass
show(lambda: NoInit(1))
class NewOnly:
    def __new__(cls):
        return super().__new__(cls)
show(lambda: NewOnly(1))
