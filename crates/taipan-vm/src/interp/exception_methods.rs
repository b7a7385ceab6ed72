//! Methods of `BaseException` that heap subclasses reach through their
//! type's MRO: `__str__`, `__repr__` (the built-in slots) and
//! `__reduce__`.

use crate::error::PyResult;
use crate::object::Value;
use crate::types::exceptions::{ExceptionObject, BASE_EXCEPTION};
use crate::types::{dict, str as pystr, tuple};

/// The slot of the nearest built-in base, so `KeyError`'s `str` stays
/// its own in subclasses.
fn builtin_slot(
    v: &Value,
    pick: fn(&crate::object::Slots) -> Option<crate::object::typeobj::ReprFn>,
) -> Option<crate::object::typeobj::ReprFn> {
    let mut t = Some(v.type_of());
    while let Some(ty) = t {
        if !ty.has_flag(crate::object::tpflags::HEAPTYPE) {
            return pick(&ty.slots);
        }
        t = ty.base();
    }
    None
}

fn m_str(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    match builtin_slot(&a[0], |s| s.str) {
        Some(f) => f(&a[0]),
        None => Ok(pystr::new("")),
    }
}

fn m_repr(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    match builtin_slot(&a[0], |s| s.repr) {
        Some(f) => f(&a[0]),
        None => Ok(pystr::new("")),
    }
}

fn m_reduce(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let v = &a[0];
    let args = crate::types::exceptions::args(v);
    let mut items = vec![v.type_of().as_value(), args];
    if let Some(e) = v.downcast::<ExceptionObject>() {
        let d = e.dict.get(crate::object::PyPayload::header(e));
        if d.downcast::<dict::DictObject>()
            .is_some_and(|x| !x.is_empty())
        {
            items.push(d);
        }
    }
    Ok(tuple::new(items))
}

/// The cause of `raise ... from cause`: None, an exception instance, or
/// an exception class to instantiate.
pub fn make_cause(cause: &Value) -> PyResult<Value> {
    if crate::types::singletons::is_none(cause) {
        return Ok(cause.clone());
    }
    let base = &BASE_EXCEPTION;
    if cause
        .downcast::<crate::object::TypeObject>()
        .is_some_and(|t| t.is_subtype_of(base))
    {
        let inst = super::call_object(cause, &[], &[])?;
        if !inst.type_of().is_subtype_of(base) {
            return Err(super::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                pystr::to_string_lossy(&crate::ops::repr(cause)?),
                inst.type_of().name
            )));
        }
        return Ok(inst);
    }
    if cause.type_of().is_subtype_of(base) {
        return Ok(cause.clone());
    }
    Err(super::type_error(
        "exception causes must derive from BaseException",
    ))
}

/// Checks a value assigned to `__cause__` or `__context__` (`what`).
pub fn check_link(what: &str, v: &Value) -> PyResult<()> {
    if crate::types::singletons::is_none(v) || v.type_of().is_subtype_of(&BASE_EXCEPTION) {
        return Ok(());
    }
    Err(super::type_error(format!(
        "exception {what} must be None or derive from BaseException"
    )))
}

pub fn install() {
    let d = BASE_EXCEPTION.dict();
    for (name, f) in [
        ("__str__", m_str as super::objects::NativeFn),
        ("__repr__", m_repr),
        ("__reduce__", m_reduce),
    ] {
        let _ = dict::set_item(
            d,
            pystr::intern(name),
            super::objects::native_method(&BASE_EXCEPTION, name, f),
        );
    }
}
