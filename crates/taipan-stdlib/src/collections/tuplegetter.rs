//! `collections._tuplegetter`: the data descriptor `namedtuple` puts on
//! its classes for the fields (item `index` of the tuple, read-only).

use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::objects::{base_slots, native_any_arity, native_method_any_arity, NativeFn};
use taipan_vm::interp::{attrs, classes, type_error};
use taipan_vm::object::extend::{ext_offset, Extended, InstanceExt};
use taipan_vm::object::{tpflags, ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::exceptions::{ATTRIBUTE_ERROR, INDEX_ERROR};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::tuple::TupleObject;
use taipan_vm::types::{dict, int, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::{index_ssize, no_keywords, positional};

#[repr(C)]
pub struct TupleGetter {
    header: ObjHeader,
    index: i64,
    /// The `doc` argument (`__doc__` itself lives in the instance dict, so
    /// that it can be reassigned).
    doc: Value,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for TupleGetter {
    fn type_object() -> &'static TypeObject {
        &TUPLEGETTER_TYPE
    }
}

fn getter(v: &Value) -> &TupleGetter {
    v.downcast::<TupleGetter>().expect("_tuplegetter")
}

/// `_tuplegetter(index, doc)`.
fn m_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("_tuplegetter", kwnames)?;
    let a = &positional(args, kwnames)[1..];
    check_count("", "_tuplegetter", a.len(), 2, 2)?;
    let index = index_ssize(&a[0])?;
    let v = Value::from_box(Box::new(Extended {
        base: TupleGetter {
            header: ObjHeader::new(&TUPLEGETTER_TYPE),
            index,
            doc: a[1].clone(),
        },
        ext: InstanceExt::new(true, 0),
    }));
    attrs::generic_setattr(&v, &pystr::intern("__doc__"), Some(&a[1]))?;
    Ok(v)
}

/// `__get__(obj, type=None)`: `obj[index]`.
fn m_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = getter(&args[0]);
    let Some(obj) = args.get(1).filter(|o| !singletons::is_none(o)) else {
        return Ok(args[0].clone());
    };
    if obj.downcast::<TupleObject>().is_none() {
        return Err(type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            obj.type_of().name
        )));
    }
    let items = tuple::items(obj);
    usize::try_from(g.index)
        .ok()
        .and_then(|i| items.get(i).cloned())
        .ok_or_else(|| PyErr::new(&INDEX_ERROR, "tuple index out of range"))
}

fn m_set(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(PyErr::new(&ATTRIBUTE_ERROR, "can't set attribute"))
}

fn m_delete(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(PyErr::new(&ATTRIBUTE_ERROR, "can't delete attribute"))
}

fn m_reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = getter(&args[0]);
    Ok(tuple::new(vec![
        TUPLEGETTER_TYPE.as_value(),
        tuple::new(vec![int::from_i64(g.index), g.doc.clone()]),
    ]))
}

fn repr(v: &Value) -> PyResult<Value> {
    let g = getter(v);
    let doc = pystr::to_string_lossy(&ops::repr(&g.doc)?);
    Ok(pystr::new(&format!("_tuplegetter({}, {doc})", g.index)))
}

pub static TUPLEGETTER_TYPE: TypeObject = TypeObject::new_static_in(
    "collections",
    "_tuplegetter",
    Some(&OBJECT_TYPE),
    tpflags::DESCR_GET,
    Slots {
        repr: Some(repr),
        setattr: Some(attrs::generic_setattr),
        ..base_slots(taipan_vm::object::extend::dealloc_extended::<TupleGetter>)
    },
)
.with_instance_ext(ext_offset::<TupleGetter>(), 0, true);

/// Fills the type's dict (once).
pub(super) fn install() {
    let d = TUPLEGETTER_TYPE.dict();
    let methods: [(&'static str, NativeFn); 4] = [
        ("__get__", m_get),
        ("__set__", m_set),
        ("__delete__", m_delete),
        ("__reduce__", m_reduce),
    ];
    for (name, f) in methods {
        let _ = dict::set_item(
            d,
            pystr::intern(name),
            native_method_any_arity(&TUPLEGETTER_TYPE, name, f),
        );
    }
    let _ = dict::set_item(
        d,
        pystr::intern("__new__"),
        classes::new_wrapper(
            &classes::STATICMETHOD_TYPE,
            native_any_arity("__new__", m_new),
        ),
    );
    taipan_vm::interp::slot_wrappers::install(&[&TUPLEGETTER_TYPE]);
}
