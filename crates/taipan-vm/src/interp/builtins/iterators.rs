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
    /// zip/map `strict=True`: unequal lengths raise ValueError.
    strict: bool,
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
            &BYTEARRAY_ITER_TYPE,
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
            // A start beyond i64 is kept in `func`; `index` counts from it.
            let n = if singletons::is_none(&it.func) {
                int::from_i64(i)
            } else {
                int::add(&it.func, &int::from_i64(i))?
            };
            Ok(Some(tuple::new(vec![n, x])))
        }
        1 => {
            if it.sources.is_empty() {
                return Ok(None);
            }
            Ok(next_row(it, "zip")?.map(tuple::new))
        }
        2 => match next_row(it, "map")? {
            Some(row) => call_object(&it.func, &row, &[]).map(Some),
            None => Ok(None),
        },
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
/// One item from each source, or `None` when one is exhausted; with
/// `strict`, an exhaustion that is not shared by all is a ValueError.
fn next_row(it: &FnIter, name: &str) -> PyResult<Option<Vec<Value>>> {
    let mut out = Vec::with_capacity(it.sources.len());
    for (i, s) in it.sources.iter().enumerate() {
        match attrs::next(s)? {
            Some(x) => out.push(x),
            None if !it.strict => return Ok(None),
            None => {
                let plural = |i: usize| {
                    if i == 1 {
                        " 1".to_string()
                    } else {
                        format!("s 1-{i}")
                    }
                };
                if i > 0 {
                    return Err(PyErr::new(
                        &VALUE_ERROR,
                        format!(
                            "{name}() argument {} is shorter than argument{}",
                            i + 1,
                            plural(i)
                        ),
                    ));
                }
                for (j, other) in it.sources.iter().enumerate().skip(1) {
                    if attrs::next(other)?.is_some() {
                        return Err(PyErr::new(
                            &VALUE_ERROR,
                            format!(
                                "{name}() argument {} is longer than argument{}",
                                j + 1,
                                plural(j)
                            ),
                        ));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(out))
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
iter_type!(BYTEARRAY_ITER_TYPE, "bytearray_iterator");
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
        strict: false,
    }))
}

/// zip/map with `strict=True`.
pub(super) fn strict_iter(
    ty: &'static TypeObject,
    kind: u8,
    sources: Vec<Value>,
    func: Value,
) -> Value {
    Value::from_box(Box::new(FnIter {
        header: ObjHeader::new(ty),
        kind,
        sources,
        func,
        index: Cell::new(0),
        strict: true,
    }))
}

pub fn seq_iter(v: Value) -> Value {
    fn_iter(&SEQ_ITER_TYPE, 5, vec![v], singletons::none(), 0)
}

/// `iter(bytearray)`: the sequence iterator under bytearray's own type name.
pub fn bytearray_iter(v: Value) -> Value {
    fn_iter(&BYTEARRAY_ITER_TYPE, 5, vec![v], singletons::none(), 0)
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

/// `__length_hint__` of the reversed iterators: the items left, none once
/// the sequence became shorter than the next index.
fn m_reversed_length_hint(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::no_args("__length_hint__", a, k)?;
    let it = a[0]
        .downcast::<FnIter>()
        .ok_or_else(|| type_error("expected a reversed iterator"))?;
    let left = it.index.with(PyPayload::header(it), |i| *i).max(0);
    let len = ops::len(&it.sources[0])? as i64;
    Ok(int::from_i64(if len < left { 0 } else { left }))
}

/// `__length_hint__` of the list, tuple and str iterators: the items left.
fn m_seq_iterator_length_hint(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::no_args("__length_hint__", a, k)?;
    let left = crate::types::list::iterator_remaining(&a[0])
        .or_else(|| crate::types::tuple::iterator_remaining(&a[0]))
        .or_else(|| crate::types::str::iterator_remaining(&a[0]))
        .ok_or_else(|| type_error("expected a list, tuple or str iterator"))?;
    Ok(int::from_i64(left as i64))
}

pub(super) fn install() {
    for ty in [
        &crate::types::list::LIST_ITERATOR_TYPE,
        &crate::types::tuple::TUPLE_ITERATOR_TYPE,
        &crate::types::str::STR_ITERATOR_TYPE,
        &crate::types::str::STR_ASCII_ITERATOR_TYPE,
    ] {
        add_methods(ty, &[("__length_hint__", m_seq_iterator_length_hint)]);
    }
    add_methods(
        &REVERSED_TYPE,
        &[("__length_hint__", m_reversed_length_hint)],
    );
    add_methods(
        &LIST_REVERSE_ITER_TYPE,
        &[("__length_hint__", m_reversed_length_hint)],
    );
    crate::interp::slot_wrappers::install(&[&ENUMERATE_TYPE]);
    crate::interp::slot_wrappers::install(&[&ZIP_TYPE]);
    crate::interp::slot_wrappers::install(&[&MAP_TYPE]);
    crate::interp::slot_wrappers::install(&[&FILTER_TYPE]);
    crate::interp::slot_wrappers::install(&[&REVERSED_TYPE]);
    crate::interp::slot_wrappers::install(&[&LIST_REVERSE_ITER_TYPE]);
    crate::interp::slot_wrappers::install(&[&SEQ_ITER_TYPE]);
    crate::interp::slot_wrappers::install(&[&BYTEARRAY_ITER_TYPE]);
    crate::interp::slot_wrappers::install(&[&CALLABLE_ITER_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::types::list::LIST_ITERATOR_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::types::tuple::TUPLE_ITERATOR_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::types::set::SET_ITERATOR_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::types::dict::DICT_KEYITERATOR_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::types::dict::DICT_VALUEITERATOR_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::types::dict::DICT_ITEMITERATOR_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::types::dict::DICT_REVERSEKEYITERATOR_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::types::dict::DICT_REVERSEVALUEITERATOR_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::types::dict::DICT_REVERSEITEMITERATOR_TYPE]);
}

// ---------------------------------------------------------------- aiter/anext

/// `aiter(obj)`: `obj.__aiter__()`, which must be an async iterator.
pub(super) fn bi_aiter(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let obj = &a[0];
    let Some(f) = attrs::lookup_special(obj, "__aiter__")? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            obj.type_of().name
        )));
    };
    let it = call_object(&attrs::bind(f, obj)?, &[], &[])?;
    if attrs::lookup_special(&it, "__anext__")?.is_none() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.type_of().name
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable of `it.__anext__()`; with a
/// default, wrapped so that StopAsyncIteration yields the default.
pub(super) fn bi_anext(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let it = &a[0];
    let Some(f) = attrs::lookup_special(it, "__anext__")? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            it.type_of().name
        )));
    };
    let awaitable = call_object(&attrs::bind(f, it)?, &[], &[])?;
    let Some(default) = a.get(1) else {
        return Ok(awaitable);
    };
    Ok(Value::from_box(Box::new(AnextAwaitable {
        header: ObjHeader::new(&ANEXT_AWAITABLE_TYPE),
        wrapped: awaitable,
        default: default.clone(),
        iterator: Cell::new(None),
    })))
}

