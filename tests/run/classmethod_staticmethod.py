# classmethod and staticmethod binding behaviour.
class C:
    count = 0
    @classmethod
    def make(cls, *a):
        cls.count += 1
        return cls, a
    @staticmethod
    def util(x, y=1):
        return x * y
class D(C): pass
print(C.make(1)[0].__name__, D.make()[0].__name__, D().make()[0].__name__, C.count, D.count)
print(C.util(3), C().util(3, 4), D.util(2), type(C.__dict__["make"]).__name__, type(C.__dict__["util"]).__name__)
print(C.make.__self__ is C, C.util.__name__, C.__dict__["util"].__func__ is C.util, callable(C.__dict__["util"]))
sm = staticmethod(len)
print(sm("abc"), sm.__wrapped__ is len if hasattr(sm, "__wrapped__") else "no wrapped")
cm = classmethod(lambda cls: cls.__name__)
class E: name = cm
print(E.name(), E().name())
print(C.make.__func__.__name__, C.__dict__["make"].__func__ is C.make.__func__)
class WithDoc:
    @staticmethod
    def s():
        "static doc"
    @classmethod
    def c(cls):
        "class doc"
print(WithDoc.s.__doc__, WithDoc.c.__doc__, WithDoc.__dict__["s"].__doc__)
try:
    classmethod(1)()
except TypeError as e:
    print(e)
