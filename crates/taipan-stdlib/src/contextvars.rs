//! The `_contextvars` module (PEP 567): context variables, their tokens
//! and contexts. Taipan's own implementation in Python, compiled when first
//! imported: a context is a dict from variables to values; the current
//! context is module state, as one thread runs Python code.

use taipan_vm::interp::objects::new_module;
use taipan_vm::interp::{modules, run_code};
use taipan_vm::types::{dict, str as pystr};
use taipan_vm::{PyResult, Value};

const SOURCE: &str = r#"
"""Context Variables"""

from types import GenericAlias as _GenericAlias

_NO_DEFAULT = object()


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()


def _no_subclass(name):
    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '_contextvars.{name}' is not an acceptable base type")
    return classmethod(__init_subclass__)


class Context:
    __slots__ = ("_vars", "_outer", "_entered")
    __init_subclass__ = _no_subclass("Context")
    __hash__ = None

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._vars = {}
        self._outer = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        self._entered = True
        self._outer = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._outer
            self._outer = None
            self._entered = False

    def copy(self):
        new = Context()
        new._vars = dict(self._vars)
        return new

    def __getitem__(self, var):
        if type(var) is not ContextVar:
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars[var]

    def get(self, var, default=None):
        if type(var) is not ContextVar:
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars.get(var, default)

    def __contains__(self, var):
        if type(var) is not ContextVar:
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(list(self._vars))

    def keys(self):
        return list(self._vars)

    def values(self):
        return list(self._vars.values())

    def items(self):
        return list(self._vars.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars


_current = Context()


def copy_context():
    return _current.copy()


class Token:
    __slots__ = ("_ctx", "_var", "_old", "_used")
    __init_subclass__ = _no_subclass("Token")
    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._var.reset(self)

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(_GenericAlias)


def _new_token(ctx, var, old):
    token = object.__new__(Token)
    token._ctx = ctx
    token._var = var
    token._old = old
    token._used = False
    return token


class ContextVar:
    __slots__ = ("_name", "_default")
    __init_subclass__ = _no_subclass("ContextVar")

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT, /):
        vars = _current._vars
        if self in vars:
            return vars[self]
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        vars = _current._vars
        old = vars.get(self, _MISSING)
        vars[self] = value
        return _new_token(_current, self, old)

    def reset(self, token, /):
        if type(token) is not Token:
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._ctx is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        if token._old is _MISSING:
            _current._vars.pop(self, None)
        else:
            _current._vars[self] = token._old

    def __repr__(self):
        default = "" if self._default is _NO_DEFAULT else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(_GenericAlias)
"#;

pub(crate) fn module() -> PyResult<Value> {
    let code = modules::compile_source(SOURCE.as_bytes(), "<frozen _contextvars>")?;
    let d = dict::new();
    dict::set_item(&d, pystr::intern("__name__"), pystr::new("_contextvars"))?;
    let m = new_module("_contextvars", d.clone())?;
    run_code(code, &d, None)?;
    Ok(m)
}
