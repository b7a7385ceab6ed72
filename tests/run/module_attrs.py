# Module objects: __name__, __dict__, attributes, types.ModuleType.
import sys
import math
me = sys.modules[__name__]
print(__name__, me.__name__, type(me).__name__, me.__dict__ is globals())
print(math.__name__, hasattr(math, "pi"), math.__spec__.name, type(math.__dict__).__name__)
ModuleType = type(sys)
m = ModuleType("virtual", "doc string")
print(m.__name__, m.__doc__, repr(m), m.__spec__, m.__package__)
m.value = 5
print(m.value, sorted(k for k in vars(m)))
try:
    m.missing
except AttributeError as e:
    print(e)
try:
    math.nope
except AttributeError as e:
    print(e)
def __getattr__(name):
    return f"module-level getattr {name}"
print(me.dynamic_name)
def mod_getattr(name):
    if name == "lazy":
        return "lazy value"
    raise AttributeError(f"module {m.__name__!r} has no attribute {name!r}")
m.__getattr__ = mod_getattr
print(m.lazy)
try:
    m.other
except AttributeError as e:
    print(e)
print(__doc__, __file__.endswith("module_attrs.py"), __spec__, __package__)
