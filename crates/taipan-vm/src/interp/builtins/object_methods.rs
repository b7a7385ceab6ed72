//! Methods of object and BaseException.

use super::*;

pub(super) fn m_object_init(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::none())
}
pub(super) fn m_object_new(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let ty = a
        .first()
        .and_then(|t| t.downcast::<TypeObject>())
        .ok_or_else(|| type_error("object.__new__(X): X is not a type object"))?;
    classes::new_instance(ty, &a[1..])
}
pub(super) fn m_object_repr(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let ty = a[0].type_of();
    Ok(pystr::new(&format!(
        "<{}.{} object at {:#x}>",
        ty.module,
        ty.qualname,
        crate::types::object::address(&a[0])
    )))
}
pub(super) fn m_object_str(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    ops::repr(&a[0])
}
pub(super) fn m_object_eq(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(if a[0].is(&a[1]) {
        singletons::true_()
    } else {
        singletons::not_implemented()
    })
}
pub(super) fn m_object_hash(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(crate::types::object::identity_hash(&a[0])?))
}
pub(super) fn m_object_setattr(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::generic_setattr(&a[0], &a[1], Some(&a[2]))?;
    Ok(singletons::none())
}
pub(super) fn m_object_getattribute(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::generic_getattr(&a[0], &a[1])
}
pub(super) fn m_object_init_subclass(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::none())
}
pub(super) fn m_exc_init(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = a.len() - k.len();
    if let Some(e) = a[0].downcast::<exceptions::ExceptionObject>() {
        drop(
            e.args
                .replace(PyPayload::header(e), tuple::new(a[1..n].to_vec())),
        );
    }
    Ok(singletons::none())
}
pub(super) fn m_exc_with_traceback(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::exc_setattr(&a[0], &pystr::intern("__traceback__"), Some(&a[1]))?;
    Ok(a[0].clone())
}
pub(super) fn m_exc_add_note(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if pystr::as_str(&a[1]).is_none() {
        return Err(type_error(format!(
            "add_note() argument must be str, not {}",
            a[1].type_of().name
        )));
    }
    let d = attrs::instance_dict(&a[0]).expect("dict");
    let key = pystr::intern("__notes__");
    let notes = match dict::get_item(&d, &key)? {
        Some(n) => n,
        None => {
            let l = list::new(Vec::new());
            dict::set_item(&d, key, l.clone())?;
            l
        }
    };
    if notes.downcast::<list::ListObject>().is_none() {
        return Err(type_error("Cannot add note: __notes__ is not a list"));
    }
    attrs::list_append(&notes, a[1].clone())?;
    Ok(singletons::none())
}

/// `object`'s methods (for `super().__init__()` and friends).
pub fn object_method(name: &str) -> Option<Value> {
    let d = OBJECT_TYPE.dict();
    dict::get_item(d, &pystr::intern(name)).ok().flatten()
}

pub(super) fn install() {
    add_methods(
        &OBJECT_TYPE,
        &[
            ("__init__", m_object_init),
            ("__repr__", m_object_repr),
            ("__str__", m_object_str),
            ("__eq__", m_object_eq),
            ("__hash__", m_object_hash),
            ("__setattr__", m_object_setattr),
            ("__getattribute__", m_object_getattribute),
        ],
    );
    let _ = dict::set_item(
        OBJECT_TYPE.dict(),
        pystr::intern("__new__"),
        classes::new_wrapper(
            &classes::STATICMETHOD_TYPE,
            objects::native("__new__", m_object_new),
        ),
    );
    let _ = dict::set_item(
        OBJECT_TYPE.dict(),
        pystr::intern("__init_subclass__"),
        classes::new_wrapper(
            &classes::CLASSMETHOD_TYPE,
            objects::native("__init_subclass__", m_object_init_subclass),
        ),
    );
    add_methods(
        &exceptions::BASE_EXCEPTION,
        &[
            ("__init__", m_exc_init),
            ("with_traceback", m_exc_with_traceback),
            ("add_note", m_exc_add_note),
        ],
    );
}
