# Functions are non-data descriptors: __get__ produces bound methods.
def f(self, x):
    return (type(self).__name__, x)
class C:
    pass
c = C()
bound = f.__get__(c, C)
print(bound(1), type(bound).__name__, bound.__self__ is c)
print(f.__get__(None, C) is f, C.__dict__.get("f"))
C.f = f
print(c.f(2), C.f(c, 3))
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__get__(c, C)(c, 4), cm.__get__(c, C)(5), cm.__get__(None, C)(6))
class Desc:
    def __get__(self, obj, owner=None):
        return ("get", obj is None, owner.__name__)
class D:
    d = Desc()
print(D.d, D().d, D.__dict__["d"].__class__.__name__)
print(len.__get__ if hasattr(len, "__get__") else "builtin functions are not descriptors")
print(type(str.upper).__name__, str.upper.__get__("abc", str)(), type("abc".upper).__name__)
