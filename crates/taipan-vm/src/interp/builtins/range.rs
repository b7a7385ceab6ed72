//! `range` objects (arbitrary-size int bounds, as CPython's) and their
//! iterators: `range_iterator` when everything fits an i64,
//! `longrange_iterator` otherwise.

use std::cmp::Ordering;

use super::*;
use crate::object::CompareOp;
use crate::types::exceptions::{INDEX_ERROR, OVERFLOW_ERROR};

// ---------------------------------------------------------------- int helpers

fn zero() -> Value {
    int::from_i64(0)
}

fn one() -> Value {
    int::from_i64(1)
}

/// Compares two ints (both operands are exact ints here).
fn icmp(a: &Value, b: &Value) -> Ordering {
    match (int::as_int(a), int::as_int(b)) {
        (Some(x), Some(y)) => int::cmp(x, y),
        _ => Ordering::Equal,
    }
}

fn is_neg(a: &Value) -> bool {
    icmp(a, &zero()) == Ordering::Less
}

fn as_i64(a: &Value) -> Option<i64> {
    int::as_int(a).and_then(|i| i.to_i64())
}

/// `v.__index__()` as an exact int, with CPython's message otherwise.
pub fn index_value(v: &Value) -> PyResult<Value> {
    match v.type_of().slots.index {
        Some(f) => int::to_exact_int(&f(v)?),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_of().name
        ))),
    }
}

/// The number of elements of `range(start, stop, step)`.
fn range_length(start: &Value, stop: &Value, step: &Value) -> PyResult<Value> {
    let (lo, hi, step) = if is_neg(step) {
        (stop.clone(), start.clone(), int::neg(step)?)
    } else {
        (start.clone(), stop.clone(), step.clone())
    };
    if icmp(&lo, &hi) != Ordering::Less {
        return Ok(zero());
    }
    let span = int::sub(&int::sub(&hi, &lo)?, &one())?;
    int::add(&int::floordiv(&span, &step)?, &one())
}

// ---------------------------------------------------------------- range

#[repr(C)]
pub struct RangeObject {
    header: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
    pub length: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for RangeObject {
    fn type_object() -> &'static TypeObject {
        &RANGE_TYPE
    }
}

impl RangeObject {
    /// `start + i * step`.
    fn at(&self, i: &Value) -> PyResult<Value> {
        int::add(&self.start, &int::mul(i, &self.step)?)
    }

    /// The position of the int `x` in the range, if it is an element.
    fn position(&self, x: &Value) -> PyResult<Option<Value>> {
        let inside = if is_neg(&self.step) {
            icmp(x, &self.start) != Ordering::Greater && icmp(x, &self.stop) == Ordering::Greater
        } else {
            icmp(x, &self.start) != Ordering::Less && icmp(x, &self.stop) == Ordering::Less
        };
        if !inside {
            return Ok(None);
        }
        let off = int::sub(x, &self.start)?;
        if icmp(&int::rem(&off, &self.step)?, &zero()) != Ordering::Equal {
            return Ok(None);
        }
        Ok(Some(int::floordiv(&off, &self.step)?))
    }
}

fn range(v: &Value) -> PyResult<&RangeObject> {
    v.downcast::<RangeObject>()
        .ok_or_else(|| type_error(format!("expected range, got '{}'", v.type_of().name)))
}

/// A new range; the bounds are exact ints and `step` is not zero.
pub(super) fn new_range(start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let length = range_length(&start, &stop, &step)?;
    Ok(Value::from_box(Box::new(RangeObject {
        header: ObjHeader::new(&RANGE_TYPE),
        start,
        stop,
        step,
        length,
    })))
}

/// `range(...)`.
pub(super) fn construct_range(a: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let (start, stop, step) = match a.len() {
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        1 => (zero(), index_value(&a[0])?, one()),
        2 => (index_value(&a[0])?, index_value(&a[1])?, one()),
        3 => (
            index_value(&a[0])?,
            index_value(&a[1])?,
            index_value(&a[2])?,
        ),
        k => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {k}"
            )))
        }
    };
    if icmp(&step, &zero()) == Ordering::Equal {
        return Err(PyErr::new(&VALUE_ERROR, "range() arg 3 must not be zero"));
    }
    new_range(start, stop, step)
}

fn range_repr(v: &Value) -> PyResult<Value> {
    let r = range(v)?;
    let (a, b) = (s(&ops::repr(&r.start)?), s(&ops::repr(&r.stop)?));
    Ok(pystr::new(&if icmp(&r.step, &one()) == Ordering::Equal {
        format!("range({a}, {b})")
    } else {
        format!("range({a}, {b}, {})", s(&ops::repr(&r.step)?))
    }))
}

