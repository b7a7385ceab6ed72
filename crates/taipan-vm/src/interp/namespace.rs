//! `types.SimpleNamespace`: an object whose attributes are its `__dict__`
//! (`sys.implementation` is one).

use super::attrs::generic_getattr;
use super::objects::{base_slots, native};
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::payload::dealloc_box;
use crate::object::{CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::types::exceptions::ATTRIBUTE_ERROR;
use crate::types::object::OBJECT_TYPE;
use crate::types::{dict, singletons, str as pystr};

#[repr(C)]
pub struct NamespaceObject {
    header: ObjHeader,
    dict: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for NamespaceObject {
    fn type_object() -> &'static TypeObject {
        &NAMESPACE_TYPE
    }
}

pub static NAMESPACE_TYPE: TypeObject = TypeObject::new_static_in(
    "types",
    "SimpleNamespace",
    Some(&OBJECT_TYPE),
    0,
    Slots {
        repr: Some(namespace_repr),
        getattr: Some(namespace_getattr),
        setattr: Some(namespace_setattr),
        richcompare: Some(namespace_richcompare),
        hash: None,
        ..base_slots(dealloc_box::<NamespaceObject>)
    },
);

/// A namespace holding `items`.
pub fn new_namespace(items: Vec<(&str, Value)>) -> Value {
    let d = dict::new();
    for (k, v) in items {
        let _ = dict::set_item(&d, pystr::intern(k), v);
    }
    from_dict(d)
}

fn from_dict(dict: Value) -> Value {
    Value::from_box(Box::new(NamespaceObject {
        header: ObjHeader::new(&NAMESPACE_TYPE),
        dict,
    }))
}

fn dict_of(v: &Value) -> &Value {
    &v.downcast::<NamespaceObject>().expect("namespace").dict
}

fn no_attribute(name: &Value) -> PyErr {
    PyErr::new(
        &ATTRIBUTE_ERROR,
        format!(
            "'types.SimpleNamespace' object has no attribute '{}'",
            pystr::to_string_lossy(name)
        ),
    )
}

fn namespace_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let d = dict_of(v);
    if pystr::as_str(name) == Some("__dict__") {
        return Ok(d.clone());
    }
    if let Some(x) = dict::get_item(d, name)? {
        return Ok(x);
    }
    generic_getattr(v, name).map_err(|e| {
        if e.matches(&ATTRIBUTE_ERROR) {
            no_attribute(name)
        } else {
            e
        }
    })
}

fn namespace_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let d = dict_of(v);
    match value {
        Some(x) => dict::set_item(d, name.clone(), x.clone()),
        None => {
            if dict::get_item(d, name)?.is_none() {
                return Err(no_attribute(name));
            }
            dict::del_item(d, name)
        }
    }
}

/// `namespace(a=1, b=2)`; `namespace(...)` inside itself.
fn namespace_repr(v: &Value) -> PyResult<Value> {
    let Some(_guard) = crate::ops::ReprGuard::enter(v) else {
        return Ok(pystr::new("namespace(...)"));
    };
    let mut parts = Vec::new();
    for (k, x) in super::attrs::dict_items(dict_of(v)) {
        let value = pystr::to_string_lossy(&crate::ops::repr(&x)?);
        parts.push(format!("{}={value}", pystr::to_string_lossy(&k)));
    }
    Ok(pystr::new(&format!("namespace({})", parts.join(", "))))
}

fn namespace_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (
        a.downcast::<NamespaceObject>(),
        b.downcast::<NamespaceObject>(),
    ) else {
        return Ok(singletons::not_implemented());
    };
    match op {
        CompareOp::Eq | CompareOp::Ne => crate::ops::richcompare(&x.dict, &y.dict, op),
        _ => Ok(singletons::not_implemented()),
    }
}

/// `SimpleNamespace(mapping_or_iterable=(), /, **kwargs)`.
fn namespace_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let npos = a.len() - k.len();
    if npos > 2 {
        return Err(type_error(format!(
            "SimpleNamespace expected at most 1 argument, got {}",
            npos - 1
        )));
    }
    let d = match a.get(1).filter(|_| npos == 2) {
        Some(src) => call_object(&dict::DICT_TYPE.as_value(), std::slice::from_ref(src), &[])?,
        None => dict::new(),
    };
    for (key, v) in k.iter().zip(&a[npos..]) {
        dict::set_item(&d, key.clone(), v.clone())?;
    }
    if super::attrs::dict_items(&d)
        .iter()
        .any(|(key, _)| pystr::as_str(key).is_none())
    {
        return Err(type_error("keywords must be strings"));
    }
    Ok(from_dict(d))
}

pub fn install() {
    let f = super::classes::new_wrapper(
        &super::classes::STATICMETHOD_TYPE,
        native("__new__", namespace_new),
    );
    let _ = dict::set_item(NAMESPACE_TYPE.dict(), pystr::intern("__new__"), f);
}
