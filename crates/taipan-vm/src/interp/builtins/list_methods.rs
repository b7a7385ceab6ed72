//! Methods of list and tuple (sort is shared with `sorted`).

use super::*;

pub(super) fn list_sort(args: &[Value], rest: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let _ = rest;
    let all: Vec<Value> = args.iter().chain(rest.iter()).cloned().collect();
    let key = kw_get(&all, kwnames, "key")
        .filter(|k| !singletons::is_none(k))
        .cloned();
    let reverse = match kw_get(&all, kwnames, "reverse") {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    let l = args[0]
        .downcast::<crate::types::list::ListObject>()
        .ok_or_else(|| type_error("sort needs a list"))?;
    let items = l.to_vec();
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items {
        let k = match &key {
            Some(f) => call_object(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        keyed.push((k, it));
    }
    if reverse {
        keyed.reverse();
    }
    let keyed = merge_sort(keyed)?;
    let mut keyed = keyed;
    if reverse {
        keyed.reverse();
    }
    l.clear();
    l.extend(keyed.into_iter().map(|(_, v)| v).collect());
    Ok(singletons::none())
}

/// Stable merge sort comparing `later < earlier` as CPython's timsort does
/// (so mixed-type errors name the operands in CPython's order).
pub(super) fn merge_sort(mut v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let lt = |a: &Value, b: &Value| ops::richcompare_bool(a, b, crate::object::CompareOp::Lt);
    if v.len() <= 32 {
        for i in 1..v.len() {
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(&v[i].0, &v[mid].0)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            let item = v.remove(i);
            v.insert(lo, item);
        }
        return Ok(v);
    }
    let right = v.split_off(v.len() / 2);
    let left = merge_sort(v)?;
    let right = merge_sort(right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut li = left.into_iter().peekable();
    let mut ri = right.into_iter().peekable();
    while let (Some(l), Some(r)) = (li.peek(), ri.peek()) {
        if lt(&r.0, &l.0)? {
            out.extend(ri.next());
        } else {
            out.extend(li.next());
        }
    }
    out.extend(li);
    out.extend(ri);
    Ok(out)
}

pub(super) fn m_list_append(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::list_append(&a[0], a[1].clone())?;
    Ok(singletons::none())
}
pub(super) fn m_list_extend(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::list_extend(&a[0], &a[1])?;
    Ok(singletons::none())
}
pub(super) fn m_list_pop(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = a[0]
        .downcast::<crate::types::list::ListObject>()
        .expect("list");
    if l.is_empty() {
        return Err(PyErr::new(&exceptions::INDEX_ERROR, "pop from empty list"));
    }
    l.pop(a.get(1).and_then(Value::as_small_int).unwrap_or(-1))
}
pub(super) fn m_list_insert(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = a[0]
        .downcast::<crate::types::list::ListObject>()
        .expect("list");
    l.insert(a[1].as_small_int().unwrap_or(0), a[2].clone());
    Ok(singletons::none())
}
pub(super) fn m_list_sort(a: &[Value], k: &[Value]) -> PyResult<Value> {
    list_sort(&a[..1], &a[1..], k)
}
pub(super) fn m_list_reverse(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = a[0]
        .downcast::<crate::types::list::ListObject>()
        .expect("list");
    let mut v = l.to_vec();
    v.reverse();
    l.clear();
    l.extend(v);
    Ok(singletons::none())
}
pub(super) fn m_list_index(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    for (i, x) in collect(&a[0])?.iter().enumerate() {
        if x.is(&a[1]) || ops::eq(x, &a[1])? {
            return Ok(int::from_i64(i as i64));
        }
    }
    Err(PyErr::new(
        &VALUE_ERROR,
        format!(
            "{} is not in list",
            pystr::to_string_lossy(&ops::repr(&a[1])?)
        ),
    ))
}
pub(super) fn m_count(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(t) = pystr::as_str(&a[0]) {
        let sub = s(&a[1]);
        if sub.is_empty() {
            return Ok(int::from_i64(t.chars().count() as i64 + 1));
        }
        return Ok(int::from_i64(t.matches(sub.as_str()).count() as i64));
    }
    let mut n = 0;
    for x in collect(&a[0])? {
        if x.is(&a[1]) || ops::eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}
pub(super) fn m_list_remove(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = a[0]
        .downcast::<crate::types::list::ListObject>()
        .expect("list");
    let mut v = l.to_vec();
    for i in 0..v.len() {
        if v[i].is(&a[1]) || ops::eq(&v[i], &a[1])? {
            v.remove(i);
            l.clear();
            l.extend(v);
            return Ok(singletons::none());
        }
    }
    Err(PyErr::new(&VALUE_ERROR, "list.remove(x): x not in list"))
}
pub(super) fn m_list_copy(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(list::new(collect(&a[0])?))
}
pub(super) fn m_list_copy_set(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_combine(&a[..1], |_, _| true, true)
}
pub(super) fn m_clear(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(l) = a[0].downcast::<crate::types::list::ListObject>() {
        l.clear();
    } else if let Some(d) = a[0].downcast::<crate::types::dict::DictObject>() {
        d.clear();
    } else if let Some(s) = a[0].downcast::<crate::types::set::SetObject>() {
        s.clear();
    }
    Ok(singletons::none())
}

pub(super) fn install() {
    use crate::types::{list::LIST_TYPE, tuple::TUPLE_TYPE};
    add_methods(
        &LIST_TYPE,
        &[
            ("append", m_list_append),
            ("extend", m_list_extend),
            ("pop", m_list_pop),
            ("insert", m_list_insert),
            ("sort", m_list_sort),
            ("reverse", m_list_reverse),
            ("index", m_list_index),
            ("count", m_count),
            ("remove", m_list_remove),
            ("copy", m_list_copy),
            ("clear", m_clear),
        ],
    );
    add_methods(&TUPLE_TYPE, &[("index", m_list_index), ("count", m_count)]);
}