fn range_len(v: &Value) -> PyResult<usize> {
    as_i64(&range(v)?.length)
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| {
            PyErr::new(
                &OVERFLOW_ERROR,
                "Python int too large to convert to C ssize_t",
            )
        })
}

fn range_bool(v: &Value) -> PyResult<bool> {
    Ok(icmp(&range(v)?.length, &zero()) != Ordering::Equal)
}

fn range_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    let r = range(v)?;
    if let Some(sl) = k.downcast::<SliceObject>() {
        return range_slice(r, sl);
    }
    if k.type_of().slots.index.is_none() {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            k.type_of().name
        )));
    }
    let i = index_value(k)?;
    let j = if is_neg(&i) {
        int::add(&i, &r.length)?
    } else {
        i
    };
    if is_neg(&j) || icmp(&j, &r.length) != Ordering::Less {
        return Err(PyErr::new(&INDEX_ERROR, "range object index out of range"));
    }
    r.at(&j)
}

/// `slice.indices(length)` on ints of any size: (start, stop, step).
pub(super) fn slice_bounds(sl: &SliceObject, length: &Value) -> PyResult<(Value, Value, Value)> {
    let idx = |v: &Value| -> PyResult<Option<Value>> {
        if singletons::is_none(v) {
            return Ok(None);
        }
        if v.type_of().slots.index.is_none() {
            return Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
        index_value(v).map(Some)
    };
    let step = idx(&sl.step)?.unwrap_or_else(one);
    if icmp(&step, &zero()) == Ordering::Equal {
        return Err(PyErr::new(&VALUE_ERROR, "slice step cannot be zero"));
    }
    let back = is_neg(&step);
    let (lower, upper) = if back {
        (int::from_i64(-1), int::sub(length, &one())?)
    } else {
        (zero(), length.clone())
    };
    let fix = |v: Option<Value>, default: &Value| -> PyResult<Value> {
        let Some(x) = v else {
            return Ok(default.clone());
        };
        if is_neg(&x) {
            let y = int::add(&x, length)?;
            Ok(if icmp(&y, &lower) == Ordering::Less {
                lower.clone()
            } else {
                y
            })
        } else if icmp(&x, &upper) == Ordering::Greater {
            Ok(upper.clone())
        } else {
            Ok(x)
        }
    };
    let start = fix(idx(&sl.start)?, if back { &upper } else { &lower })?;
    let stop = fix(idx(&sl.stop)?, if back { &lower } else { &upper })?;
    Ok((start, stop, step))
}

pub fn range_slice(r: &RangeObject, sl: &SliceObject) -> PyResult<Value> {
    let (start, stop, step) = slice_bounds(sl, &r.length)?;
    new_range(r.at(&start)?, r.at(&stop)?, int::mul(&r.step, &step)?)
}

fn is_exact_int(v: &Value) -> bool {
    v.is_exact(&crate::types::int::INT_TYPE) || v.is_exact(&singletons::BOOL_TYPE)
}

fn range_contains(v: &Value, k: &Value) -> PyResult<bool> {
    let r = range(v)?;
    if is_exact_int(k) {
        return Ok(r.position(&int::to_exact_int(k)?)?.is_some());
    }
    let it = range_iter(v)?;
    while let Some(x) = attrs::next(&it)? {
        if ops::eq(&x, k)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Ranges are equal when they hold the same elements.
fn range_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<RangeObject>(), b.downcast::<RangeObject>()) else {
        return Ok(singletons::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let same = |p: &Value, q: &Value| icmp(p, q) == Ordering::Equal;
    let equal = same(&x.length, &y.length)
        && (same(&x.length, &zero())
            || (same(&x.start, &y.start) && (same(&x.length, &one()) || same(&x.step, &y.step))));
    Ok(singletons::bool(equal == (op == CompareOp::Eq)))
}

/// `hash((len, start, step))` with the parts that do not matter as None.
fn range_hash(v: &Value) -> PyResult<i64> {
    let r = range(v)?;
    let none = singletons::none;
    let parts = if icmp(&r.length, &zero()) == Ordering::Equal {
        vec![r.length.clone(), none(), none()]
    } else if icmp(&r.length, &one()) == Ordering::Equal {
        vec![r.length.clone(), r.start.clone(), none()]
    } else {
        vec![r.length.clone(), r.start.clone(), r.step.clone()]
    };
    tuple::hash_items(&parts)
}

fn range_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let r = range(v)?;
    match pystr::as_str(name) {
        Some("start") => Ok(r.start.clone()),
        Some("stop") => Ok(r.stop.clone()),
        Some("step") => Ok(r.step.clone()),
        _ => attrs::generic_getattr(v, name),
    }
}

fn range_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(r) = v.downcast::<RangeObject>() {
        visit(&r.start);
        visit(&r.stop);
        visit(&r.step);
        visit(&r.length);
    }
}

simple_type!(RANGE_TYPE, "range", RangeObject, {
    repr: Some(range_repr),
    length: Some(range_len),
    bool: Some(range_bool),
    iter: Some(range_iter),
    getitem: Some(range_getitem),
    contains: Some(range_contains),
    richcompare: Some(range_richcompare),
    hash: Some(range_hash),
    getattr: Some(range_getattr),
    traverse: Some(range_traverse),
});

fn m_range_index(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::exactly_one("range.index", a, k)?;
    let r = range(&a[0])?;
    if is_exact_int(&a[1]) {
        return match r.position(&int::to_exact_int(&a[1])?)? {
            Some(i) => Ok(i),
            None => Err(PyErr::new(&VALUE_ERROR, "range.index(x): x not in range")),
        };
    }
    let it = range_iter(&a[0])?;
    let mut i = 0i64;
    while let Some(x) = attrs::next(&it)? {
        if ops::eq(&x, &a[1])? {
            return Ok(int::from_i64(i));
        }
        i += 1;
    }
    Err(PyErr::new(
        &VALUE_ERROR,
        "sequence.index(x): x not in sequence",
    ))
}

fn m_range_count(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::exactly_one("range.count", a, k)?;
    let r = range(&a[0])?;
    if is_exact_int(&a[1]) {
        let n = i64::from(r.position(&int::to_exact_int(&a[1])?)?.is_some());
        return Ok(int::from_i64(n));
    }
    let it = range_iter(&a[0])?;
    let mut n = 0i64;
    while let Some(x) = attrs::next(&it)? {
        if ops::eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn m_range_reversed(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::no_args("range.__reversed__", a, k)?;
    let r = range(&a[0])?;
    let last = r.at(&int::sub(&r.length, &one())?)?;
    new_iter(last, int::neg(&r.step)?, r.length.clone())
}

/// A slice's `(start, stop, step)` tuple: what slices compare and hash as.
fn slice_parts(v: &Value) -> Option<Value> {
    let sl = v.downcast::<SliceObject>()?;
    Some(tuple::new(vec![
        sl.start.clone(),
        sl.stop.clone(),
        sl.step.clone(),
    ]))
}

/// Slices compare as their `(start, stop, step)` tuples.
pub fn slice_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match (slice_parts(a), slice_parts(b)) {
        (Some(x), Some(y)) => ops::richcompare(&x, &y, op),
        _ => Ok(singletons::not_implemented()),
    }
}

/// Slices hash as their `(start, stop, step)` tuples (since 3.12).
pub fn slice_hash(v: &Value) -> PyResult<i64> {
    match slice_parts(v) {
        Some(t) => ops::hash(&t),
        None => Err(type_error("expected a slice")),
    }
}

/// `slice.indices(length)`.
fn m_slice_indices(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::exactly_one("slice.indices", a, k)?;
    let sl = a[0]
        .downcast::<SliceObject>()
        .ok_or_else(|| type_error("expected a slice"))?;
    let length = index_value(&a[1])?;
    if is_neg(&length) {
        return Err(PyErr::new(&VALUE_ERROR, "length should not be negative"));
    }
    let (start, stop, step) = slice_bounds(sl, &length)?;
    Ok(tuple::new(vec![start, stop, step]))
}

pub(super) fn install() {
    add_methods(&objects::SLICE_TYPE, &[("indices", m_slice_indices)]);
    add_methods(
        &RANGE_TYPE,
        &[
            ("index", m_range_index),
            ("count", m_range_count),
            ("__reversed__", m_range_reversed),
        ],
    );
    add_methods(
        &RANGE_ITER_TYPE,
        &[("__length_hint__", m_range_iter_length_hint)],
    );
    add_methods(
        &LONGRANGE_ITER_TYPE,
        &[("__length_hint__", m_range_iter_length_hint)],
    );
    crate::interp::slot_wrappers::install(&[&RANGE_TYPE]);
    crate::interp::slot_wrappers::install(&[&RANGE_ITER_TYPE]);
    crate::interp::slot_wrappers::install(&[&LONGRANGE_ITER_TYPE]);
}

// ---------------------------------------------------------------- iterators

#[repr(C)]
pub struct RangeIter {
    header: ObjHeader,
    /// The next value and how many are left.
    state: Cell<(i64, u64)>,
    step: i64,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for RangeIter {
    fn type_object() -> &'static TypeObject {
        &RANGE_ITER_TYPE
    }
}

fn range_iter(v: &Value) -> PyResult<Value> {
    let r = range(v)?;
    new_iter(r.start.clone(), r.step.clone(), r.length.clone())
}

/// An iterator yielding `len` values from `start` by `step`.
fn new_iter(start: Value, step: Value, len: Value) -> PyResult<Value> {
    let small = (as_i64(&start), as_i64(&step), as_i64(&len));
    if let (Some(a), Some(st), Some(n)) = small {
        // The last value must fit too, so the i64 arithmetic never overflows.
        let last = (n.max(1) - 1)
            .checked_mul(st)
            .and_then(|d| a.checked_add(d))
            .and_then(|l| l.checked_add(st));
        if last.is_some() {
            return Ok(Value::from_box(Box::new(RangeIter {
                header: ObjHeader::new(&RANGE_ITER_TYPE),
                state: Cell::new((a, n as u64)),
                step: st,
            })));
        }
    }
    Ok(Value::from_box(Box::new(LongRangeIter {
        header: ObjHeader::new(&LONGRANGE_ITER_TYPE),
        state: Cell::new((start, len)),
        step,
    })))
}

impl RangeIter {
    /// The next value; None once exhausted.
    #[inline(always)]
    fn step(&self) -> Option<i64> {
        self.state.with(&self.header, |(next, left)| {
            if *left == 0 {
                return None;
            }
            *left -= 1;
            let x = *next;
            *next = next.wrapping_add(self.step);
            Some(x)
        })
    }
}

/// `FOR_ITER`'s fast path: for a range iterator, its next value (None
/// once exhausted); None for any other object.
#[inline(always)]
pub fn range_iter_next_fast(v: &Value) -> Option<Option<Value>> {
    let it = v.downcast_exact::<RangeIter>()?;
    Some(it.step().map(int::from_i64))
}

fn range_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<RangeIter>()
        .ok_or_else(|| type_error("expected range_iterator"))?;
    Ok(it.step().map(int::from_i64))
}
/// `__length_hint__` of the range iterators: the values left.
fn m_range_iter_length_hint(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::no_args("__length_hint__", a, k)?;
    if let Some(it) = a[0].downcast::<RangeIter>() {
        let left = it.state.with(PyPayload::header(it), |s| s.1);
        return Ok(int::from_i64(left as i64));
    }
    let it = a[0]
        .downcast::<LongRangeIter>()
        .ok_or_else(|| type_error("expected range_iterator"))?;
    Ok(it.state.with(PyPayload::header(it), |st| st.1.clone()))
}

simple_type!(RANGE_ITER_TYPE, "range_iterator", RangeIter, {
    iter: Some(crate::types::tuple::self_iter),
    next: Some(range_iter_next),
});

/// A range iterator over ints beyond i64.
#[repr(C)]
pub struct LongRangeIter {
    header: ObjHeader,
    /// The next value and how many are left.
    state: Cell<(Value, Value)>,
    step: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for LongRangeIter {
    fn type_object() -> &'static TypeObject {
        &LONGRANGE_ITER_TYPE
    }
}

fn longrange_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<LongRangeIter>()
        .ok_or_else(|| type_error("expected longrange_iterator"))?;
    let h = PyPayload::header(it);
    let (cur, left) = it.state.with(h, |st| st.clone());
    if icmp(&left, &zero()) != Ordering::Greater {
        return Ok(None);
    }
    let next = (int::add(&cur, &it.step)?, int::sub(&left, &one())?);
    let old = it.state.with(h, |st| std::mem::replace(st, next));
    drop(old);
    Ok(Some(cur))
}

fn longrange_iter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<LongRangeIter>() {
        let (cur, left) = it.state.with(PyPayload::header(it), |st| st.clone());
        visit(&cur);
        visit(&left);
        visit(&it.step);
    }
}

simple_type!(LONGRANGE_ITER_TYPE, "longrange_iterator", LongRangeIter, {
    iter: Some(crate::types::tuple::self_iter),
    next: Some(longrange_iter_next),
    traverse: Some(longrange_iter_traverse),
});
