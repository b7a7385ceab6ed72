# Importing a helper module from a directory added to sys.path.
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_modules"))
import helper_mod
print(helper_mod.VALUE, helper_mod.greet("you"), helper_mod.__name__, type(helper_mod).__name__)
import helper_mod as hm
print(hm is helper_mod, "helper_mod" in sys.modules)
from helper_mod import VALUE, greet as g, Thing
print(VALUE, g("alias"), Thing.__module__, Thing.__qualname__)
import helper_mod
print("second import did not re-run")
print(helper_mod.__file__.endswith(os.path.join("_modules", "helper_mod.py")), helper_mod.__package__ == "")
try:
    from helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
print(__name__ == "__main__")
