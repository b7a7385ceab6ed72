//! `bytearray`: a mutable byte sequence. Construction, repr, comparison,
//! indexing and slice assignment/deletion, `+=`/`*=`, and the list-like
//! mutators; the methods it shares with bytes live in
//! `builtins/bytes_methods.rs`.

use super::objects::{simple_type, SliceObject};
use crate::error::{PyErr, PyResult};
use crate::object::{BinOp, Cell, CompareOp, ObjHeader, PyPayload, TypeObject, Value};
use crate::types::exceptions::{BUFFER_ERROR, INDEX_ERROR, MEMORY_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::types::{bytes, int, singletons, str as pystr};
use std::sync::atomic::{AtomicUsize, Ordering};

#[repr(C)]
pub struct ByteArrayObject {
    header: ObjHeader,
    data: Cell<Vec<u8>>,
    /// Live memoryviews of the contents: while there are any, the size
    /// cannot change.
    exports: AtomicUsize,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for ByteArrayObject {
    fn type_object() -> &'static TypeObject {
        &BYTEARRAY_TYPE
    }
}

impl ByteArrayObject {
    /// A copy of the contents.
    pub fn to_vec(&self) -> Vec<u8> {
        self.data.with(PyPayload::header(self), |d| d.clone())
    }

    fn len(&self) -> usize {
        self.data.with(PyPayload::header(self), |d| d.len())
    }

    /// Replaces the contents (a size change needs no exports).
    fn set(&self, new: Vec<u8>) -> PyResult<()> {
        if new.len() != self.len() {
            self.can_resize()?;
        }
        let old = self.modify(|d| std::mem::replace(d, new));
        drop(old);
        Ok(())
    }

    pub(crate) fn export(&self) {
        self.exports.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn unexport(&self) {
        self.exports.fetch_sub(1, Ordering::Relaxed);
    }

    /// Fails while memoryviews share the contents, before a size change.
    pub(crate) fn can_resize(&self) -> PyResult<()> {
        if self.exports.load(Ordering::Relaxed) == 0 {
            return Ok(());
        }
        Err(PyErr::new(
            &BUFFER_ERROR,
            "Existing exports of data: object cannot be re-sized",
        ))
    }

    /// Runs `f` on the contents (it must not run Python code).
    pub fn modify<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        self.data.with(PyPayload::header(self), f)
    }
}

pub fn new(data: Vec<u8>) -> Value {
    Value::from_box(Box::new(ByteArrayObject {
        header: ObjHeader::new(&BYTEARRAY_TYPE),
        data: Cell::new(data),
        exports: AtomicUsize::new(0),
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
    v.downcast::<ByteArrayObject>().map(ByteArrayObject::to_vec)
}

/// Copies `data` over the start of the bytearray `target` (`readinto()`).
pub fn write_prefix(target: &Value, data: &[u8]) -> PyResult<()> {
    let Some(b) = target.downcast::<ByteArrayObject>() else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "readinto() argument must be read-write bytes-like object, not {}",
                target.type_of().name
            ),
        ));
    };
    b.modify(|buf| {
        let n = data.len().min(buf.len());
        buf[..n].copy_from_slice(&data[..n]);
    });
    Ok(())
}

/// The bytes of any bytes-like object (memoryview included).
pub(crate) fn buffer_of(v: &Value) -> Option<Vec<u8>> {
    data_of(v).or_else(|| super::memoryview::contents(v))
}

fn repr(v: &Value) -> PyResult<Value> {
    Ok(pystr::new(&format!(
        "{}({})",
        v.type_of().name,
        bytes::repr_bytearray_data(&me(v).to_vec())
    )))
}
fn len(v: &Value) -> PyResult<usize> {
    Ok(me(v).len())
}
fn truthy(v: &Value) -> PyResult<bool> {
    Ok(me(v).len() != 0)
}

/// An index through `__index__`.
fn index_int(k: &Value) -> Option<PyResult<i64>> {
    let i = if int::as_int(k).is_some() {
        k.clone()
    } else {
        match k.type_of().slots.index {
            Some(f) => match f(k) {
                Ok(i) => i,
                Err(e) => return Some(Err(e)),
            },
            None => return None,
        }
    };
    Some(int::as_int(&i).and_then(|r| r.to_i64()).ok_or_else(|| {
        PyErr::new(
            &crate::types::exceptions::INDEX_ERROR,
            format!(
                "cannot fit '{}' into an index-sized integer",
                k.type_of().name
            ),
        )
    }))
}

/// An integer argument (`insert`, `pop`).
fn index_arg(k: &Value) -> PyResult<i64> {
    index_int(k).unwrap_or_else(|| {
        Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "'{}' object cannot be interpreted as an integer",
                k.type_of().name
            ),
        ))
    })
}

fn index(k: &Value, n: usize) -> PyResult<usize> {
    let i = index_int(k).unwrap_or_else(|| {
        Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "bytearray indices must be integers or slices, not {}",
                k.type_of().name
            ),
        ))
    })?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(PyErr::new(&INDEX_ERROR, "bytearray index out of range"));
    }
    Ok(j as usize)
}

