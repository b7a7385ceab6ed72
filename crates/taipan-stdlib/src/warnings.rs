//! The `_warnings` module: the filters list and the `warn` /
//! `warn_explicit` functions that `warnings` takes in place of its
//! pure-Python ones (its fallback needs `re` for the default filters).
//! Taipan's own Python, compiled when first imported. The runtime's own
//! warnings (`taipan_vm::interp::warnings`) go through `warn_explicit` once
//! `warnings` is imported, so its filters apply to them.

use taipan_vm::interp::objects::new_module;
use taipan_vm::interp::{modules, run_code};
use taipan_vm::types::{dict, str as pystr};
use taipan_vm::{PyResult, Value};

const SOURCE: &str = r#"
"""_warnings provides basic warning filtering support."""

import sys
from _contextvars import ContextVar as _ContextVar
from _thread import RLock as _RLock

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_defaultaction = "default"
_onceregistry = {}
_warnings_context = _ContextVar("_warnings_context")
_filters_version = 1
_lock = _RLock()


def _acquire_lock():
    _lock.acquire()


def _release_lock():
    _lock.release()


def _filters_mutated_lock_held():
    global _filters_version
    _filters_version += 1


def _matches(pattern, text):
    # A filter's message or module: None (anything), a str (exactly), or a
    # compiled regular expression.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _source_line(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError):
        pass
    return ""


def _show(message, category, filename, lineno, source):
    warnings = sys.modules.get("warnings")
    if warnings is not None:
        # `warnings` reads the source line with linecache; while that fails
        # or finds nothing (it needs `io` through tokenize), the message
        # carries the line.
        try:
            import linecache
            found = linecache.getline(filename, lineno)
        except Exception:
            found = ""
        line = None if found else (_source_line(filename, lineno) or None)
        msg = warnings.WarningMessage(message, category, filename, lineno,
                                      line=line, source=source)
        warnings._showwarnmsg(msg)
        return
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    line = _source_line(filename, lineno)
    if line:
        text += f"  {line}\n"
    sys.stderr.write(text)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    lineno = int(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    # The `warnings` module's state when it is imported: `catch_warnings`
    # replaces its `filters` list.
    warnings = sys.modules.get("warnings")
    active_filters = getattr(warnings, "filters", filters)
    onceregistry = getattr(warnings, "onceregistry", _onceregistry)
    for item in active_filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = getattr(warnings, "defaultaction", _defaultaction)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    elif action not in ("always", "all"):
        raise RuntimeError(
            f"Unrecognized action ({action!r}) in warnings.filters:\n {item}")
    _show(message, category, filename, lineno, source)


def _is_internal(frame):
    filename = frame.f_code.co_filename
    return "importlib" in filename and "_bootstrap" in filename


def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(
            f"category must be a Warning subclass, not '{type(category).__name__}'")
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("skip_file_prefixes must be a tuple of strs.")
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    # This function's own frame is level 0: level 1 is its caller.
    try:
        frame = sys._getframe(1)
        for _ in range(stacklevel - 1):
            frame = frame.f_back
            while frame is not None and (
                    _is_internal(frame)
                    or frame.f_code.co_filename.startswith(skip_file_prefixes)):
                frame = frame.f_back
            if frame is None:
                raise ValueError
    except ValueError:
        globals = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get("__name__", "<string>")
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)
"#;

pub(crate) fn module() -> PyResult<Value> {
    let code = modules::compile_source(SOURCE.as_bytes(), "<frozen _warnings>")?;
    let d = dict::new();
    dict::set_item(&d, pystr::intern("__name__"), pystr::new("_warnings"))?;
    let m = new_module("_warnings", d.clone())?;
    run_code(code, &d, None)?;
    Ok(m)
}