/// The awaitable `anext(it, default)` returns.
#[repr(C)]
pub struct AnextAwaitable {
    header: ObjHeader,
    wrapped: Value,
    default: Value,
    /// The wrapped awaitable's iterator, once asked for.
    iterator: Cell<Option<Value>>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for AnextAwaitable {
    fn type_object() -> &'static TypeObject {
        &ANEXT_AWAITABLE_TYPE
    }
}

fn anext_awaitable(v: &Value) -> PyResult<&AnextAwaitable> {
    v.downcast::<AnextAwaitable>()
        .ok_or_else(|| type_error("expected anext_awaitable"))
}

/// The iterator driving the wrapped awaitable: itself when it has `send`
/// (a coroutine), else its `__await__()`.
fn awaited_iterator(aw: &AnextAwaitable) -> PyResult<Value> {
    if let Some(it) = aw.iterator.with(&aw.header, |i| i.clone()) {
        return Ok(it);
    }
    let it = if getattr_str(&aw.wrapped, "send").is_ok() {
        aw.wrapped.clone()
    } else {
        let Some(f) = attrs::lookup_special(&aw.wrapped, "__await__")? else {
            return Err(type_error(format!(
                "'{}' object is not awaitable",
                aw.wrapped.type_of().name
            )));
        };
        call_object(&attrs::bind(f, &aw.wrapped)?, &[], &[])?
    };
    let old = aw.iterator.with(&aw.header, |i| i.replace(it.clone()));
    drop(old);
    Ok(it)
}

/// Runs `method` on the driving iterator; StopAsyncIteration becomes
/// `StopIteration(default)`.
fn anext_step(a: &[Value], method: &str) -> PyResult<Value> {
    let aw = anext_awaitable(&a[0])?;
    let it = awaited_iterator(aw)?;
    let f = getattr_str(&it, method)?;
    match call_object(&f, &a[1..], &[]) {
        Err(e) if e.matches(&exceptions::STOP_ASYNC_ITERATION) => Err(PyErr::with_args(
            &exceptions::STOP_ITERATION,
            vec![aw.default.clone()],
        )),
        r => r,
    }
}

fn m_anext_send(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    anext_step(a, "send")
}
fn m_anext_throw(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    anext_step(a, "throw")
}
fn m_anext_close(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let aw = anext_awaitable(&a[0])?;
    let it = awaited_iterator(aw)?;
    match getattr_str(&it, "close") {
        Ok(f) => call_object(&f, &[], &[]),
        Err(_) => Ok(singletons::none()),
    }
}
fn m_anext_await(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn anext_next(v: &Value) -> PyResult<Option<Value>> {
    anext_step(&[v.clone(), singletons::none()], "send").map(Some)
}

fn anext_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(aw) = v.downcast::<AnextAwaitable>() {
        visit(&aw.wrapped);
        visit(&aw.default);
        if let Some(it) = aw.iterator.with(&aw.header, |i| i.clone()) {
            visit(&it);
        }
    }
}

simple_type!(ANEXT_AWAITABLE_TYPE, "anext_awaitable", AnextAwaitable, {
    iter: Some(crate::types::tuple::self_iter),
    next: Some(anext_next),
    traverse: Some(anext_traverse),
});

pub(super) fn install_anext() {
    add_methods(
        &ANEXT_AWAITABLE_TYPE,
        &[
            ("send", m_anext_send),
            ("throw", m_anext_throw),
            ("close", m_anext_close),
            ("__await__", m_anext_await),
        ],
    );
}