fn getitem(v: &Value, k: &Value) -> PyResult<Value> {
    let d = me(v).to_vec();
    if let Some(s) = k.downcast::<SliceObject>() {
        let (start, _, step, n) = super::attrs::slice_indices(s, d.len())?;
        return Ok(new((0..n)
            .map(|i| d[(start + i as i64 * step) as usize])
            .collect()));
    }
    let i = index(k, d.len())?;
    Ok(int::from_i64(i64::from(d[i])))
}

/// A byte value: an int in range(256).
pub fn byte_value(x: &Value) -> PyResult<u8> {
    let i = index_int(x).unwrap_or_else(|| {
        Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "'{}' object cannot be interpreted as an integer",
                x.type_of().name
            ),
        ))
    });
    match i {
        Ok(i) => {
            u8::try_from(i).map_err(|_| PyErr::new(&VALUE_ERROR, "byte must be in range(0, 256)"))
        }
        Err(e) if e.matches(&INDEX_ERROR) => {
            Err(PyErr::new(&VALUE_ERROR, "byte must be in range(0, 256)"))
        }
        Err(e) => Err(e),
    }
}

/// The bytes an assigned slice value stands for.
fn slice_source(x: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = buffer_of(x) {
        return Ok(d);
    }
    if int::as_int(x).is_some() || x.downcast::<crate::types::str::StrObject>().is_some() {
        return Err(PyErr::new(
            &TYPE_ERROR,
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    super::attrs::collect(x)?.iter().map(byte_value).collect()
}

fn setitem(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
    let b = me(v);
    if let Some(s) = k.downcast::<SliceObject>() {
        let src = match x {
            Some(x) => Some(slice_source(x)?),
            None => None,
        };
        let mut d = b.to_vec();
        let (start, stop, step, n) = super::attrs::slice_indices(s, d.len())?;
        if step == 1 {
            let (lo, hi) = (start as usize, stop.max(start) as usize);
            d.splice(lo..hi, src.unwrap_or_default());
        } else {
            let idx = (0..n).map(|i| (start + i as i64 * step) as usize);
            match src {
                Some(src) => {
                    if src.len() != n {
                        return Err(PyErr::new(
                            &VALUE_ERROR,
                            format!(
                                "attempt to assign bytes of size {} to extended slice of size {n}",
                                src.len()
                            ),
                        ));
                    }
                    for (i, byte) in idx.zip(src) {
                        d[i] = byte;
                    }
                }
                None => {
                    let mut gone = vec![false; d.len()];
                    for i in idx {
                        gone[i] = true;
                    }
                    let mut it = gone.iter();
                    d.retain(|_| !it.next().copied().unwrap_or(false));
                }
            }
        }
        return b.set(d);
    }
    let i = index(k, b.len())?;
    match x {
        Some(x) => {
            let byte = byte_value(x)?;
            b.modify(|d| d[i] = byte);
        }
        None => {
            b.can_resize()?;
            b.modify(|d| {
                d.remove(i);
            });
        }
    }
    Ok(())
}
fn iter(v: &Value) -> PyResult<Value> {
    Ok(super::builtins::bytearray_iter(v.clone()))
}
fn richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (buffer_of(a), buffer_of(b)) else {
        return Ok(singletons::not_implemented());
    };
    Ok(singletons::bool(op.test(x.cmp(&y))))
}
fn concat(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(mut x), Some(y)) = (buffer_of(a), buffer_of(b)) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!("can't concat {} to {}", b.type_of().name, a.type_of().name),
        ));
    };
    x.extend(y);
    Ok(new(x))
}
fn inplace_concat(a: &Value, b: &Value) -> PyResult<Value> {
    let Some(y) = buffer_of(b) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!("can't concat {} to {}", b.type_of().name, a.type_of().name),
        ));
    };
    if !y.is_empty() {
        me(a).can_resize()?;
    }
    me(a).modify(|d| d.extend(y));
    Ok(a.clone())
}
fn repeated(a: &Value, n: &Value) -> PyResult<Vec<u8>> {
    let count = pystr::repeat_count(n)?;
    let d = me(a).to_vec();
    let total = d
        .len()
        .checked_mul(count)
        .ok_or_else(|| PyErr::with_args(&MEMORY_ERROR, Vec::new()))?;
    let mut out = crate::types::vec_with_capacity(total)?;
    for _ in 0..count {
        out.extend_from_slice(&d);
    }
    Ok(out)
}
fn repeat(a: &Value, n: &Value) -> PyResult<Value> {
    Ok(new(repeated(a, n)?))
}
fn inplace_repeat(a: &Value, n: &Value) -> PyResult<Value> {
    if int::as_int(n).is_none() {
        return Ok(singletons::not_implemented());
    }
    let d = repeated(a, n)?;
    me(a).set(d)?;
    Ok(a.clone())
}
fn contains(v: &Value, k: &Value) -> PyResult<bool> {
    let d = me(v).to_vec();
    if let Some(sub) = buffer_of(k) {
        return Ok(sub.is_empty() || d.windows(sub.len()).any(|w| w == sub.as_slice()));
    }
    if index_int(k).is_none() {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "a bytes-like object is required, not '{}'",
                k.type_of().name
            ),
        ));
    }
    let b = byte_value(k)?;
    Ok(d.contains(&b))
}
fn rem(a: &Value, b: &Value) -> PyResult<Value> {
    if a.downcast::<ByteArrayObject>().is_none() {
        return Ok(singletons::not_implemented());
    }
    let r = super::builtins::bytes_percent_format(&me(a).to_vec(), b)?;
    Ok(new(r))
}

