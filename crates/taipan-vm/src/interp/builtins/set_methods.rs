//! Methods of set and frozenset.

use super::*;

pub(super) fn m_set_add(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::set_add(&a[0], a[1].clone())?;
    Ok(singletons::none())
}
pub(super) fn m_set_discard(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    a[0].downcast::<crate::types::set::SetObject>()
        .expect("set")
        .discard(&a[1])?;
    Ok(singletons::none())
}
pub(super) fn m_set_remove(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    a[0].downcast::<crate::types::set::SetObject>()
        .expect("set")
        .remove(&a[1])?;
    Ok(singletons::none())
}

pub(super) fn m_set_pop(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let st = a[0]
        .downcast::<crate::types::set::SetObject>()
        .expect("set");
    if st.is_empty() {
        return Err(PyErr::with_args(
            &exceptions::KEY_ERROR,
            vec![pystr::new("pop from an empty set")],
        ));
    }
    st.pop()
}
pub(super) fn set_combine(
    a: &[Value],
    keep: fn(bool, bool) -> bool,
    union: bool,
) -> PyResult<Value> {
    let mut items = collect(&a[0])?;
    for other in &a[1..] {
        let o = collect(other)?;
        let oset = set::new_set(o.clone())?;
        let mine = set::new_set(items.clone())?;
        let mut next: Vec<Value> = Vec::new();
        for x in &items {
            if keep(true, attrs::contains(&oset, x)?) {
                next.push(x.clone());
            }
        }
        if union {
            for x in o {
                if !attrs::contains(&mine, &x)? {
                    next.push(x);
                }
            }
        }
        items = next;
    }
    if a[0]
        .type_of()
        .is_subtype_of(&crate::types::set::FROZENSET_TYPE)
    {
        set::new_frozenset(items)
    } else {
        set::new_set(items)
    }
}
pub(super) fn m_set_union(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_combine(a, |_, _| true, true)
}
pub(super) fn m_set_intersection(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_combine(a, |_, inside| inside, false)
}
pub(super) fn m_set_difference(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_combine(a, |_, inside| !inside, false)
}
pub(super) fn m_set_issubset(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let o = set::new_set(collect(&a[1])?)?;
    for x in collect(&a[0])? {
        if !attrs::contains(&o, &x)? {
            return Ok(singletons::false_());
        }
    }
    Ok(singletons::true_())
}
pub(super) fn m_set_update(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    for other in &a[1..] {
        for x in collect(other)? {
            attrs::set_add(&a[0], x)?;
        }
    }
    Ok(singletons::none())
}

pub(super) fn install() {
    use crate::types::set::{FROZENSET_TYPE, SET_TYPE};
    add_methods(
        &SET_TYPE,
        &[
            ("add", m_set_add),
            ("pop", m_set_pop),
            ("union", m_set_union),
            ("intersection", m_set_intersection),
            ("difference", m_set_difference),
            ("issubset", m_set_issubset),
            ("update", m_set_update),
            ("copy", m_list_copy_set),
            ("discard", m_set_discard),
            ("remove", m_set_remove),
            ("clear", m_clear),
        ],
    );
    add_methods(
        &FROZENSET_TYPE,
        &[
            ("union", m_set_union),
            ("intersection", m_set_intersection),
            ("difference", m_set_difference),
            ("issubset", m_set_issubset),
            ("copy", m_list_copy_set),
        ],
    );
}
