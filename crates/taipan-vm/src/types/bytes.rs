//! `bytes`: an immutable byte string with a cached hash (SipHash-1-3, the
//! same function and key as `str`).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

use crate::error::{PyErr, PyResult};
use crate::hash;
use crate::object::payload::dealloc_box;
use crate::object::{tpflags, Cell, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{INDEX_ERROR, MEMORY_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::types::{int, singletons, str as pystr, tuple};

#[repr(C)]
pub struct BytesObject {
    header: ObjHeader,
    hash: AtomicI64,
    data: Box<[u8]>,
}

// SAFETY: `#[repr(C)]`, header first; `bytes` and its subclasses use this
// layout.
unsafe impl PyPayload for BytesObject {
    fn type_object() -> &'static TypeObject {
        &BYTES_TYPE
    }
}

impl BytesObject {
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }

    pub fn hash(&self) -> i64 {
        let cached = self.hash.load(Ordering::Relaxed);
        if cached != -1 {
            return cached;
        }
        let h = hash::hash_bytes(&self.data);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

pub fn new(data: &[u8]) -> Value {
    if data.is_empty() {
        return empty();
    }
    from_vec(data.to_vec())
}

pub fn from_vec(data: Vec<u8>) -> Value {
    Value::from_box(Box::new(BytesObject {
        header: ObjHeader::new(&BYTES_TYPE),
        hash: AtomicI64::new(-1),
        data: data.into_boxed_slice(),
    }))
}

pub fn empty() -> Value {
    static EMPTY: OnceLock<Value> = OnceLock::new();
    EMPTY
        .get_or_init(|| {
            let v = from_vec(Vec::new());
            if let Some(h) = v.header() {
                h.make_immortal();
            }
            v
        })
        .clone()
}

/// The bytes of a `bytes` value.
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    v.downcast::<BytesObject>().map(BytesObject::as_bytes)
}

fn bytes_hash(v: &Value) -> PyResult<i64> {
    Ok(v.downcast::<BytesObject>().map_or(0, BytesObject::hash))
}

fn bytes_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_bytes(a), as_bytes(b)) else {
        return Ok(singletons::not_implemented());
    };
    Ok(singletons::bool(op.test(x.cmp(y))))
}

/// `repr(b)` as CPython writes it.
pub fn repr_bytes(data: &[u8]) -> String {
    repr_quoted(data, false)
}

/// The `b'...'` inside `repr(bytearray)`: CPython escapes `'` there even
/// inside double quotes.
pub fn repr_bytearray_data(data: &[u8]) -> String {
    repr_quoted(data, true)
}

fn repr_quoted(data: &[u8], escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\'' if escape_single => out.push_str("\\'"),
            _ if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7E => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(v: &Value) -> PyResult<Value> {
    Ok(pystr::new(&repr_bytes(as_bytes(v).unwrap_or_default())))
}

fn bytes_len(v: &Value) -> PyResult<usize> {
    Ok(as_bytes(v).map_or(0, <[u8]>::len))
}

fn bytes_bool(v: &Value) -> PyResult<bool> {
    Ok(bytes_len(v)? != 0)
}

fn bytes_concat(a: &Value, b: &Value) -> PyResult<Value> {
    use crate::interp::builtins::buffer;
    let (Some(x), Some(y)) = (buffer(a), buffer(b)) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!("can't concat {} to {}", b.type_of().name, a.type_of().name),
        ));
    };
    let mut out = crate::types::vec_with_capacity(x.len() + y.len())?;
    out.extend_from_slice(&x);
    out.extend_from_slice(&y);
    Ok(from_vec(out))
}

fn bytes_repeat(a: &Value, n: &Value) -> PyResult<Value> {
    let count = pystr::repeat_count(n)?;
    let x = as_bytes(a).unwrap_or_default();
    if count == 1 && a.is_exact(&BYTES_TYPE) {
        return Ok(a.clone());
    }
    let total = x
        .len()
        .checked_mul(count)
        .ok_or_else(|| PyErr::with_args(&MEMORY_ERROR, Vec::new()))?;
    let mut out = crate::types::vec_with_capacity(total)?;
    for _ in 0..count {
        out.extend_from_slice(x);
    }
    Ok(new(&out))
}

