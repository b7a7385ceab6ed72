print("pkg/__init__ executing:", __name__, __package__)
PKG_CONST = "pkg-const"
from .core import core_func
__all__ = ["PKG_CONST", "core_func"]
