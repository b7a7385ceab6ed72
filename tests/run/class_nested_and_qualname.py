# Nested classes, __qualname__, class scopes.
class Outer:
    class Inner:
        class Deepest:
            def m(self): pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.m.__qualname__)
print(Outer().method().__qualname__, Outer.method.__qualname__, Outer.Inner.__name__)
def factory():
    class Made:
        def hello(self):
            return type(self).__qualname__
    return Made
print(factory()().hello(), factory() is factory())
x = "global"
class Scope:
    x = "class"
    def method(self):
        return x
    lam = lambda self: x
print(Scope().method(), Scope().lam())
