# Class definition keyword arguments reach __init_subclass__ and metaclass methods.
class Base:
    def __init_subclass__(cls, *, color="none", **kw):
        super().__init_subclass__(**kw)
        cls.color = color
class Red(Base, color="red"): pass
class Default(Base): pass
print(Red.color, Default.color)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        cls.options = dict(sorted(kwargs.items()))
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
class Configured(metaclass=Meta, debug=True, level=3): pass
print(Configured.options)
bases = (Base,)
opts = {"color": "blue"}
class Blue(*bases, **opts): pass
print(Blue.color, Blue.__bases__)
try:
    class Bad(object, unexpected=1): pass
except TypeError as e:
    print(e)
