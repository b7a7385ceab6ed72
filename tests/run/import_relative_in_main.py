# Relative imports in a top-level script fail with ImportError.
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from .. import x")
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .mod import y
except ImportError as e:
    print(type(e).__name__, e)
