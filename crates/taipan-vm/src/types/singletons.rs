//! The immortal singletons `None`, `NotImplemented`, `Ellipsis`, `True`
//! and `False`, and the `bool` type.

use crate::error::PyResult;
use crate::hash;
use crate::object::{
    tpflags, BinOp, BinaryFn, ObjHeader, PyPayload, Slots, TypeObject, Value, NUM_BINOPS,
};
use crate::types::int::{self, IntObject, INT_SLOTS};
use crate::types::str as pystr;

/// A payload-less object: just the header.
#[repr(C)]
pub struct Singleton {
    header: ObjHeader,
}

// SAFETY: `#[repr(C)]`, header first. Used only through `Value::from_static`,
// whose type check is by identity of the static.
unsafe impl PyPayload for Singleton {
    fn type_object() -> &'static TypeObject {
        &NONE_TYPE
    }
}

fn none_repr(_: &Value) -> PyResult<Value> {
    Ok(pystr::intern("None"))
}

fn none_hash(_: &Value) -> PyResult<i64> {
    Ok(hash::HASH_NONE)
}

fn none_bool(_: &Value) -> PyResult<bool> {
    Ok(false)
}

fn not_implemented_repr(_: &Value) -> PyResult<Value> {
    Ok(pystr::intern("NotImplemented"))
}

/// `bool(NotImplemented)` is an error since 3.14.
fn not_implemented_bool(_: &Value) -> PyResult<bool> {
    Err(crate::error::PyErr::new(
        &crate::types::exceptions::TYPE_ERROR,
        "NotImplemented should not be used in a boolean context",
    ))
}

fn ellipsis_repr(_: &Value) -> PyResult<Value> {
    Ok(pystr::intern("Ellipsis"))
}

const SINGLETON_SLOTS: Slots = Slots {
    hash: Some(crate::types::object::identity_hash),
    richcompare: Some(crate::types::object::identity_richcompare),
    getattr: Some(crate::types::object::generic_getattr),
    ..Slots::new(crate::types::object::static_dealloc)
};

pub static NONE_TYPE: TypeObject = TypeObject::new_static(
    "NoneType",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    Slots {
        repr: Some(none_repr),
        hash: Some(none_hash),
        bool: Some(none_bool),
        ..SINGLETON_SLOTS
    },
);

pub static NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject::new_static(
    "NotImplementedType",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    Slots {
        repr: Some(not_implemented_repr),
        bool: Some(not_implemented_bool),
        ..SINGLETON_SLOTS
    },
);

pub static ELLIPSIS_TYPE: TypeObject = TypeObject::new_static(
    "ellipsis",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    Slots {
        repr: Some(ellipsis_repr),
        ..SINGLETON_SLOTS
    },
);

pub static NONE: Singleton = Singleton {
    header: ObjHeader::new_static(&NONE_TYPE),
};
pub static NOT_IMPLEMENTED: Singleton = Singleton {
    header: ObjHeader::new_static(&NOT_IMPLEMENTED_TYPE),
};
pub static ELLIPSIS: Singleton = Singleton {
    header: ObjHeader::new_static(&ELLIPSIS_TYPE),
};

pub static TRUE: IntObject = IntObject::new_static(&BOOL_TYPE, 1);
pub static FALSE: IntObject = IntObject::new_static(&BOOL_TYPE, 0);

#[inline(always)]
pub fn none() -> Value {
    Value::from_static(&NONE)
}

#[inline(always)]
pub fn not_implemented() -> Value {
    Value::from_static(&NOT_IMPLEMENTED)
}

#[inline(always)]
pub fn ellipsis() -> Value {
    Value::from_static(&ELLIPSIS)
}

#[inline(always)]
pub fn true_() -> Value {
    Value::from_static(&TRUE)
}

#[inline(always)]
pub fn false_() -> Value {
    Value::from_static(&FALSE)
}

#[inline(always)]
pub fn bool(b: bool) -> Value {
    if b {
        true_()
    } else {
        false_()
    }
}

#[inline(always)]
pub fn is_none(v: &Value) -> bool {
    v.raw() == Value::from_static(&NONE).into_raw()
}

#[inline(always)]
pub fn is_not_implemented(v: &Value) -> bool {
    v.raw() == Value::from_static(&NOT_IMPLEMENTED).into_raw()
}

fn bool_repr(v: &Value) -> PyResult<Value> {
    Ok(pystr::intern(if v.is(&true_()) { "True" } else { "False" }))
}

/// `&`, `|`, `^` of two bools give a bool; anything else is int arithmetic.
fn bool_bitwise(
    a: &Value,
    b: &Value,
    f: fn(bool, bool) -> bool,
    int_op: BinaryFn,
) -> PyResult<Value> {
    if a.is_exact(&BOOL_TYPE) && b.is_exact(&BOOL_TYPE) {
        return Ok(bool(f(a.is(&true_()), b.is(&true_()))));
    }
    int_op(a, b)
}

fn bool_and(a: &Value, b: &Value) -> PyResult<Value> {
    bool_bitwise(a, b, |x, y| x & y, int::and)
}

fn bool_or(a: &Value, b: &Value) -> PyResult<Value> {
    bool_bitwise(a, b, |x, y| x | y, int::or)
}

fn bool_xor(a: &Value, b: &Value) -> PyResult<Value> {
    bool_bitwise(a, b, |x, y| x ^ y, int::xor)
}

const fn bool_number_slots() -> [Option<BinaryFn>; NUM_BINOPS] {
    let mut n = INT_SLOTS.number;
    n[BinOp::And as usize] = Some(bool_and);
    n[BinOp::Or as usize] = Some(bool_or);
    n[BinOp::Xor as usize] = Some(bool_xor);
    n
}

pub static BOOL_TYPE: TypeObject = TypeObject::new_static(
    "bool",
    Some(&int::INT_TYPE),
    tpflags::INT_SUBCLASS,
    Slots {
        repr: Some(bool_repr),
        number: bool_number_slots(),
        ..INT_SLOTS
    },
);
