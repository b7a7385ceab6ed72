# A metaclass-based registry, __repr__ on classes, and metaclass methods vs class methods.
class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name.lower()] = cls
        return cls
    def __repr__(cls):
        return f"<registered class {cls.__name__}>"
    def describe(cls):
        return f"{cls.__name__} via metaclass"
    def __len__(cls):
        return len(Registry.classes)
    def __getitem__(cls, key):
        return Registry.classes[key]
class Plugin(metaclass=Registry):
    pass
class Alpha(Plugin):
    pass
class Beta(Plugin):
    def describe(self):
        return "instance describe"
print(sorted(Registry.classes), repr(Alpha), Alpha.describe(), Beta().describe(), len(Plugin), Plugin["beta"])
print(hasattr(Alpha(), "describe"), type(Alpha) is Registry, isinstance(Alpha, type))
try:
    Alpha().describe()
except AttributeError as e:
    print(e)
