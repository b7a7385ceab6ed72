print("pkg.sub.leaf executing:", __name__, __package__)
from .. import core
from ..core import core_func
from . import sibling
LEAF = "leaf:" + core_func() + ":" + sibling.SIB
def rel_info():
    return __name__, __package__, core.__name__
