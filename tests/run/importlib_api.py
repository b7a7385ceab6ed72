# importlib's public API on top of Taipan's importer: import_module,
# util.find_spec, reload, and the spec attributes importlib relies on.
import importlib
import importlib.machinery
import importlib.util
import sys

spec = importlib.util.find_spec("json")
print(spec.name, spec.parent, spec.origin.endswith("json/__init__.py"))
print(spec.submodule_search_locations is not None, spec.has_location)
print(importlib.util.find_spec("json.decoder").parent)
print(importlib.util.find_spec("no_such_module_xyz"))
print(importlib.util.find_spec("math").origin)
print(importlib.util.find_spec("sys").loader is importlib.machinery.BuiltinImporter)

m = importlib.import_module("json.scanner")
print(m.__name__, "json.scanner" in sys.modules, m is sys.modules["json.scanner"])
print(importlib.import_module(".decoder", "json").__name__)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

import textwrap
textwrap.marker = 1
r = importlib.reload(textwrap)
print(r is textwrap, r.__name__, hasattr(r, "marker"), callable(r.dedent))
print(importlib.reload(math := importlib.import_module("math")) is math)

import _imp
print(_imp.is_builtin("math"), _imp.is_builtin("sys"), _imp.is_builtin("json"))
print(_imp.is_frozen("json"), _imp.find_frozen("json"))
print(importlib.util.source_hash(b"print(1)\n"))
print(importlib.util.MAGIC_NUMBER == (3627).to_bytes(2, "little") + b"\r\n")
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    _imp.get_frozen_object("json")
except ImportError as e:
    print("ImportError", e)
print(isinstance(sys.meta_path, list), isinstance(sys.path_importer_cache, dict))
