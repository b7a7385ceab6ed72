//! Methods of list and tuple (sort is shared with `sorted`).

use super::*;

pub(super) fn list_sort(args: &[Value], rest: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = rest.len() - kwnames.len();
    if npos > 0 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    for k in kwnames {
        if !matches!(pystr::as_str(k), Some("key" | "reverse")) {
            return Err(type_error(format!(
                "sort() got an unexpected keyword argument '{}'",
                s(k)
            )));
        }
    }
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
    // The list is empty while it sorts, as in CPython: mutation by a key
    // function or comparison is detected afterwards.
    let items = l.to_vec();
    l.clear();
    let sorted = sort_items(items.clone(), key.as_ref(), reverse);
    let modified = !l.is_empty();
    l.clear();
    match sorted {
        Ok(v) => l.extend(v),
        Err(e) => {
            l.extend(items);
            return Err(e);
        }
    }
    if modified {
        return Err(PyErr::new(&VALUE_ERROR, "list modified during sort"));
    }
    Ok(singletons::none())
}

fn sort_items(items: Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<Vec<Value>> {
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items {
        let k = match key {
            Some(f) => call_object(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        keyed.push((k, it));
    }
    // Reversing before and after a stable sort keeps equal items in order.
    if reverse {
        keyed.reverse();
    }
    let mut keyed = merge_sort(keyed)?;
    if reverse {
        keyed.reverse();
    }
    Ok(keyed.into_iter().map(|(_, v)| v).collect())
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
    let i = match a.get(1) {
        Some(v) => clamped_index(v)?,
        None => -1,
    };
    if l.is_empty() {
        return Err(PyErr::new(&exceptions::INDEX_ERROR, "pop from empty list"));
    }
    let n = l.len() as i64;
    if !(-n..n).contains(&i) {
        return Err(PyErr::new(
            &exceptions::INDEX_ERROR,
            "pop index out of range",
        ));
    }
    l.pop(i)
}
pub(super) fn m_list_insert(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = a[0]
        .downcast::<crate::types::list::ListObject>()
        .expect("list");
    l.insert(clamped_index(&a[1])?, a[2].clone());
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
/// The items of a list or tuple receiver.
fn seq_items(v: &Value) -> Vec<Value> {
    match v.downcast::<crate::types::list::ListObject>() {
        Some(l) => l.to_vec(),
        None => tuple::items(v).to_vec(),
    }
}

/// `list.index(x[, start[, stop]])` and `tuple.index`.
pub(super) fn m_seq_index(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let kind = a[0].type_of().name.to_string();
    set_methods::no_keywords(&format!("{kind}.index"), k)?;
    let items = seq_items(&a[0]);
    let n = items.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let Some(v) = v else {
            return Ok(default);
        };
        if v.type_of().slots.index.is_none() {
            return Err(type_error(
                "slice indices must be integers or have an __index__ method",
            ));
        }
        let i = clamped_index(v)?;
        Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
    };
    let start = bound(a.get(2), 0)?;
    let stop = bound(a.get(3), n)?;
    for i in start..stop {
        let x = &items[i as usize];
        if x.is(&a[1]) || ops::eq(x, &a[1])? {
            return Ok(int::from_i64(i));
        }
    }
    Err(PyErr::new(
        &VALUE_ERROR,
        format!("{kind}.index(x): x not in {kind}"),
    ))
}
pub(super) fn m_seq_count(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::exactly_one(&format!("{}.count", a[0].type_of().name), a, k)?;
    let mut n = 0;
    for x in seq_items(&a[0]) {
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
    Ok(list::new(seq_items(&a[0])))
}
pub(super) fn m_clear(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(l) = a[0].downcast::<crate::types::list::ListObject>() {
        l.clear();
    } else if let Some(d) = a[0].downcast::<crate::types::dict::DictObject>() {
        d.clear();
    }
    Ok(singletons::none())
}
fn m_list_reversed(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::no_args("list.__reversed__", a, k)?;
    Ok(list_reverse_iter(&a[0]))
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
            ("index", m_seq_index),
            ("count", m_seq_count),
            ("__reversed__", m_list_reversed),
            ("remove", m_list_remove),
            ("copy", m_list_copy),
            ("clear", m_clear),
        ],
    );
    add_methods(
        &TUPLE_TYPE,
        &[("index", m_seq_index), ("count", m_seq_count)],
    );
    crate::interp::slot_wrappers::install(&[&LIST_TYPE]);
    crate::interp::slot_wrappers::install(&[&TUPLE_TYPE]);
}
