# A module that raises during import is not left in sys.modules.
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_modules"))
try:
    import broken_mod
except ValueError as e:
    print("import raised:", e)
print("broken_mod" in sys.modules)
try:
    import broken_mod
except ValueError as e:
    print("second import re-ran and raised:", e)
import mod_getattr
print(mod_getattr.lazy, dir(mod_getattr))
try:
    mod_getattr.other
except AttributeError as e:
    print(e)
try:
    from mod_getattr import other
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
from mod_getattr import lazy
print(lazy)
