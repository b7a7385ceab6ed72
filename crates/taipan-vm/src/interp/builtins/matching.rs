//! Helpers for `match` statements (MATCH_KEYS, MATCH_CLASS, ...).

use super::*;

// ---------------------------------------------------------------- pattern matching

/// `case {...}`: dicts and their subclasses.
pub fn is_mapping(v: &Value) -> bool {
    v.downcast::<crate::types::dict::DictObject>().is_some()
}

/// `case [...]`: sequences other than str, bytes and bytearray.
pub fn is_sequence(v: &Value) -> bool {
    v.downcast::<crate::types::list::ListObject>().is_some()
        || v.downcast::<crate::types::tuple::TupleObject>().is_some()
        || v.downcast::<RangeObject>().is_some()
}

/// `MATCH_KEYS`: the values for `keys`, or None when one is missing.
pub fn match_keys(subject: &Value, keys: &Value) -> PyResult<Value> {
    let mut out = Vec::new();
    for k in tuple::items(keys) {
        // Dict subclasses are read as dicts (`__missing__` is not called).
        let found = if subject
            .downcast::<crate::types::dict::DictObject>()
            .is_some()
        {
            dict::get_item(subject, k)?
        } else {
            attrs::mapping_get(subject, k)?
        };
        match found {
            Some(v) => out.push(v),
            None => return Ok(singletons::none()),
        }
    }
    Ok(tuple::new(out))
}

/// Built-in types whose instances a single positional sub-pattern
/// matches as a whole (`case int(x):`), subclasses included.
fn matches_self(ty: &TypeObject) -> bool {
    let solid = classes::solid_base(ty);
    [
        &crate::types::singletons::BOOL_TYPE,
        &crate::interp::bytearray::BYTEARRAY_TYPE,
        &crate::types::bytes::BYTES_TYPE,
        &crate::types::dict::DICT_TYPE,
        &crate::types::float::FLOAT_TYPE,
        &crate::types::set::FROZENSET_TYPE,
        &crate::types::int::INT_TYPE,
        &crate::types::list::LIST_TYPE,
        &crate::types::set::SET_TYPE,
        &crate::types::str::STR_TYPE,
        &crate::types::tuple::TUPLE_TYPE,
    ]
    .iter()
    .any(|t| std::ptr::eq(solid, *t))
}

/// `MATCH_CLASS`: the positional then keyword attributes, or None.
pub fn match_class(subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
    let ty = cls
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error("called match pattern must be a class"))?;
    if !subject.type_of().is_subtype_of(ty) {
        return Ok(singletons::none());
    }
    let mut out = Vec::new();
    if npos > 0 {
        let match_args =
            crate::types::object::lookup_in_type(ty, &pystr::intern("__match_args__"))?;
        match match_args {
            Some(ma) => {
                let items = collect(&ma)?;
                if npos > items.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({npos} given)",
                        ty.name,
                        items.len(),
                        if items.len() == 1 { "" } else { "s" }
                    )));
                }
                for n in &items[..npos] {
                    match attrs::getattr(subject, n) {
                        Ok(v) => out.push(v),
                        Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => {
                            return Ok(singletons::none())
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            None if matches_self(ty) => {
                if npos > 1 {
                    return Err(type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({npos} given)",
                        ty.name
                    )));
                }
                out.push(subject.clone())
            }
            None => {
                return Err(type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({npos} given)",
                    ty.name
                )))
            }
        }
    }
    for n in tuple::items(names) {
        match attrs::getattr(subject, n) {
            Ok(v) => out.push(v),
            Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => return Ok(singletons::none()),
            Err(e) => return Err(e),
        }
    }
    Ok(tuple::new(out))
}