const fn number_slots(
) -> [Option<crate::object::typeobj::BinaryFn>; crate::object::typeobj::NUM_BINOPS] {
    let mut n = [None; crate::object::typeobj::NUM_BINOPS];
    n[BinOp::Rem as usize] = Some(rem as crate::object::typeobj::BinaryFn);
    n
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
    inplace_concat: Some(inplace_concat),
    repeat: Some(repeat),
    contains: Some(contains),
    number: number_slots(),
    inplace: {
        let mut n = [None; crate::object::typeobj::NUM_BINOPS];
        n[BinOp::Mul as usize] = Some(inplace_repeat as crate::object::typeobj::BinaryFn);
        n
    },
});

fn m_append(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let byte = byte_value(&a[1])?;
    me(&a[0]).can_resize()?;
    me(&a[0]).modify(|d| d.push(byte));
    Ok(singletons::none())
}
fn m_extend(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let more = match buffer_of(&a[1]) {
        Some(d) => d,
        None => {
            if a[1].downcast::<crate::types::str::StrObject>().is_some() {
                return Err(PyErr::new(
                    &TYPE_ERROR,
                    "expected iterable of integers; got: 'str'",
                ));
            }
            let items = super::attrs::collect(&a[1]).map_err(|e| {
                if e.matches(&TYPE_ERROR) {
                    PyErr::new(
                        &TYPE_ERROR,
                        format!("can't extend bytearray with {}", a[1].type_of().name),
                    )
                } else {
                    e
                }
            })?;
            items
                .iter()
                .map(byte_value)
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    if !more.is_empty() {
        me(&a[0]).can_resize()?;
    }
    me(&a[0]).modify(|d| d.extend(more));
    Ok(singletons::none())
}
fn m_insert(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!("insert expected 2 arguments, got {}", a.len() - 1),
        ));
    }
    let i = index_arg(&a[1])?;
    let byte = byte_value(&a[2])?;
    me(&a[0]).can_resize()?;
    me(&a[0]).modify(|d| {
        let n = d.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(at as usize, byte);
    });
    Ok(singletons::none())
}
fn m_pop(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let i = match a.get(1) {
        Some(v) => index_arg(v)?,
        None => -1,
    };
    if me(&a[0]).len() > 0 {
        me(&a[0]).can_resize()?;
    }
    let r = me(&a[0]).modify(|d| {
        if d.is_empty() {
            return Err("pop from empty bytearray");
        }
        let n = d.len() as i64;
        let at = if i < 0 { i + n } else { i };
        if at < 0 || at >= n {
            return Err("pop index out of range");
        }
        Ok(d.remove(at as usize))
    });
    r.map(|b| int::from_i64(i64::from(b)))
        .map_err(|m| PyErr::new(&INDEX_ERROR, m))
}
fn m_remove(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let byte = byte_value(&a[1])?;
    if me(&a[0]).modify(|d| d.contains(&byte)) {
        me(&a[0]).can_resize()?;
    }
    let found = me(&a[0]).modify(|d| match d.iter().position(|&b| b == byte) {
        Some(p) => {
            d.remove(p);
            true
        }
        None => false,
    });
    if !found {
        return Err(PyErr::new(&VALUE_ERROR, "value not found in bytearray"));
    }
    Ok(singletons::none())
}
fn m_reverse(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    me(&a[0]).modify(|d| d.reverse());
    Ok(singletons::none())
}
fn m_clear(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    me(&a[0]).set(Vec::new())?;
    Ok(singletons::none())
}
fn m_copy(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new(me(&a[0]).to_vec()))
}
fn m_alloc(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(me(&a[0]).len() as i64 + 1))
}

pub fn install() {
    for (name, f) in [
        ("append", m_append as super::objects::NativeFn),
        ("extend", m_extend),
        ("insert", m_insert),
        ("pop", m_pop),
        ("remove", m_remove),
        ("reverse", m_reverse),
        ("clear", m_clear),
        ("copy", m_copy),
        ("__alloc__", m_alloc),
    ] {
        let _ = crate::types::dict::set_item(
            BYTEARRAY_TYPE.dict(),
            pystr::intern(name),
            super::objects::native_method(&BYTEARRAY_TYPE, name, f),
        );
    }
}

/// `bytearray(x)`: from a size, an iterable of ints, a bytes-like object,
/// or str + encoding.
pub fn construct(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let data = super::builtins::bytes_source("bytearray", a, k)?;
    Ok(new(data))
}
