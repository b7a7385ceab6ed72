class A: pass
class B(A): pass
class C(A, B, metaclass=M, **kw): pass
class D(*bases): pass
class E():
    x = 1
    def m(self): ...
