//! Methods of dict.

use super::*;
use crate::types::dict::IterKind;

pub(super) fn m_dict_get(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(dict::get_item(&a[0], &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(singletons::none)))
}
pub(super) fn m_dict_keys(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(dict_views::new_view(&a[0], IterKind::Keys))
}
pub(super) fn m_dict_values(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(dict_views::new_view(&a[0], IterKind::Values))
}
pub(super) fn m_dict_items(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(dict_views::new_view(&a[0], IterKind::Items))
}
fn m_dict_reversed(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::no_args("dict.__reversed__", a, k)?;
    crate::types::dict::reversed_kind(&a[0], IterKind::Keys)
}
pub(super) fn m_dict_pop(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = a[0]
        .downcast::<crate::types::dict::DictObject>()
        .expect("dict");
    match d.pop_item(&a[1])? {
        Some(v) => Ok(v),
        None => a
            .get(2)
            .cloned()
            .ok_or_else(|| PyErr::with_args(&exceptions::KEY_ERROR, vec![a[1].clone()])),
    }
}
pub(super) fn m_dict_setdefault(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(v) = dict::get_item(&a[0], &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or_else(singletons::none);
    dict::set_item(&a[0], a[1].clone(), v.clone())?;
    Ok(v)
}
/// `dict.update(other)`'s positional part: a mapping (anything with
/// `keys`) or an iterable of key/value pairs.
pub(super) fn update_from(d: &Value, other: &Value) -> PyResult<()> {
    if other.downcast::<crate::types::dict::DictObject>().is_some()
        || getattr_str(other, "keys").is_ok()
    {
        return attrs::dict_update(d, other, None);
    }
    let it = attrs::iter(other)?;
    let mut i = 0;
    while let Some(pair) = attrs::next(&it)? {
        let kv = match attrs::iter(&pair) {
            Ok(pit) => {
                let mut kv = Vec::new();
                while let Some(x) = attrs::next(&pit)? {
                    kv.push(x);
                }
                kv
            }
            Err(e) if e.matches(&exceptions::TYPE_ERROR) => {
                return Err(type_error("object is not iterable"))
            }
            Err(e) => return Err(e),
        };
        if kv.len() != 2 {
            return Err(PyErr::new(
                &VALUE_ERROR,
                format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    kv.len()
                ),
            ));
        }
        let mut kv = kv.into_iter();
        if let (Some(key), Some(v)) = (kv.next(), kv.next()) {
            dict::set_item(d, key, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// The keyword part of `dict(...)` and `dict.update(...)`.
pub(super) fn update_keywords(d: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let n = pos(args, kwnames);
    for (key, v) in kwnames.iter().zip(&args[n..]) {
        dict::set_item(d, key.clone(), v.clone())?;
    }
    Ok(())
}

pub(super) fn m_dict_update(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = a.len() - k.len();
    if n > 2 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            n - 1
        )));
    }
    if n == 2 {
        update_from(&a[0], &a[1])?;
    }
    update_keywords(&a[0], a, k)?;
    Ok(singletons::none())
}

/// `a | b` for dicts: a new dict, `a`'s items then `b`'s.
pub fn dict_or(a: &Value, b: &Value) -> PyResult<Value> {
    let is_dict = |v: &Value| v.downcast::<crate::types::dict::DictObject>().is_some();
    if !is_dict(a) || !is_dict(b) {
        return Ok(singletons::not_implemented());
    }
    let d = dict::new();
    attrs::dict_update(&d, a, None)?;
    attrs::dict_update(&d, b, None)?;
    Ok(d)
}

/// `a |= b`: `a.update(b)` (any mapping or iterable of pairs).
pub fn dict_ior(a: &Value, b: &Value) -> PyResult<Value> {
    update_from(a, b)?;
    Ok(a.clone())
}

pub(super) fn m_dict_copy(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = dict::new();
    attrs::dict_update(&d, &a[0], None)?;
    Ok(d)
}

/// `cls.fromkeys(iterable, value=None)`: a new `cls` (a plain dict when
/// `cls` is dict) mapping every key to `value`.
pub(super) fn m_dict_fromkeys(a: &[Value], k: &[Value]) -> PyResult<Value> {
    // `a[0]` is the class the classmethod bound.
    check_count("", "fromkeys", a.len() - k.len() - 1, 1, 2)?;
    let v = a.get(2).cloned().unwrap_or_else(singletons::none);
    if a[0].is(&crate::types::dict::DICT_TYPE.as_value()) {
        let d = dict::new();
        for key in collect(&a[1])? {
            dict::set_item(&d, key, v.clone())?;
        }
        return Ok(d);
    }
    let d = call_object(&a[0], &[], &[])?;
    for key in collect(&a[1])? {
        attrs::setitem(&d, &key, Some(&v))?;
    }
    Ok(d)
}
pub(super) fn m_dict_popitem(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let last = crate::types::dict::reversed_kind(&a[0], IterKind::Items)?;
    let Some((k, v)) = attrs::next(&last)?.map(|kv| {
        let kv = tuple::items(&kv);
        (kv[0].clone(), kv[1].clone())
    }) else {
        return Err(PyErr::with_args(
            &exceptions::KEY_ERROR,
            vec![pystr::new("popitem(): dictionary is empty")],
        ));
    };
    dict::del_item(&a[0], &k)?;
    Ok(tuple::new(vec![k, v]))
}

pub(super) fn install() {
    use crate::types::dict::DICT_TYPE;
    add_methods(
        &DICT_TYPE,
        &[
            ("get", m_dict_get),
            ("keys", m_dict_keys),
            ("values", m_dict_values),
            ("items", m_dict_items),
            ("pop", m_dict_pop),
            ("popitem", m_dict_popitem),
            ("setdefault", m_dict_setdefault),
            ("update", m_dict_update),
            ("copy", m_dict_copy),
            ("clear", m_clear),
            ("__reversed__", m_dict_reversed),
        ],
    );
    crate::interp::slot_wrappers::install(&[&DICT_TYPE]);
    let _ = dict::set_item(
        DICT_TYPE.dict(),
        pystr::intern("fromkeys"),
        classes::new_wrapper(
            &classes::CLASSMETHOD_DESCRIPTOR_TYPE,
            objects::native("fromkeys", m_dict_fromkeys),
        ),
    );
}
