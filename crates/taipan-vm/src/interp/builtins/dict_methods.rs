//! Methods of dict.

use super::*;

pub(super) fn m_dict_get(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(dict::get_item(&a[0], &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(singletons::none)))
}
pub(super) fn m_dict_keys(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(list::new(
        attrs::dict_items(&a[0])
            .into_iter()
            .map(|(k, _)| k)
            .collect(),
    ))
}
pub(super) fn m_dict_values(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(list::new(
        attrs::dict_items(&a[0])
            .into_iter()
            .map(|(_, v)| v)
            .collect(),
    ))
}
pub(super) fn m_dict_items(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(list::new(
        attrs::dict_items(&a[0])
            .into_iter()
            .map(|(k, v)| tuple::new(vec![k, v]))
            .collect(),
    ))
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
pub(super) fn m_dict_update(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = a.len() - k.len();
    if n > 1 {
        if a[1].downcast::<crate::types::dict::DictObject>().is_some()
            || getattr_str(&a[1], "keys").is_ok()
        {
            attrs::dict_update(&a[0], &a[1], None)?;
        } else {
            for (i, pair) in collect(&a[1])?.into_iter().enumerate() {
                let kv = collect(&pair)?;
                if kv.len() != 2 {
                    return Err(PyErr::new(
                        &VALUE_ERROR,
                        format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            kv.len()
                        ),
                    ));
                }
                dict::set_item(&a[0], kv[0].clone(), kv[1].clone())?;
            }
        }
    }
    for (key, v) in k.iter().zip(&a[n..]) {
        dict::set_item(&a[0], key.clone(), v.clone())?;
    }
    Ok(singletons::none())
}
pub(super) fn m_dict_copy(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = dict::new();
    attrs::dict_update(&d, &a[0], None)?;
    Ok(d)
}

pub(super) fn m_dict_fromkeys(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = dict::new();
    let v = a.get(2).cloned().unwrap_or_else(singletons::none);
    for key in collect(&a[1])? {
        dict::set_item(&d, key, v.clone())?;
    }
    Ok(d)
}
pub(super) fn m_dict_popitem(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let items = attrs::dict_items(&a[0]);
    let Some((k, v)) = items.last().cloned() else {
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
        ],
    );
    let _ = dict::set_item(
        DICT_TYPE.dict(),
        pystr::intern("fromkeys"),
        classes::new_wrapper(
            &classes::CLASSMETHOD_TYPE,
            objects::native("fromkeys", m_dict_fromkeys),
        ),
    );
}
