//! A minimal `bytearray`: construction, repr, len, indexing and item
//! assignment, iteration, comparison with bytes, `append`/`extend`/
//! `decode`.

use super::objects::simple_type;
use crate::error::{PyErr, PyResult};
use crate::object::{Cell, CompareOp, ObjHeader, PyPayload, TypeObject, Value};
use crate::types::exceptions::{INDEX_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::types::{bytes, int, singletons, str as pystr};

#[repr(C)]
pub struct ByteArrayObject {
    header: ObjHeader,
    data: Cell<Vec<u8>>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for ByteArrayObject {
    fn type_object() -> &'static TypeObject {
        &BYTEARRAY_TYPE
    }
}

impl ByteArrayObject {
    fn get(&self) -> Vec<u8> {
        self.data.with(PyPayload::header(self), |d| d.clone())
    }
}

pub fn new(data: Vec<u8>) -> Value {
    Value::from_box(Box::new(ByteArrayObject {
        header: ObjHeader::new(&BYTEARRAY_TYPE),
        data: Cell::new(data),
    }))
}

fn me(v: &Value) -> &ByteArrayObject {
    v.downcast::<ByteArrayObject>().expect("bytearray")
}

/// The bytes of a bytes or bytearray value.
pub fn data_of(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Some(b.to_vec());
    }
    v.downcast::<ByteArrayObject>().map(ByteArrayObject::get)
}

fn repr(v: &Value) -> PyResult<Value> {
    Ok(pystr::new(&format!(
        "bytearray({})",
        bytes::repr_bytes(&me(v).get())
    )))
}
fn len(v: &Value) -> PyResult<usize> {
    Ok(me(v).get().len())
}
fn truthy(v: &Value) -> PyResult<bool> {
    Ok(!me(v).get().is_empty())
}
fn index(k: &Value, n: usize) -> PyResult<usize> {
    let i = k.as_small_int().ok_or_else(|| {
        PyErr::new(
            &TYPE_ERROR,
            format!(
                "bytearray indices must be integers or slices, not {}",
                k.type_of().name
            ),
        )
    })?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(PyErr::new(&INDEX_ERROR, "bytearray index out of range"));
    }
    Ok(j as usize)
}
fn getitem(v: &Value, k: &Value) -> PyResult<Value> {
    let d = me(v).get();
    if let Some(s) = k.downcast::<super::objects::SliceObject>() {
        let (start, _, step, n) = super::attrs::slice_indices(s, d.len())?;
        return Ok(new((0..n)
            .map(|i| d[(start + i as i64 * step) as usize])
            .collect()));
    }
    let i = index(k, d.len())?;
    Ok(int::from_i64(i64::from(d[i])))
}
fn byte_value(x: &Value) -> PyResult<u8> {
    let i = x.as_small_int().ok_or_else(|| {
        PyErr::new(
            &TYPE_ERROR,
            format!(
                "'{}' object cannot be interpreted as an integer",
                x.type_of().name
            ),
        )
    })?;
    u8::try_from(i).map_err(|_| PyErr::new(&VALUE_ERROR, "byte must be in range(0, 256)"))
}
fn setitem(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
    let b = me(v);
    let n = b.get().len();
    let i = index(k, n)?;
    match x {
        Some(x) => {
            let byte = byte_value(x)?;
            b.data.with(PyPayload::header(b), |d| d[i] = byte);
        }
        None => {
            b.data.with(PyPayload::header(b), |d| {
                d.remove(i);
            });
        }
    }
    Ok(())
}
fn iter(v: &Value) -> PyResult<Value> {
    crate::ops::iter(&bytes::from_vec(me(v).get()))
}
fn richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (data_of(a), data_of(b)) else {
        return Ok(singletons::not_implemented());
    };
    Ok(singletons::bool(op.test(x.cmp(&y))))
}
fn concat(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(mut x), Some(y)) = (data_of(a), data_of(b)) else {
        return Ok(singletons::not_implemented());
    };
    x.extend(y);
    Ok(new(x))
}
fn contains(v: &Value, k: &Value) -> PyResult<bool> {
    let d = me(v).get();
    if let Some(i) = k.as_small_int() {
        return Ok(d.iter().any(|&b| i64::from(b) == i));
    }
    let sub = data_of(k).unwrap_or_default();
    Ok(sub.is_empty() || d.windows(sub.len()).any(|w| w == sub.as_slice()))
}

simple_type!(BYTEARRAY_TYPE, "bytearray", ByteArrayObject, {
    repr: Some(repr),
    hash: None,
    richcompare: Some(richcompare),
    length: Some(len),
    bool: Some(truthy),
    getitem: Some(getitem),
    setitem: Some(setitem),
    iter: Some(iter),
    concat: Some(concat),
    contains: Some(contains),
});

fn m_append(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let byte = byte_value(&a[1])?;
    let b = me(&a[0]);
    b.data.with(PyPayload::header(b), |d| d.push(byte));
    Ok(singletons::none())
}
fn m_extend(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let more = match data_of(&a[1]) {
        Some(d) => d,
        None => super::attrs::collect(&a[1])?
            .iter()
            .map(byte_value)
            .collect::<PyResult<Vec<u8>>>()?,
    };
    let b = me(&a[0]);
    b.data.with(PyPayload::header(b), |d| d.extend(more));
    Ok(singletons::none())
}
fn m_decode(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = me(&a[0]).get();
    match String::from_utf8(d) {
        Ok(s) => Ok(pystr::new(&s)),
        Err(_) => Err(PyErr::new(
            &crate::types::exceptions::UNICODE_DECODE_ERROR,
            "'utf-8' codec can't decode bytes",
        )),
    }
}

pub fn install() {
    for (name, f) in [
        ("append", m_append as super::objects::NativeFn),
        ("extend", m_extend),
        ("decode", m_decode),
    ] {
        let _ = crate::types::dict::set_item(
            BYTEARRAY_TYPE.dict(),
            pystr::intern(name),
            super::objects::native_method(&BYTEARRAY_TYPE, name, f),
        );
    }
}

/// `bytearray(x)`: from a size, an iterable of ints, bytes, or str +
/// encoding.
pub fn construct(a: &[Value]) -> PyResult<Value> {
    let Some(src) = a.first() else {
        return Ok(new(Vec::new()));
    };
    if let Some(t) = pystr::as_str(src) {
        if a.len() < 2 {
            return Err(PyErr::new(
                &TYPE_ERROR,
                "string argument without an encoding",
            ));
        }
        return Ok(new(t.as_bytes().to_vec()));
    }
    Ok(new(super::builtins::bytes_source(
        src,
        "bytearray",
        byte_value,
    )?))
}
