//! The `_operator` module: the function forms of Python's operators, and
//! `_compare_digest`; `getters.rs` has itemgetter, attrgetter and
//! methodcaller.

mod getters;

use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::objects::{native_any_arity, new_module, NativeFn};
use taipan_vm::interp::{attrs, call_object, type_error};
use taipan_vm::object::{BinOp, CompareOp};
use taipan_vm::types::bytes;
use taipan_vm::types::exceptions::{TYPE_ERROR, VALUE_ERROR};
use taipan_vm::types::{dict, int, singletons, str as pystr};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::{no_keywords, positional};

/// The positional arguments of an operator function taking exactly `n`.
fn exactly<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
    n: usize,
) -> PyResult<&'a [Value]> {
    no_keywords(&format!("_operator.{name}"), kwnames)?;
    let a = positional(args, kwnames);
    check_count("_operator.", name, a.len(), n, n)?;
    Ok(a)
}

macro_rules! binary {
    ($name:literal, $op:expr) => {
        (
            $name,
            (|a: &[Value], k: &[Value]| {
                let a = exactly($name, a, k, 2)?;
                ops::binary_op(&a[0], &a[1], $op)
            }) as NativeFn,
        )
    };
}

macro_rules! inplace {
    ($name:literal, $op:expr) => {
        (
            $name,
            (|a: &[Value], k: &[Value]| {
                let a = exactly($name, a, k, 2)?;
                ops::inplace_op(&a[0], &a[1], $op)
            }) as NativeFn,
        )
    };
}

macro_rules! compare {
    ($name:literal, $op:expr) => {
        (
            $name,
            (|a: &[Value], k: &[Value]| {
                let a = exactly($name, a, k, 2)?;
                ops::richcompare(&a[0], &a[1], $op)
            }) as NativeFn,
        )
    };
}

macro_rules! unary {
    ($name:literal, $f:expr) => {
        (
            $name,
            (|a: &[Value], k: &[Value]| {
                let a = exactly($name, a, k, 1)?;
                $f(&a[0])
            }) as NativeFn,
        )
    };
}

macro_rules! pair {
    ($name:literal, $f:expr) => {
        (
            $name,
            (|a: &[Value], k: &[Value]| {
                let a = exactly($name, a, k, 2)?;
                $f(&a[0], &a[1])
            }) as NativeFn,
        )
    };
}

fn truth(v: &Value) -> PyResult<Value> {
    Ok(singletons::bool(ops::truthy(v)?))
}

fn not(v: &Value) -> PyResult<Value> {
    Ok(singletons::bool(!ops::truthy(v)?))
}

fn is(a: &Value, b: &Value) -> PyResult<Value> {
    Ok(singletons::bool(a.is(b)))
}

fn is_not(a: &Value, b: &Value) -> PyResult<Value> {
    Ok(singletons::bool(!a.is(b)))
}

fn is_none(v: &Value) -> PyResult<Value> {
    Ok(singletons::bool(singletons::is_none(v)))
}

fn is_not_none(v: &Value) -> PyResult<Value> {
    Ok(singletons::bool(!singletons::is_none(v)))
}

/// `a + b` for sequences only.
fn concat_with(a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    let s = &a.type_of().slots;
    if s.concat.is_none() && s.getitem.is_none() {
        return Err(type_error(format!(
            "'{}' object can't be concatenated",
            a.type_of().name
        )));
    }
    if inplace {
        ops::inplace_op(a, b, BinOp::Add)
    } else {
        ops::binary_op(a, b, BinOp::Add)
    }
}

fn concat(a: &Value, b: &Value) -> PyResult<Value> {
    concat_with(a, b, false)
}

fn iconcat(a: &Value, b: &Value) -> PyResult<Value> {
    concat_with(a, b, true)
}

fn contains(a: &Value, b: &Value) -> PyResult<Value> {
    Ok(singletons::bool(ops::contains(a, b)?))
}

fn count_of(a: &Value, b: &Value) -> PyResult<Value> {
    let it = attrs::iter(a)?;
    let mut n = 0i64;
    while let Some(x) = attrs::next(&it)? {
        if x.is(b) || ops::eq(&x, b)? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn index_of(a: &Value, b: &Value) -> PyResult<Value> {
    let it = attrs::iter(a)?;
    let mut i = 0i64;
    while let Some(x) = attrs::next(&it)? {
        if x.is(b) || ops::eq(&x, b)? {
            return Ok(int::from_i64(i));
        }
        i += 1;
    }
    Err(PyErr::new(
        &VALUE_ERROR,
        "sequence.index(x): x not in sequence",
    ))
}

fn getitem(a: &Value, b: &Value) -> PyResult<Value> {
    attrs::getitem(a, b)
}

fn delitem(a: &Value, b: &Value) -> PyResult<Value> {
    attrs::setitem(a, b, None)?;
    Ok(singletons::none())
}

fn setitem(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly("setitem", args, kwnames, 3)?;
    attrs::setitem(&a[0], &a[1], Some(&a[2]))?;
    Ok(singletons::none())
}

/// `length_hint(obj, default=0, /)`.
fn length_hint(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("length_hint", kwnames)?;
    let a = positional(args, kwnames);
    check_count("", "length_hint", a.len(), 1, 2)?;
    let default = match a.get(1) {
        Some(d) if int::as_int(d).is_some() => d.clone(),
        Some(d) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                d.type_of().name
            )))
        }
        None => int::from_i64(0),
    };
    let obj = &a[0];
    // As CPython's PyObject_LengthHint: a TypeError from `len()` or
    // `__length_hint__` means "no hint".
    fn no_hint<T>(e: PyErr) -> PyResult<Option<T>> {
        if e.matches(&TYPE_ERROR) {
            Ok(None)
        } else {
            Err(e)
        }
    }
    if obj.type_of().slots.length.is_some() {
        if let Some(n) = ops::len(obj).map(Some).or_else(no_hint)? {
            return Ok(int::from_i64(n as i64));
        }
    }
    let Some(hint) = attrs::lookup_special(obj, "__length_hint__")? else {
        return Ok(default);
    };
    let Some(r) = call_object(&attrs::bind(hint, obj)?, &[], &[])
        .map(Some)
        .or_else(no_hint)?
    else {
        return Ok(default);
    };
    if singletons::is_not_implemented(&r) {
        return Ok(default);
    }
    if int::as_int(&r).is_none() {
        return Err(type_error(format!(
            "__length_hint__ must be an integer, not {}",
            r.type_of().name
        )));
    }
    if int::as_int(&r).is_some_and(|i| i.is_negative()) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "__length_hint__() should return >= 0",
        ));
    }
    Ok(r)
}

