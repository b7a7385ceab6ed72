//! Methods of set and frozenset. Results of the non-mutating methods have
//! the base kind of the receiver (set or frozenset), as in CPython.

use super::*;
use crate::types::set::{SetObject, FROZENSET_TYPE, SET_TYPE};

/// The receiver's table (the method descriptor already checked its type).
fn me(v: &Value) -> PyResult<&SetObject> {
    v.downcast::<SetObject>()
        .ok_or_else(|| type_error(format!("expected a set, got '{}'", v.type_of().name)))
}

/// `{qual}() takes exactly one argument (N given)` for one-argument methods.
pub(super) fn exactly_one(qual: &str, a: &[Value], kw: &[Value]) -> PyResult<()> {
    no_keywords(qual, kw)?;
    if a.len() != 2 {
        return Err(type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

/// `{qual}() takes no arguments (N given)` for argument-less methods.
pub(super) fn no_args(qual: &str, a: &[Value], kw: &[Value]) -> PyResult<()> {
    no_keywords(qual, kw)?;
    if a.len() != 1 {
        return Err(type_error(format!(
            "{qual}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

pub(super) fn no_keywords(qual: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{qual}() takes no keyword arguments")))
    }
}

fn kind_of(v: &Value) -> &'static TypeObject {
    if v.type_of().is_subtype_of(&FROZENSET_TYPE) {
        &FROZENSET_TYPE
    } else {
        &SET_TYPE
    }
}

/// A new set or frozenset holding a copy of `src`'s table.
fn copy_as(ty: &'static TypeObject, src: &Value) -> PyResult<Value> {
    let out = set::new_of_type(ty);
    me(&out)?.update(src)?;
    Ok(out)
}

/// `other` as a set table: itself when it is one, else a temporary set.
fn as_table(other: &Value) -> PyResult<Value> {
    if other.downcast::<SetObject>().is_some() {
        Ok(other.clone())
    } else {
        set::new_set(collect(other)?)
    }
}

fn m_set_add(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exactly_one("set.add", a, k)?;
    me(&a[0])?.add(a[1].clone())?;
    Ok(singletons::none())
}
fn m_set_discard(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exactly_one("set.discard", a, k)?;
    let s = me(&a[0])?;
    set::with_frozen_key(&a[1], |key| s.discard(key))?;
    Ok(singletons::none())
}
fn m_set_remove(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exactly_one("set.remove", a, k)?;
    let s = me(&a[0])?;
    if set::with_frozen_key(&a[1], |key| s.discard(key))? {
        Ok(singletons::none())
    } else {
        Err(PyErr::with_args(&exceptions::KEY_ERROR, vec![a[1].clone()]))
    }
}
fn m_set_pop(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("set.pop", a, k)?;
    me(&a[0])?.pop()
}
fn m_set_clear(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("set.clear", a, k)?;
    me(&a[0])?.clear();
    Ok(singletons::none())
}
fn m_set_copy(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args(&format!("{}.copy", kind_of(&a[0]).name), a, k)?;
    // An exact frozenset is immutable: its copy is itself.
    if a[0].is_exact(&FROZENSET_TYPE) {
        return Ok(a[0].clone());
    }
    copy_as(kind_of(&a[0]), &a[0])
}

fn m_set_union(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords(&format!("{}.union", kind_of(&a[0]).name), k)?;
    let out = copy_as(kind_of(&a[0]), &a[0])?;
    let t = me(&out)?;
    for other in &a[1..] {
        t.update(other)?;
    }
    Ok(out)
}

/// The elements of `x` that are (or are not) in `other`, in the order of
/// the iterated side (the smaller one for an intersection of two sets).
fn intersect(x: &Value, other: &Value) -> PyResult<Vec<Value>> {
    let xs = me(x)?;
    let mut out = Vec::new();
    if let Some(o) = other.downcast::<SetObject>() {
        let (small, big) = if o.len() > xs.len() { (xs, o) } else { (o, xs) };
        for e in small.elements() {
            if big.contains(&e)? {
                out.push(e);
            }
        }
    } else {
        let it = attrs::iter(other)?;
        while let Some(e) = attrs::next(&it)? {
            if xs.contains(&e)? {
                out.push(e);
            }
        }
    }
    Ok(out)
}

fn m_set_intersection(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords(&format!("{}.intersection", kind_of(&a[0]).name), k)?;
    let ty = kind_of(&a[0]);
    if a.len() == 1 {
        return copy_as(ty, &a[0]);
    }
    let mut cur = a[0].clone();
    for other in &a[1..] {
        cur = set::filled_of_type(ty, intersect(&cur, other)?)?;
    }
    Ok(cur)
}
pub(super) fn m_set_intersection_update(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords("set.intersection_update", k)?;
    let result = m_set_intersection(a, &[])?;
    replace_contents(&a[0], &result)?;
    Ok(singletons::none())
}

fn replace_contents(target: &Value, src: &Value) -> PyResult<()> {
    let t = me(target)?;
    t.clear();
    t.update(src)
}

fn difference(x: &Value, other: &Value) -> PyResult<Vec<Value>> {
    let o = as_table(other)?;
    let os = me(&o)?;
    let mut out = Vec::new();
    for e in me(x)?.elements() {
        if !os.contains(&e)? {
            out.push(e);
        }
    }
    Ok(out)
}

fn m_set_difference(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords(&format!("{}.difference", kind_of(&a[0]).name), k)?;
    let ty = kind_of(&a[0]);
    let mut cur = copy_as(ty, &a[0])?;
    for other in &a[1..] {
        cur = set::filled_of_type(ty, difference(&cur, other)?)?;
    }
    Ok(cur)
}
pub(super) fn m_set_difference_update(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords("set.difference_update", k)?;
    let s = me(&a[0])?;
    for other in &a[1..] {
        if other.is(&a[0]) {
            s.clear();
            continue;
        }
        let it = attrs::iter(other)?;
        while let Some(e) = attrs::next(&it)? {
            s.discard(&e)?;
        }
    }
    Ok(singletons::none())
}

/// Toggles each element of `other` in `target`.
fn toggle_all(target: &Value, other: &Value) -> PyResult<()> {
    let t = me(target)?;
    if other.is(target) {
        t.clear();
        return Ok(());
    }
    let o = as_table(other)?;
    for e in me(&o)?.elements() {
        if !t.discard(&e)? {
            t.add(e)?;
        }
    }
    Ok(())
}

fn m_set_symmetric_difference(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exactly_one(
        &format!("{}.symmetric_difference", kind_of(&a[0]).name),
        a,
        k,
    )?;
    let out = copy_as(kind_of(&a[0]), &a[0])?;
    toggle_all(&out, &a[1])?;
    Ok(out)
}
pub(super) fn m_set_symmetric_difference_update(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exactly_one("set.symmetric_difference_update", a, k)?;
    toggle_all(&a[0], &a[1])?;
    Ok(singletons::none())
}
pub(super) fn m_set_update(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords("set.update", k)?;
    let s = me(&a[0])?;
    for other in &a[1..] {
        s.update(other)?;
    }
    Ok(singletons::none())
}

fn m_set_isdisjoint(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exactly_one(&format!("{}.isdisjoint", kind_of(&a[0]).name), a, k)?;
    Ok(singletons::bool(intersect(&a[0], &a[1])?.is_empty()))
}

/// Whether every element of `x` is in `y` (both set tables).
fn subset(x: &Value, y: &Value) -> PyResult<bool> {
    let (xs, ys) = (me(x)?, me(y)?);
    if xs.len() > ys.len() {
        return Ok(false);
    }
    for e in xs.elements() {
        if !ys.contains(&e)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn m_set_issubset(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exactly_one(&format!("{}.issubset", kind_of(&a[0]).name), a, k)?;
    Ok(singletons::bool(subset(&a[0], &as_table(&a[1])?)?))
}
fn m_set_issuperset(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exactly_one(&format!("{}.issuperset", kind_of(&a[0]).name), a, k)?;
    let s = me(&a[0])?;
    if a[1].downcast::<SetObject>().is_some() {
        return Ok(singletons::bool(subset(&a[1], &a[0])?));
    }
    let it = attrs::iter(&a[1])?;
    while let Some(e) = attrs::next(&it)? {
        if !s.contains(&e)? {
            return Ok(singletons::false_());
        }
    }
    Ok(singletons::true_())
}

pub(super) fn install() {
    let shared: &[(&'static str, objects::NativeFn)] = &[
        ("copy", m_set_copy),
        ("union", m_set_union),
        ("intersection", m_set_intersection),
        ("difference", m_set_difference),
        ("symmetric_difference", m_set_symmetric_difference),
        ("isdisjoint", m_set_isdisjoint),
        ("issubset", m_set_issubset),
        ("issuperset", m_set_issuperset),
    ];
    add_methods(&SET_TYPE, shared);
    add_methods(&FROZENSET_TYPE, shared);
    add_methods(
        &SET_TYPE,
        &[
            ("add", m_set_add),
            ("pop", m_set_pop),
            ("update", m_set_update),
            ("intersection_update", m_set_intersection_update),
            ("difference_update", m_set_difference_update),
            (
                "symmetric_difference_update",
                m_set_symmetric_difference_update,
            ),
            ("discard", m_set_discard),
            ("remove", m_set_remove),
            ("clear", m_set_clear),
        ],
    );
    crate::interp::slot_wrappers::install(&[&SET_TYPE]);
    crate::interp::slot_wrappers::install(&[&FROZENSET_TYPE]);
}
