//! `object` and `type`: the roots of the type system, and the default
//! slot functions other types share.

use std::ptr::NonNull;

use crate::error::{PyErr, PyResult};
use crate::hash;
use crate::object::{tpflags, CompareOp, ObjHeader, Slots, TypeObject, Value};
use crate::types::exceptions::{ATTRIBUTE_ERROR, TYPE_ERROR};
use crate::types::{dict, singletons, str as pystr};

/// The `dealloc` slot of statically allocated objects (types,
/// singletons): they are immortal, so it is never called.
///
/// # Safety
/// Trivially safe; `unsafe` only to match the slot's signature.
pub(crate) unsafe fn static_dealloc(_obj: NonNull<ObjHeader>) {}

pub static OBJECT_TYPE: TypeObject = TypeObject::new_static(
    "object",
    None,
    tpflags::BASETYPE,
    Slots {
        hash: Some(identity_hash),
        repr: Some(object_repr),
        richcompare: Some(identity_richcompare),
        getattr: Some(generic_getattr),
        ..Slots::new(crate::object::payload::dealloc_box::<crate::interp::classes::InstanceObject>)
    },
);

pub static TYPE_TYPE: TypeObject = TypeObject::new_static(
    "type",
    Some(&OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::TYPE_SUBCLASS,
    Slots {
        hash: Some(identity_hash),
        repr: Some(type_repr),
        richcompare: Some(identity_richcompare),
        getattr: Some(type_getattr),
        setattr: Some(type_setattr),
        number: {
            let mut n = [None; crate::object::NUM_BINOPS];
            n[crate::object::BinOp::Or as usize] =
                Some(crate::interp::classes::type_or as crate::object::BinaryFn);
            n
        },
        ..Slots::new(static_dealloc)
    },
);

/// The address of the object a value points to (0 for small ints, which
/// have no address).
pub fn address(v: &Value) -> usize {
    v.header().map_or(0, |h| h as *const ObjHeader as usize)
}

/// `object.__hash__`: identity.
pub fn identity_hash(v: &Value) -> PyResult<i64> {
    if let Some(h) = crate::interp::classes::late_hash(v) {
        return h;
    }
    Ok(hash::hash_pointer(address(v)))
}

/// `object.__eq__` / `__ne__`: identity; ordering is not supported.
pub fn identity_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if let Some(r) = crate::interp::classes::late_richcompare(a, b, op) {
        return r;
    }
    Ok(match op {
        CompareOp::Eq if a.is(b) => singletons::true_(),
        CompareOp::Ne if a.is(b) => singletons::false_(),
        CompareOp::Ne => singletons::not_implemented(),
        _ => singletons::not_implemented(),
    })
}

/// `object.__repr__`'s text: `<module.qualname object at 0x…>`, without
/// the module for built-in types.
pub fn default_repr_text(v: &Value) -> String {
    let ty = v.type_of();
    if ty.module == "builtins" {
        format!("<{} object at {:#x}>", ty.qualname, address(v))
    } else {
        format!(
            "<{}.{} object at {:#x}>",
            ty.module,
            ty.qualname,
            address(v)
        )
    }
}

fn object_repr(v: &Value) -> PyResult<Value> {
    if let Some(r) = crate::interp::classes::late_repr(v) {
        return r;
    }
    Ok(pystr::new(&default_repr_text(v)))
}

/// Looks `name` up along the MRO of `ty` (the attribute dicts).
pub fn lookup_in_type(ty: &TypeObject, name: &Value) -> PyResult<Option<Value>> {
    if ty.has_flag(tpflags::HEAPTYPE) {
        for t in crate::types::tuple::items(ty.mro()) {
            let cur = t.downcast::<TypeObject>().expect("__mro__ holds types");
            if let Some(d) = cur.dict_if_created() {
                if let Some(found) = dict::get_item(d, name)? {
                    return Ok(Some(found));
                }
            }
        }
        return Ok(None);
    }
    let mut t = Some(ty);
    while let Some(cur) = t {
        if let Some(d) = cur.dict_if_created() {
            if let Some(found) = dict::get_item(d, name)? {
                return Ok(Some(found));
            }
        }
        t = cur.base();
    }
    Ok(None)
}