/// `call(obj, /, *args, **kwargs)`.
fn call(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() == kwnames.len() {
        return Err(type_error(
            "call() missing 1 required positional argument: 'obj'",
        ));
    }
    call_object(&args[0], &args[1..], kwnames)
}

/// `_compare_digest(a, b)`: equality of two ASCII strs or two bytes-like
/// objects, in time that depends on the length only.
fn compare_digest(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y): (Vec<u8>, Vec<u8>) = match (pystr::as_str(a), pystr::as_str(b)) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(type_error(
                    "comparing strings with non-ASCII characters is not supported",
                ));
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        _ if bytes_like(a).is_err() && bytes_like(b).is_err() => {
            return Err(type_error(format!(
                "unsupported operand types(s) or combination of types: '{}' and '{}'",
                a.type_of().name,
                b.type_of().name
            )))
        }
        _ => (bytes_like(a)?, bytes_like(b)?),
    };
    let mut diff = u8::from(x.len() != y.len());
    for (i, c) in y.iter().enumerate() {
        diff |= c ^ x.get(i).copied().unwrap_or(!c);
    }
    Ok(singletons::bool(diff == 0))
}

fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    taipan_vm::interp::bytearray::data_of(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_of().name
        ))
    })
}

pub(crate) fn module() -> PyResult<Value> {
    let functions: &[(&'static str, NativeFn)] = &[
        binary!("add", BinOp::Add),
        binary!("and_", BinOp::And),
        binary!("floordiv", BinOp::FloorDiv),
        binary!("lshift", BinOp::LShift),
        binary!("matmul", BinOp::MatMul),
        binary!("mod", BinOp::Rem),
        binary!("mul", BinOp::Mul),
        binary!("or_", BinOp::Or),
        binary!("pow", BinOp::Pow),
        binary!("rshift", BinOp::RShift),
        binary!("sub", BinOp::Sub),
        binary!("truediv", BinOp::TrueDiv),
        binary!("xor", BinOp::Xor),
        inplace!("iadd", BinOp::Add),
        inplace!("iand", BinOp::And),
        inplace!("ifloordiv", BinOp::FloorDiv),
        inplace!("ilshift", BinOp::LShift),
        inplace!("imatmul", BinOp::MatMul),
        inplace!("imod", BinOp::Rem),
        inplace!("imul", BinOp::Mul),
        inplace!("ior", BinOp::Or),
        inplace!("ipow", BinOp::Pow),
        inplace!("irshift", BinOp::RShift),
        inplace!("isub", BinOp::Sub),
        inplace!("itruediv", BinOp::TrueDiv),
        inplace!("ixor", BinOp::Xor),
        compare!("lt", CompareOp::Lt),
        compare!("le", CompareOp::Le),
        compare!("eq", CompareOp::Eq),
        compare!("ne", CompareOp::Ne),
        compare!("ge", CompareOp::Ge),
        compare!("gt", CompareOp::Gt),
        unary!("neg", ops::neg),
        unary!("pos", ops::pos),
        unary!("abs", ops::abs),
        unary!("inv", ops::invert),
        unary!("invert", ops::invert),
        unary!("index", ops::index),
        unary!("not_", not),
        unary!("truth", truth),
        unary!("is_none", is_none),
        unary!("is_not_none", is_not_none),
        pair!("is_", is),
        pair!("is_not", is_not),
        pair!("concat", concat),
        pair!("iconcat", iconcat),
        pair!("contains", contains),
        pair!("countOf", count_of),
        pair!("indexOf", index_of),
        pair!("getitem", getitem),
        pair!("delitem", delitem),
        pair!("_compare_digest", compare_digest),
        ("setitem", setitem),
        ("length_hint", length_hint),
        ("call", call),
    ];
    let d = dict::new();
    for (name, f) in functions {
        dict::set_item(&d, pystr::intern(name), native_any_arity(name, *f))?;
    }
    getters::install(&d)?;
    dict::set_item(&d, pystr::intern("__doc__"), pystr::new("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."))?;
    new_module("_operator", d)
}
