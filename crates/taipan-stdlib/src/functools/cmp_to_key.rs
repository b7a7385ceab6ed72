//! `functools.cmp_to_key`: a `KeyWrapper` holding an old-style comparison
//! function; calling it wraps an object in another `KeyWrapper` whose
//! rich comparisons call the function and compare its result with 0.

use taipan_vm::interp::{attrs, call_object, type_error};
use taipan_vm::object::payload::dealloc_box;
use taipan_vm::object::{CompareOp, ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::exceptions::ATTRIBUTE_ERROR;
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{int, str as pystr};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::bind;

#[repr(C)]
pub struct KeyWrapper {
    header: ObjHeader,
    cmp: Value,
    /// The wrapped object; `None` for the callable `cmp_to_key` returns.
    obj: Option<Value>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for KeyWrapper {
    fn type_object() -> &'static TypeObject {
        &KEY_WRAPPER_TYPE
    }
}

fn new(cmp: Value, obj: Option<Value>) -> Value {
    Value::from_box(Box::new(KeyWrapper {
        header: ObjHeader::new(&KEY_WRAPPER_TYPE),
        cmp,
        obj,
    }))
}

/// `cmp_to_key(mycmp)`.
pub(super) fn cmp_to_key(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = bind("cmp_to_key", args, kwnames, &["mycmp"], 1, 1)?;
    Ok(new(p[0].clone().expect("bound"), None))
}

/// `K(obj)`: wraps `obj`.
fn call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let k = v.downcast::<KeyWrapper>().expect("KeyWrapper");
    let n = args.len() + kwargs.map_or(Ok(0), ops::len)?;
    if n > 1 {
        return Err(type_error(format!(
            "K() takes at most 1 argument ({n} given)"
        )));
    }
    let obj = match (args.first(), kwargs) {
        (Some(a), _) => a.clone(),
        (None, Some(kw)) => attrs::mapping_get(kw, &pystr::intern("obj"))?
            .ok_or_else(|| type_error("K() got an unexpected keyword argument"))?,
        (None, None) => return Err(type_error("K() missing required argument 'obj' (pos 1)")),
    };
    Ok(new(k.cmp.clone(), Some(obj)))
}

fn richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let x = a.downcast::<KeyWrapper>().expect("KeyWrapper");
    let Some(y) = b.downcast::<KeyWrapper>() else {
        return Err(type_error("other argument must be K instance"));
    };
    let none = taipan_vm::types::singletons::none;
    let xo = x.obj.clone().unwrap_or_else(none);
    let yo = y.obj.clone().unwrap_or_else(none);
    let r = call_object(&x.cmp, &[xo, yo], &[])?;
    ops::richcompare(&r, &int::from_i64(0), op)
}

fn getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let k = v.downcast::<KeyWrapper>().expect("KeyWrapper");
    if pystr::as_str(name) == Some("obj") {
        return k.obj.clone().ok_or_else(|| {
            PyErr::new(
                &ATTRIBUTE_ERROR,
                "'functools.KeyWrapper' object has no attribute 'obj'",
            )
        });
    }
    attrs::generic_getattr(v, name)
}

pub static KEY_WRAPPER_TYPE: TypeObject = TypeObject::new_static_in(
    "functools",
    "KeyWrapper",
    Some(&OBJECT_TYPE),
    0,
    Slots {
        call: Some(call),
        richcompare: Some(richcompare),
        getattr: Some(getattr),
        ..Slots::new(dealloc_box::<KeyWrapper>)
    },
);
