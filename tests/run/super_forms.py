# super(): zero-arg, two-arg, in classmethods, unbound super objects, errors.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return f"A.c({cls.__name__})"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    @property
    def p(self): return "B.p>" + super().p
class C(B):
    def f(self): return "C.f>" + super(B, self).f()
print(B().f(), C().f(), B.c(), C.c(), C().p)
print(super(B, B()).f(), super(C, C).c(), type(super(B, B())).__name__)
s = super(B, B())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
def outside():
    try:
        super()
    except RuntimeError as e:
        print(e)
outside()
try:
    super(B, 5)
except TypeError as e:
    print(e)
try:
    super(B, B()).nothing
except AttributeError as e:
    print(e)
class Over(A):
    def f(self):
        def inner():
            return super(Over, self).f()
        return inner()
print(Over().f())
class Init(list):
    def __init__(self, it):
        super().__init__(x * 2 for x in it)
print(Init([1, 2]))
