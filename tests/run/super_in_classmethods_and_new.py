# super() in __new__, classmethods, staticmethods (explicit form) and properties.
class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        self.args = args
    @classmethod
    def create(cls, *args):
        return cls(*args)
    @staticmethod
    def helper():
        return "Base.helper"
class Child(Base):
    def __new__(cls, *args):
        print("Child.__new__")
        return super().__new__(cls, *args)
    @classmethod
    def create(cls, *args):
        print("Child.create")
        return super().create(*args)
    @staticmethod
    def helper():
        return "Child>" + super(Child, Child).helper()
obj = Child.create(1, 2)
print(type(obj).__name__, obj.args, Child.helper())
class A:
    def m(self):
        return "A"
class B(A):
    def m(self):
        return "B" + super().m()
class C(A):
    def m(self):
        return "C" + super().m()
class D(B, C):
    def m(self):
        return "D" + super().m()
print(D().m(), super(B, D()).m(), super(C, D()).m())