fn bytes_contains(a: &Value, item: &Value) -> PyResult<bool> {
    let hay = as_bytes(a).unwrap_or_default();
    if let Some(i) = int::as_int(item) {
        return match i.to_i64() {
            Some(b @ 0..=255) => Ok(hay.contains(&(b as u8))),
            _ => Err(PyErr::new(&VALUE_ERROR, "byte must be in range(0, 256)")),
        };
    }
    let Some(needle) = as_bytes(item) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "a bytes-like object is required, not '{}'",
                item.type_of().name
            ),
        ));
    };
    Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle))
}

fn bytes_getitem(a: &Value, index: &Value) -> PyResult<Value> {
    let index_int = ops::index_operand(index)?;
    let Some(i) = index_int.as_ref().and_then(int::as_int) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "byte indices must be integers or slices, not {}",
                index.type_of().name
            ),
        ));
    };
    let data = as_bytes(a).unwrap_or_default();
    let i = tuple::normalize_index(i, data.len())?
        .ok_or_else(|| PyErr::new(&INDEX_ERROR, "index out of range"))?;
    Ok(int::from_i64(data[i] as i64))
}

/// `b % args`.
fn bytes_rem(a: &Value, b: &Value) -> PyResult<Value> {
    let Some(fmt) = as_bytes(a) else {
        return Ok(singletons::not_implemented());
    };
    Ok(from_vec(crate::interp::builtins::bytes_percent_format(
        fmt, b,
    )?))
}

/// Iterator over `bytes`, yielding ints.
#[repr(C)]
pub struct BytesIterator {
    header: ObjHeader,
    bytes: Value,
    pos: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for BytesIterator {
    fn type_object() -> &'static TypeObject {
        &BYTES_ITERATOR_TYPE
    }
}

fn bytes_iter(v: &Value) -> PyResult<Value> {
    Ok(Value::from_box(Box::new(BytesIterator {
        header: ObjHeader::new(&BYTES_ITERATOR_TYPE),
        bytes: v.clone(),
        pos: Cell::new(0),
    })))
}

fn bytes_iterator_next(v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<BytesIterator>() else {
        return Ok(None);
    };
    let data = as_bytes(&it.bytes).unwrap_or_default();
    let b = it.pos.with(&it.header, |pos| {
        let b = data.get(*pos).copied();
        *pos += b.is_some() as usize;
        b
    });
    Ok(b.map(|b| int::from_i64(b as i64)))
}

fn bytes_iterator_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<BytesIterator>() {
        visit(&it.bytes);
    }
}

pub static BYTES_ITERATOR_TYPE: TypeObject = TypeObject::new_static(
    "bytes_iterator",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::HAVE_GC,
    Slots {
        iter: Some(tuple::self_iter),
        next: Some(bytes_iterator_next),
        traverse: Some(bytes_iterator_traverse),
        hash: Some(crate::types::object::identity_hash),
        richcompare: Some(crate::types::object::identity_richcompare),
        getattr: Some(crate::types::object::generic_getattr),
        ..Slots::new(dealloc_box::<BytesIterator>)
    },
);

pub static BYTES_TYPE: TypeObject = TypeObject::new_static(
    "bytes",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::BYTES_SUBCLASS,
    Slots {
        hash: Some(bytes_hash),
        repr: Some(bytes_repr),
        richcompare: Some(bytes_richcompare),
        getattr: Some(crate::types::object::generic_getattr),
        iter: Some(bytes_iter),
        bool: Some(bytes_bool),
        length: Some(bytes_len),
        concat: Some(bytes_concat),
        repeat: Some(bytes_repeat),
        contains: Some(bytes_contains),
        getitem: Some(bytes_getitem),
        number: {
            let mut n = [None; crate::object::typeobj::NUM_BINOPS];
            n[crate::object::BinOp::Rem as usize] =
                Some(bytes_rem as crate::object::typeobj::BinaryFn);
            n
        },
        ..Slots::new(dealloc_box::<BytesObject>)
    },
);
