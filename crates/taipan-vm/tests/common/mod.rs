//! Helpers shared by the integration tests (included with `mod common`).

#![allow(dead_code)]

pub mod hash_samples;

use taipan_vm::object::BinOp;
use taipan_vm::types::{int, str as pystr};
use taipan_vm::{ops, PyResult, Value};

pub fn int(i: i64) -> Value {
    int::from_i64(i)
}

/// An int from decimal text (any size).
pub fn big(s: &str) -> Value {
    int::from_str(s, 10).unwrap()
}

/// `repr(v)` as a Rust string.
pub fn show(v: &Value) -> String {
    pystr::to_string_lossy(&ops::repr(v).unwrap())
}

pub fn show_result(r: PyResult<Value>) -> String {
    match r.and_then(|v| ops::repr(&v)) {
        Ok(v) => pystr::to_string_lossy(&v),
        Err(e) => format!("{e}"),
    }
}

pub fn op(a: &Value, b: &Value, op: BinOp) -> String {
    show_result(ops::binary_op(a, b, op))
}

pub fn s(text: &str) -> Value {
    pystr::new(text)
}
