//! Integer arguments of the C calls: `__index__` values range-checked
//! into C's types with CPython's OverflowError messages.

use std::ffi::c_int;

use taipan_vm::types::exceptions::OVERFLOW_ERROR;
use taipan_vm::types::int;
use taipan_vm::{ops, PyErr, PyResult, Value};

/// `operator.index(v)` as an `i64`, or OverflowError with `msg`.
fn index_i64(v: &Value, msg: &str) -> PyResult<i64> {
    let i = ops::index(v)?;
    int::as_int(&i)
        .and_then(|r| r.to_i64())
        .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, msg))
}

/// A C `int` argument (descriptors, flags, modes, signals).
pub(crate) fn c_int_arg(v: &Value) -> PyResult<c_int> {
    const MSG: &str = "Python int too large to convert to C int";
    c_int::try_from(index_i64(v, MSG)?).map_err(|_| PyErr::new(&OVERFLOW_ERROR, MSG))
}

/// A C `ssize_t`/`off_t` argument (sizes and offsets).
pub(crate) fn i64_arg(v: &Value) -> PyResult<i64> {
    index_i64(v, "Python int too large to convert to C ssize_t")
}

/// The `int` value of a C integer result.
pub(crate) fn int_of(i: impl Into<i64>) -> Value {
    int::from_i64(i.into())
}

/// A uid or gid argument (`what` names it): an int in the C type's
/// range, or -1 for "unchanged".
pub(crate) fn id_arg(what: &str, v: &Value) -> PyResult<u32> {
    if int::as_int(v).is_none() {
        return Err(taipan_vm::interp::type_error(format!(
            "{what} should be integer, not {}",
            v.type_of().name
        )));
    }
    let overflow = |bound: &str| PyErr::new(&OVERFLOW_ERROR, format!("{what} is {bound}"));
    let i = int::as_int(v).expect("checked").to_i64();
    // CPython reads the value as a C long, then narrows it.
    match i {
        Some(-1) => Ok(u32::MAX),
        Some(n) => u32::try_from(n).map_err(|_| overflow("less than minimum")),
        None if int::as_int(v).expect("checked").is_negative() => {
            Err(overflow("less than minimum"))
        }
        None => Err(overflow("greater than maximum")),
    }
}