/// `object.__getattribute__` for objects without an instance dict: class
/// attributes along the MRO (descriptors arrive with the function and
/// class slice).
pub fn generic_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    if let Some(found) = lookup_in_type(v.type_of(), name)? {
        return Ok(found);
    }
    Err(PyErr::new(
        &ATTRIBUTE_ERROR,
        format!(
            "'{}' object has no attribute '{}'",
            v.type_of().name,
            pystr::to_string_lossy(name)
        ),
    ))
}

fn as_type(v: &Value) -> &TypeObject {
    v.downcast::<TypeObject>().unwrap_or_else(|| v.type_of())
}

/// `cls.__module__`: a heap class keeps it in its namespace, where
/// assignments (`cls.__module__ = ...`) go.
fn type_module(ty: &TypeObject) -> Value {
    if ty.has_flag(tpflags::HEAPTYPE) {
        let key = pystr::intern("__module__");
        if let Some(m) = ty
            .dict_if_created()
            .and_then(|d| dict::get_item(d, &key).ok().flatten())
        {
            return m;
        }
    }
    pystr::new(&ty.module)
}

fn type_repr(v: &Value) -> PyResult<Value> {
    let ty = as_type(v);
    let module = type_module(ty);
    Ok(pystr::new(&match pystr::as_str(&module) {
        Some("builtins") => format!("<class '{}'>", ty.qualname),
        Some(m) => format!("<class '{m}.{}'>", ty.qualname),
        None => format!("<class '{}'>", ty.qualname),
    }))
}

fn type_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let ty = as_type(v);
    match pystr::as_str(name) {
        Some("__name__") => return Ok(pystr::new(&ty.name)),
        Some("__qualname__") => return Ok(pystr::new(&ty.qualname)),
        Some("__module__") => return Ok(type_module(ty)),
        Some("__mro__") => return Ok(ty.mro().clone()),
        Some("__bases__") => return Ok(ty.bases().clone()),
        Some("__base__") => {
            return Ok(match ty.base() {
                Some(b) => b.as_value(),
                None => singletons::none(),
            })
        }
        _ => {}
    }
    if let Some(found) = lookup_in_type(ty, name)? {
        return Ok(found);
    }
    Err(PyErr::new(
        &ATTRIBUTE_ERROR,
        format!(
            "type object '{}' has no attribute '{}'",
            ty.name,
            pystr::to_string_lossy(name)
        ),
    ))
}

/// The type checks of assigning `__name__`, `__qualname__` and
/// `__bases__` on a class.
fn check_special_type_attr(ty: &TypeObject, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let attr = match pystr::as_str(name) {
        Some(a @ ("__name__" | "__qualname__" | "__bases__")) => a,
        _ => return Ok(()),
    };
    let Some(value) = value else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "cannot delete '{attr}' attribute of immutable type '{}'",
                ty.name
            ),
        ));
    };
    let vty = value.type_of();
    let message = if attr == "__bases__" {
        match value.downcast::<super::tuple::TupleObject>() {
            None => format!(
                "can only assign tuple to {}.__bases__, not {}",
                ty.name, vty.name
            ),
            Some(t) if t.items().is_empty() => format!(
                "can only assign non-empty tuple to {}.__bases__, not ()",
                ty.name
            ),
            Some(_) => return Ok(()),
        }
    } else if !vty.is_subtype_of(&pystr::STR_TYPE) {
        format!(
            "can only assign string to {}.{attr}, not '{}'",
            ty.name, vty.name
        )
    } else {
        return Ok(());
    };
    Err(PyErr::new(&TYPE_ERROR, message))
}

fn type_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let ty = as_type(v);
    if ty.has_flag(tpflags::IMMUTABLE) {
        // CPython says "set" for deletion too.
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "cannot set '{}' attribute of immutable type '{}'",
                pystr::to_string_lossy(name),
                ty.name
            ),
        ));
    }
    check_special_type_attr(ty, name, value)?;
    let d = ty.dict();
    match value {
        Some(value) => dict::set_item(d, name.clone(), value.clone())?,
        None => dict::del_item(d, name)?,
    }
    ty.modified();
    if crate::interp::classes::is_late_dunder(name) {
        ty.mark_late_dunders();
    }
    Ok(())
}
