# Shadowing builtins at module and function level, and restoring them.
import builtins
def show():
    return len("abc")
print(show())
len = lambda x: "shadowed"
print(show(), len([1]))
del len
print(show())
def local_shadow():
    max = "local max"
    return max
print(local_shadow(), max(1, 2))
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(e)
print(type(__builtins__).__name__ in ("module", "dict"))
