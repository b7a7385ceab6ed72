//! Iterator types built on a step function: enumerate, zip, map, filter,
//! reversed and the sequence iterator.

use super::*;

// ---------------------------------------------------------------- generic iterators

/// Iterators implemented by a Rust closure state machine: enumerate, zip,
/// map, filter, reversed, and `__getitem__`-based sequence iteration.
#[repr(C)]
pub struct FnIter {
    header: ObjHeader,
    kind: u8,
    sources: Vec<Value>,
    func: Value,
    index: Cell<i64>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for FnIter {
    fn type_object() -> &'static TypeObject {
        &ENUMERATE_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        [
            &ENUMERATE_TYPE,
            &ZIP_TYPE,
            &MAP_TYPE,
            &FILTER_TYPE,
            &REVERSED_TYPE,
            &LIST_REVERSE_ITER_TYPE,
            &SEQ_ITER_TYPE,
            &CALLABLE_ITER_TYPE,
        ]
        .iter()
        .any(|t| std::ptr::eq(*t, ty))
    }
}
pub(super) fn fn_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<FnIter>().expect("iterator");
    let h = PyPayload::header(it);
    match it.kind {
        0 => {
            let Some(x) = attrs::next(&it.sources[0])? else {
                return Ok(None);
            };
            let i = it.index.with(h, |i| {
                let x = *i;
                *i += 1;
                x
            });
            Ok(Some(tuple::new(vec![int::from_i64(i), x])))
        }
        1 => {
            if it.sources.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::new();
            for s in &it.sources {
                match attrs::next(s)? {
                    Some(x) => out.push(x),
                    None => return Ok(None),
                }
            }
            Ok(Some(tuple::new(out)))
        }
        2 => {
            let mut out = Vec::new();
            for s in &it.sources {
                match attrs::next(s)? {
                    Some(x) => out.push(x),
                    None => return Ok(None),
                }
            }
            call_object(&it.func, &out, &[]).map(Some)
        }
        3 => loop {
            let Some(x) = attrs::next(&it.sources[0])? else {
                return Ok(None);
            };
            let keep = if singletons::is_none(&it.func) {
                ops::truthy(&x)?
            } else {
                ops::truthy(&call_object(&it.func, std::slice::from_ref(&x), &[])?)?
            };
            if keep {
                return Ok(Some(x));
            }
        },
        6 => {
            let v = call_object(&it.sources[0], &[], &[])?;
            if v.is(&it.func) || ops::eq(&v, &it.func)? {
                return Ok(None);
            }
            Ok(Some(v))
        }
        4 => {
            let i = it.index.with(h, |i| {
                *i -= 1;
                *i
            });
            if i < 0 {
                return Ok(None);
            }
            match attrs::getitem(&it.sources[0], &int::from_i64(i)) {
                Ok(v) => Ok(Some(v)),
                // The sequence shrank: the iteration ends, as in CPython.
                Err(e)
                    if e.matches(&exceptions::INDEX_ERROR)
                        || e.matches(&exceptions::STOP_ITERATION) =>
                {
                    it.index.with(h, |i| *i = 0);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        _ => {
            let i = it.index.with(h, |i| {
                let x = *i;
                *i += 1;
                x
            });
            match attrs::getitem(&it.sources[0], &int::from_i64(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if e.matches(&exceptions::INDEX_ERROR)
                        || e.matches(&exceptions::STOP_ITERATION) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}
macro_rules! iter_type {
    ($id:ident, $name:literal) => {
        simple_type!($id, $name, FnIter, {
            iter: Some(crate::types::tuple::self_iter),
            next: Some(fn_iter_next),
        });
    };
}
iter_type!(ENUMERATE_TYPE, "enumerate");
iter_type!(ZIP_TYPE, "zip");
iter_type!(MAP_TYPE, "map");
iter_type!(FILTER_TYPE, "filter");
iter_type!(REVERSED_TYPE, "reversed");
iter_type!(LIST_REVERSE_ITER_TYPE, "list_reverseiterator");
iter_type!(SEQ_ITER_TYPE, "iterator");
iter_type!(CALLABLE_ITER_TYPE, "callable_iterator");

pub(super) fn fn_iter(
    ty: &'static TypeObject,
    kind: u8,
    sources: Vec<Value>,
    func: Value,
    index: i64,
) -> Value {
    Value::from_box(Box::new(FnIter {
        header: ObjHeader::new(ty),
        kind,
        sources,
        func,
        index: Cell::new(index),
    }))
}

pub fn seq_iter(v: Value) -> Value {
    fn_iter(&SEQ_ITER_TYPE, 5, vec![v], singletons::none(), 0)
}

/// `reversed(list)`: walks the indices down from the current length.
pub(super) fn list_reverse_iter(l: &Value) -> Value {
    let n = l
        .downcast::<crate::types::list::ListObject>()
        .map_or(0, |l| l.len() as i64);
    fn_iter(
        &LIST_REVERSE_ITER_TYPE,
        4,
        vec![l.clone()],
        singletons::none(),
        n,
    )
}
