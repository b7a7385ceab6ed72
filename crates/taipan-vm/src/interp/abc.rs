//! The `abc` module: abstract base classes, written in Python and compiled
//! when first imported (Taipan's own implementation: registered classes
//! are kept in a plain list, as Taipan has no weak references yet).

use crate::error::PyResult;
use crate::object::Value;
use crate::types::{dict, str as pystr};

const SOURCE: &str = r#"
"""Abstract Base Classes (ABCs), as PEP 3119 describes them."""


def abstractmethod(funcobj):
    """Marks a method abstract: classes whose metaclass is ABCMeta cannot
    be instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract(value):
    return getattr(value, "__isabstractmethod__", False)


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks the abstract methods and
    the virtual subclasses added with register()."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        names = {key for key, value in namespace.items() if _abstract(value)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _abstract(getattr(cls, key, None)):
                    names.add(key)
        cls.__abstractmethods__ = frozenset(names)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            answer = hook(subclass)
            if answer is not NotImplemented:
                return bool(answer)
        if cls in subclass.__mro__:
            return True
        for known in cls._abc_registry:
            if issubclass(subclass, known):
                return True
        for sub in type.__subclasses__(cls):
            if issubclass(subclass, sub):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Base class of abstract base classes (metaclass ABCMeta)."""

    __slots__ = ()


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    """Recomputes the abstract methods of an abstract class after methods
    were added to it (dataclasses does); other classes are left alone."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    names = {key for key, value in cls.__dict__.items() if _abstract(value)}
    for base in cls.__bases__:
        for key in getattr(base, "__abstractmethods__", ()):
            if _abstract(getattr(cls, key, None)):
                names.add(key)
    cls.__abstractmethods__ = frozenset(names)
    return cls
"#;

/// Compiles and runs the module.
pub fn module() -> PyResult<Value> {
    let code = super::modules::compile_source(SOURCE.as_bytes(), "<frozen abc>")?;
    let d = dict::new();
    dict::set_item(&d, pystr::intern("__name__"), pystr::new("abc"))?;
    let m = super::objects::new_module("abc", d.clone())?;
    super::run_code(code, &d, None)?;
    Ok(m)
}
