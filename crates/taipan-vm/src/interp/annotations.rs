//! Lazy annotations (PEP 649/749): `__annotations__` of functions,
//! classes and modules is computed on first access by calling
//! `__annotate__(1)` (VALUE format) and cached; `__annotate__` is the
//! compiler-generated function, or None.

use super::objects::FunctionObject;
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::{tpflags, TypeObject, Value};
use crate::types::exceptions::ATTRIBUTE_ERROR;
use crate::types::{dict, int, singletons, str as pystr};

/// VALUE: the annotations evaluated to their values.
const VALUE: i64 = 1;

/// Calls an `__annotate__` function for the VALUE format; the result
/// must be a dict.
fn call_annotate(annotate: &Value) -> PyResult<Value> {
    let d = call_object(annotate, &[int::from_i64(VALUE)], &[])?;
    if !d.type_of().is_subtype_of(&dict::DICT_TYPE) {
        return Err(type_error(format!(
            "__annotate__ returned non-dict of type '{}'",
            d.type_of().name
        )));
    }
    Ok(d)
}

/// `f.__annotations__`.
pub fn function_annotations(f: &FunctionObject) -> PyResult<Value> {
    let cached = f.get(&f.annotations);
    if !singletons::is_none(&cached) {
        return Ok(cached);
    }
    let annotate = f.get(&f.annotate);
    let d = if singletons::is_none(&annotate) {
        dict::new()
    } else {
        call_annotate(&annotate)?
    };
    f.set(&f.annotations, d.clone());
    Ok(d)
}

/// `f.__annotations__ = value` (None or a dict; drops `__annotate__`).
pub fn set_function_annotations(f: &FunctionObject, value: Option<&Value>) -> PyResult<()> {
    let value = value.cloned().unwrap_or_else(singletons::none);
    if !singletons::is_none(&value) && !value.type_of().is_subtype_of(&dict::DICT_TYPE) {
        return Err(type_error("__annotations__ must be set to a dict object"));
    }
    f.set(&f.annotations, value);
    f.set(&f.annotate, singletons::none());
    Ok(())
}

/// `f.__annotate__ = value` (None or a callable, which drops the cached
/// annotations).
pub fn set_function_annotate(f: &FunctionObject, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("__annotate__ cannot be deleted"));
    };
    if singletons::is_none(value) {
        f.set(&f.annotate, value.clone());
        return Ok(());
    }
    if value.type_of().slots.call.is_none() {
        return Err(type_error("__annotate__ must be callable or None"));
    }
    f.set(&f.annotate, value.clone());
    f.set(&f.annotations, singletons::none());
    Ok(())
}

fn no_attr(ty: &TypeObject, name: &str) -> PyErr {
    PyErr::new(
        &ATTRIBUTE_ERROR,
        format!("type object '{}' has no attribute '{name}'", ty.name),
    )
}

/// `cls.__annotate__`: from the class's own namespace only.
pub fn type_annotate(ty: &TypeObject) -> PyResult<Value> {
    if !ty.has_flag(tpflags::HEAPTYPE) {
        return Err(no_attr(ty, "__annotate__"));
    }
    let d = ty.dict();
    for key in ["__annotate__", "__annotate_func__"] {
        if let Some(f) = dict::get_item(d, &pystr::intern(key))? {
            return Ok(f);
        }
    }
    Ok(singletons::none())
}

/// `cls.__annotations__`: the class's own (never a base's), computed
/// once from `__annotate__` and cached in the namespace.
pub fn type_annotations(ty: &TypeObject) -> PyResult<Value> {
    if !ty.has_flag(tpflags::HEAPTYPE) {
        return Err(no_attr(ty, "__annotations__"));
    }
    let d = ty.dict();
    for key in ["__annotations__", "__annotations_cache__"] {
        if let Some(a) = dict::get_item(d, &pystr::intern(key))? {
            return Ok(a);
        }
    }
    let annotate = type_annotate(ty)?;
    let a = if annotate.type_of().slots.call.is_some() {
        call_annotate(&annotate)?
    } else {
        dict::new()
    };
    dict::set_item(d, pystr::intern("__annotations_cache__"), a.clone())?;
    Ok(a)
}

/// `module.__annotations__` when the namespace has none: computed from
/// the module's `__annotate__`.
pub fn module_annotations(namespace: &Value) -> PyResult<Value> {
    match dict::get_item(namespace, &pystr::intern("__annotate__"))? {
        Some(f) if f.type_of().slots.call.is_some() => call_annotate(&f),
        _ => Ok(dict::new()),
    }
}

/// `type.__dict__['__annotations__']` and `['__annotate__']`: the
/// descriptors `annotationlib` reads a class's own annotations through.
pub fn install_type_descriptors() {
    let ty = &crate::types::object::TYPE_TYPE;
    let getters: [(&'static str, super::objects::NativeFn); 2] = [
        ("__annotations__", |a, _| {
            match a[0].downcast::<TypeObject>() {
                Some(t) => type_annotations(t),
                None => Err(type_error("descriptor requires a type")),
            }
        }),
        ("__annotate__", |a, _| match a[0].downcast::<TypeObject>() {
            Some(t) => type_annotate(t),
            None => Err(type_error("descriptor requires a type")),
        }),
    ];
    for (name, get) in getters {
        let descr = super::slot_wrappers::new_getset(ty, name, get);
        let _ = dict::set_item(ty.dict(), pystr::intern(name), descr);
    }
}
