# from module import * honours __all__ and hides underscore names.
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_modules"))
from star_mod import *
print(exported, also, "not_exported" in globals())
from nostar_mod import *
print(public, "_underscore" in globals())
from pkg import *
print(PKG_CONST, core_func())
