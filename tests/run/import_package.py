# Packages: __init__, submodules, import a.b, from a import b, relative imports.
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_modules"))
import pkg
print(pkg.PKG_CONST, pkg.core_func(), pkg.__name__, pkg.__package__, hasattr(pkg, "__path__"))
import pkg.sub.leaf
print(pkg.sub.leaf.LEAF, pkg.sub.leaf.rel_info())
from pkg.sub import leaf, sibling
print(leaf is pkg.sub.leaf, sibling.SIB, sibling.__name__)
from pkg import core
print(core.__name__, core.core_func())
import pkg.core as c2
print(c2 is core)
print(sorted(m for m in sys.modules if m.startswith("pkg")))
try:
    import pkg.nothing
except ModuleNotFoundError as e:
    print(e.name, e)
