//! `range` objects and their iterator.

use super::*;

// ---------------------------------------------------------------- range

#[repr(C)]
pub struct RangeObject {
    header: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for RangeObject {
    fn type_object() -> &'static TypeObject {
        &RANGE_TYPE
    }
}
impl RangeObject {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> usize {
        if self.step > 0 && self.stop > self.start {
            ((self.stop - self.start - 1) / self.step + 1) as usize
        } else if self.step < 0 && self.start > self.stop {
            ((self.start - self.stop - 1) / (-self.step) + 1) as usize
        } else {
            0
        }
    }
}
pub(super) fn range_repr(v: &Value) -> PyResult<Value> {
    let r = v.downcast::<RangeObject>().expect("range");
    Ok(pystr::new(&if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}
pub(super) fn range_len(v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<RangeObject>().expect("range").len())
}
pub(super) fn range_iter(v: &Value) -> PyResult<Value> {
    let r = v.downcast::<RangeObject>().expect("range");
    Ok(Value::from_box(Box::new(RangeIter {
        header: ObjHeader::new(&RANGE_ITER_TYPE),
        next: Cell::new(r.start),
        step: r.step,
        left: Cell::new(r.len()),
    })))
}
pub(super) fn range_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    let r = v.downcast::<RangeObject>().expect("range");
    let i = k.as_small_int().ok_or_else(|| {
        type_error("range indices must be integers or slices, not ".to_string() + &k.type_of().name)
    })?;
    let n = r.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::new(
            &exceptions::INDEX_ERROR,
            "range object index out of range",
        ));
    }
    Ok(int::from_i64(r.start + j * r.step))
}
pub(super) fn range_contains(v: &Value, k: &Value) -> PyResult<bool> {
    let r = v.downcast::<RangeObject>().expect("range");
    if let Some(i) = k.as_small_int() {
        let inside = if r.step > 0 {
            i >= r.start && i < r.stop
        } else {
            i <= r.start && i > r.stop
        };
        return Ok(inside && (i - r.start) % r.step == 0);
    }
    Ok(false)
}
simple_type!(RANGE_TYPE, "range", RangeObject, {
    repr: Some(range_repr),
    length: Some(range_len),
    iter: Some(range_iter),
    getitem: Some(range_getitem),
    contains: Some(range_contains),
});

pub fn range_slice(r: &RangeObject, s: &SliceObject) -> PyResult<Value> {
    let (start, stop, step, _) = attrs::slice_indices(s, r.len())?;
    Ok(new_range(
        r.start + start * r.step,
        r.start + stop * r.step,
        r.step * step,
    ))
}

pub(super) fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::from_box(Box::new(RangeObject {
        header: ObjHeader::new(&RANGE_TYPE),
        start,
        stop,
        step,
    }))
}

#[repr(C)]
pub struct RangeIter {
    header: ObjHeader,
    next: Cell<i64>,
    step: i64,
    left: Cell<usize>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for RangeIter {
    fn type_object() -> &'static TypeObject {
        &RANGE_ITER_TYPE
    }
}
pub(super) fn range_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<RangeIter>().expect("range_iterator");
    let h = PyPayload::header(it);
    if it.left.with(h, |l| *l) == 0 {
        return Ok(None);
    }
    it.left.with(h, |l| *l -= 1);
    let x = it.next.with(h, |n| {
        let x = *n;
        *n += it.step;
        x
    });
    Ok(Some(int::from_i64(x)))
}
simple_type!(RANGE_ITER_TYPE, "range_iterator", RangeIter, {
    iter: Some(crate::types::tuple::self_iter),
    next: Some(range_iter_next),
});
