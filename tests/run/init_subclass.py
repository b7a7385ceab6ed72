# __init_subclass__, __class_getitem__, __set_name__ ordering.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(Plugin.registry, C.plugin_name)
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Model:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
class User(Model):
    a = Field()
    b = Field()
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int].__origin__, list[int].__args__, list[int]([1, 2]))
