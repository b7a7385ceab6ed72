//! `memoryview`: a view of the bytes of a bytes or bytearray object, with
//! a struct item format (native single-character formats), a shape and
//! strides. Slices share the underlying memory; writes go through to a
//! bytearray.

use super::attrs;
use super::objects::{self, simple_type, SliceObject};
use crate::error::{PyErr, PyResult};
use crate::object::{Cell, CompareOp, ObjHeader, PyPayload, TypeObject, Value};
use crate::types::exceptions::{INDEX_ERROR, NOT_IMPLEMENTED_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::types::{bytes, dict, float, int, list, singletons, str as pystr, tuple};

use super::bytearray::ByteArrayObject;

#[repr(C)]
pub struct MemoryViewObject {
    header: ObjHeader,
    /// The exporter: a bytes or a bytearray.
    base: Value,
    /// What `.obj` reports: the object the first view was made from.
    obj: Value,
    released: Cell<bool>,
    format: char,
    itemsize: usize,
    readonly: bool,
    /// Byte offset of the first item in `base`.
    offset: isize,
    shape: Vec<usize>,
    strides: Vec<isize>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for MemoryViewObject {
    fn type_object() -> &'static TypeObject {
        &MEMORYVIEW_TYPE
    }
}

/// Item size of a native single-character struct format.
fn format_size(f: char) -> Option<usize> {
    Some(match f {
        'b' | 'B' | 'c' | '?' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'P' | 'd' => 8,
        _ => return None,
    })
}

fn released_error() -> PyErr {
    PyErr::new(
        &VALUE_ERROR,
        "operation forbidden on released memoryview object",
    )
}

impl MemoryViewObject {
    fn check(&self) -> PyResult<()> {
        if self.released.with(&self.header, |r| *r) {
            return Err(released_error());
        }
        Ok(())
    }

    fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }

    fn is_c_contiguous(&self) -> bool {
        let mut expect = self.itemsize as isize;
        for (&n, &s) in self.shape.iter().zip(&self.strides).rev() {
            if n > 1 && s != expect {
                return false;
            }
            expect *= n as isize;
        }
        true
    }

    /// Runs `f` on the exporter's bytes (no Python code may run in it).
    fn with_bytes<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        if let Some(b) = self.base.downcast::<ByteArrayObject>() {
            return b.modify(|d| f(d));
        }
        let mut copy = bytes::as_bytes(&self.base).unwrap_or_default().to_vec();
        f(&mut copy)
    }

    /// Byte offsets of the items in C order.
    fn item_offsets(&self) -> Vec<isize> {
        let mut out = vec![self.offset];
        for (&n, &s) in self.shape.iter().zip(&self.strides) {
            out = out
                .iter()
                .flat_map(|&o| (0..n as isize).map(move |i| o + i * s))
                .collect();
        }
        out
    }

    fn read_item(&self, off: isize) -> PyResult<Value> {
        let size = self.itemsize;
        let raw = self.with_bytes(|d| {
            let o = usize::try_from(off).ok()?;
            d.get(o..o + size).map(<[u8]>::to_vec)
        });
        let raw =
            raw.ok_or_else(|| PyErr::new(&INDEX_ERROR, "index out of bounds on dimension 1"))?;
        Ok(unpack(self.format, &raw))
    }

    fn to_bytes(&self) -> Vec<u8> {
        // Contiguous views (the usual case) are one slice.
        if let (true, Ok(start)) = (self.is_c_contiguous(), usize::try_from(self.offset)) {
            let end = start + self.nbytes();
            return self.with_bytes(|d| d.get(start..end).map_or_else(Vec::new, <[u8]>::to_vec));
        }
        let offs = self.item_offsets();
        let size = self.itemsize;
        self.with_bytes(|d| {
            let mut out = Vec::with_capacity(offs.len() * size);
            for o in offs {
                if let Some(s) = usize::try_from(o).ok().and_then(|o| d.get(o..o + size)) {
                    out.extend_from_slice(s);
                }
            }
            out
        })
    }
}

fn unpack(format: char, raw: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    buf[..raw.len()].copy_from_slice(raw);
    let u = u64::from_ne_bytes(buf);
    let signed = |bits: u32| int::from_i64(((u << (64 - bits)) as i64) >> (64 - bits));
    match format {
        'b' => signed(8),
        'h' => signed(16),
        'i' => signed(32),
        'l' | 'q' | 'n' => signed(64),
        'B' | 'H' | 'I' | 'L' | 'Q' | 'N' | 'P' => int::from_u64(u),
        'c' => bytes::new(raw),
        '?' => singletons::bool(u != 0),
        'f' => float::new(f64::from(f32::from_ne_bytes([
            raw[0], raw[1], raw[2], raw[3],
        ]))),
        'e' => float::new(half_to_f64(u as u16)),
        _ => float::new(f64::from_ne_bytes(buf)),
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h >> 15 == 1 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1F);
    let frac = f64::from(h & 0x3FF);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// Packs `v` as one item of `format`.
fn pack(format: char, size: usize, v: &Value) -> PyResult<Vec<u8>> {
    let invalid_type = || {
        PyErr::new(
            &TYPE_ERROR,
            format!("memoryview: invalid type for format '{format}'"),
        )
    };
    let invalid_value = || {
        PyErr::new(
            &VALUE_ERROR,
            format!("memoryview: invalid value for format '{format}'"),
        )
    };
    match format {
        'c' => match bytes::as_bytes(v) {
            Some(b) if b.len() == 1 => Ok(b.to_vec()),
            Some(_) => Err(invalid_value()),
            None => Err(invalid_type()),
        },
        '?' => Ok(vec![u8::from(crate::ops::truthy(v)?)]),
        'f' | 'd' | 'e' => {
            let x = float::as_f64(v)
                .or_else(|| int::as_int(v).and_then(|r| r.to_f64().ok()))
                .ok_or_else(invalid_type)?;
            Ok(match format {
                'f' => (x as f32).to_ne_bytes().to_vec(),
                'd' => x.to_ne_bytes().to_vec(),
                _ => return Err(invalid_type()),
            })
        }
        _ => {
            let r = int::as_int(v).ok_or_else(invalid_type)?;
            let bits = size as u32 * 8;
            let signed = format.is_ascii_lowercase();
            let ok = match r.to_i64() {
                Some(i) if signed => {
                    bits == 64 || (i >= -(1i64 << (bits - 1)) && i < 1i64 << (bits - 1))
                }
                Some(i) => i >= 0 && (bits == 64 || i < 1i64 << bits),
                None => !signed && bits == 64 && r.to_big().to_u64().is_some(),
            };
            if !ok {
                return Err(invalid_value());
            }
            let u = match r.to_i64() {
                Some(i) => i as u64,
                None => r.to_big().to_u64().unwrap_or(0),
            };
            Ok(u.to_ne_bytes()[..size].to_vec())
        }
    }
}

fn me(v: &Value) -> &MemoryViewObject {
    v.downcast::<MemoryViewObject>().expect("memoryview")
}

/// The bytes a memoryview shows, in C order; `None` for other objects.
pub fn contents(v: &Value) -> Option<Vec<u8>> {
    let m = v.downcast::<MemoryViewObject>()?;
    Some(m.to_bytes())
}

/// Runs `f` on the bytes a writable C-contiguous memoryview shows (no
/// Python code may run in it); `None` for other objects and views.
pub fn with_writable<R>(v: &Value, f: impl FnOnce(&mut [u8]) -> R) -> Option<PyResult<R>> {
    let m = v.downcast::<MemoryViewObject>()?;
    if let Err(e) = m.check() {
        return Some(Err(e));
    }
    if m.readonly || !m.is_c_contiguous() {
        return None;
    }
    let (start, len) = (m.offset as usize, m.nbytes());
    Some(Ok(m.with_bytes(|d| f(&mut d[start..start + len]))))
}

/// `memoryview(obj)`.
pub fn construct(a: &[Value]) -> PyResult<Value> {
    let [obj] = a else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "memoryview() takes exactly one argument ({} given)",
                a.len()
            ),
        ));
    };
    if let Some(m) = obj.downcast::<MemoryViewObject>() {
        m.check()?;
        return Ok(derive(
            m,
            m.offset,
            m.shape.clone(),
            m.strides.clone(),
            m.format,
            m.readonly,
        ));
    }
    let readonly = if bytes::as_bytes(obj).is_some() {
        true
    } else if obj.downcast::<ByteArrayObject>().is_some() {
        false
    } else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "memoryview: a bytes-like object is required, not '{}'",
                obj.type_of().name
            ),
        ));
    };
    let n = crate::ops::len(obj)?;
    Ok(exporting(MemoryViewObject {
        header: ObjHeader::new(&MEMORYVIEW_TYPE),
        base: obj.clone(),
        obj: obj.clone(),
        released: Cell::new(false),
        format: 'B',
        itemsize: 1,
        readonly,
        offset: 0,
        shape: vec![n],
        strides: vec![1],
    }))
}

/// A new view; a bytearray it shows cannot change size until the view is
/// released.
fn exporting(m: MemoryViewObject) -> Value {
    if let Some(b) = m.base.downcast::<ByteArrayObject>() {
        b.export();
    }
    Value::from_box(Box::new(m))
}

impl MemoryViewObject {
    /// Releases the view's hold on its exporter (once).
    fn release(&self) {
        let was = self
            .released
            .with(&self.header, |r| std::mem::replace(r, true));
        if !was {
            if let Some(b) = self.base.downcast::<ByteArrayObject>() {
                b.unexport();
            }
        }
    }
}

impl Drop for MemoryViewObject {
    fn drop(&mut self) {
        self.release();
    }
}

fn derive(
    m: &MemoryViewObject,
    offset: isize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    format: char,
    readonly: bool,
) -> Value {
    exporting(MemoryViewObject {
        header: ObjHeader::new(&MEMORYVIEW_TYPE),
        base: m.base.clone(),
        obj: m.obj.clone(),
        released: Cell::new(false),
        format,
        itemsize: format_size(format).unwrap_or(1),
        readonly,
        offset,
        shape,
        strides,
    })
}

fn repr(v: &Value) -> PyResult<Value> {
    let m = me(v);
    let released = m.released.with(&m.header, |r| *r);
    Ok(pystr::new(&format!(
        "<{}memory at {:#x}>",
        if released { "released " } else { "" },
        crate::types::object::address(v)
    )))
}

fn len(v: &Value) -> PyResult<usize> {
    let m = me(v);
    m.check()?;
    m.shape
        .first()
        .copied()
        .ok_or_else(|| PyErr::new(&TYPE_ERROR, "0-dim memory has no length"))
}

/// The item index `k` on the first dimension.
fn item_offset(m: &MemoryViewObject, k: &Value) -> PyResult<isize> {
    if m.shape.len() != 1 {
        return Err(PyErr::new(
            &NOT_IMPLEMENTED_ERROR,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    let i = k.as_small_int().unwrap_or(i64::MAX);
    let n = m.shape[0] as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::new(
            &INDEX_ERROR,
            "index out of bounds on dimension 1",
        ));
    }
    Ok(m.offset + j as isize * m.strides[0])
}

/// `k.__index__()`.
fn to_index(k: &Value) -> PyResult<Value> {
    match k.type_of().slots.index {
        Some(f) if int::as_int(k).is_none() => f(k),
        _ => Ok(k.clone()),
    }
}

fn is_index(k: &Value) -> bool {
    int::as_int(k).is_some() || k.type_of().slots.index.is_some()
}

fn getitem(v: &Value, k: &Value) -> PyResult<Value> {
    let m = me(v);
    m.check()?;
    if let Some(s) = k.downcast::<SliceObject>() {
        let (start, _, step, n) = attrs::slice_indices(s, m.shape.first().copied().unwrap_or(0))?;
        let mut shape = m.shape.clone();
        let mut strides = m.strides.clone();
        shape[0] = n;
        strides[0] *= step as isize;
        let offset = m.offset + start as isize * m.strides[0];
        return Ok(derive(m, offset, shape, strides, m.format, m.readonly));
    }
    if is_index(k) {
        let k = to_index(k)?;
        return m.read_item(item_offset(m, &k)?);
    }
    Err(PyErr::new(&TYPE_ERROR, "memoryview: invalid slice key"))
}

fn setitem(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
    let m = me(v);
    m.check()?;
    if m.readonly {
        return Err(PyErr::new(&TYPE_ERROR, "cannot modify read-only memory"));
    }
    let Some(x) = x else {
        return Err(PyErr::new(&TYPE_ERROR, "cannot delete memory"));
    };
    let size = m.itemsize;
    let writes: Vec<(isize, Vec<u8>)> = if let Some(s) = k.downcast::<SliceObject>() {
        let (start, _, step, n) = attrs::slice_indices(s, m.shape.first().copied().unwrap_or(0))?;
        let src = crate::interp::builtins::need_buffer(x)?;
        if src.len() != n * size {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        (0..n)
            .map(|i| {
                (
                    m.offset + (start + i as i64 * step) as isize * m.strides[0],
                    src[i * size..(i + 1) * size].to_vec(),
                )
            })
            .collect()
    } else if is_index(k) {
        let k = to_index(k)?;
        let off = item_offset(m, &k)?;
        vec![(off, pack(m.format, size, x)?)]
    } else {
        return Err(PyErr::new(&TYPE_ERROR, "memoryview: invalid slice key"));
    };
    m.with_bytes(|d| {
        for (off, item) in writes {
            if let Some(dst) = usize::try_from(off)
                .ok()
                .and_then(|o| d.get_mut(o..o + size))
            {
                dst.copy_from_slice(&item);
            }
        }
    });
    Ok(())
}

fn iter(v: &Value) -> PyResult<Value> {
    me(v).check()?;
    Ok(crate::interp::builtins::seq_iter(v.clone()))
}

fn tolist_of(m: &MemoryViewObject) -> PyResult<Value> {
    let items = m
        .item_offsets()
        .into_iter()
        .map(|o| m.read_item(o))
        .collect::<PyResult<Vec<Value>>>()?;
    // Nest by the shape, innermost dimension first.
    let mut level = items;
    for &n in m.shape[1..].iter().rev() {
        let mut chunks = Vec::new();
        let mut it = level.into_iter();
        loop {
            let chunk: Vec<Value> = it.by_ref().take(n).collect();
            if chunk.is_empty() {
                break;
            }
            chunks.push(list::new(chunk));
        }
        level = chunks;
    }
    Ok(list::new(level))
}

fn richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let m = me(a);
    if m.released.with(&m.header, |r| *r) {
        return Ok(singletons::bool((op == CompareOp::Ne) != a.is(b)));
    }
    let equal = if let Some(o) = b.downcast::<MemoryViewObject>() {
        o.check()?;
        if m.format == o.format {
            m.shape == o.shape && m.to_bytes() == o.to_bytes()
        } else {
            crate::ops::eq(&tolist_of(m)?, &tolist_of(o)?)?
        }
    } else if let Some(other) = crate::interp::bytearray::data_of(b) {
        if m.format == 'B' {
            m.to_bytes() == other
        } else {
            let bl: Vec<Value> = other.iter().map(|&x| int::from_i64(i64::from(x))).collect();
            crate::ops::eq(&tolist_of(m)?, &list::new(bl))?
        }
    } else {
        return Ok(singletons::not_implemented());
    };
    Ok(singletons::bool(equal == (op == CompareOp::Eq)))
}

fn hash(v: &Value) -> PyResult<i64> {
    let m = me(v);
    m.check()?;
    if !m.readonly {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "cannot hash writable memoryview object",
        ));
    }
    Ok(crate::hash::hash_bytes(&m.to_bytes()))
}

fn getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let m = me(v);
    let Some(n) = pystr::as_str(name) else {
        return attrs::generic_getattr(v, name);
    };
    let ints = |xs: Vec<i64>| tuple::new(xs.into_iter().map(int::from_i64).collect());
    let known = [
        "obj",
        "nbytes",
        "readonly",
        "itemsize",
        "format",
        "ndim",
        "shape",
        "strides",
        "suboffsets",
        "contiguous",
        "c_contiguous",
        "f_contiguous",
    ];
    if !known.contains(&n) {
        return attrs::generic_getattr(v, name);
    }
    m.check()?;
    Ok(match n {
        "obj" => m.obj.clone(),
        "nbytes" => int::from_i64(m.nbytes() as i64),
        "readonly" => singletons::bool(m.readonly),
        "itemsize" => int::from_i64(m.itemsize as i64),
        "format" => pystr::new(&m.format.to_string()),
        "ndim" => int::from_i64(m.shape.len() as i64),
        "shape" => ints(m.shape.iter().map(|&x| x as i64).collect()),
        "strides" => ints(m.strides.iter().map(|&x| x as i64).collect()),
        "suboffsets" => tuple::new(Vec::new()),
        "f_contiguous" => singletons::bool(m.is_c_contiguous() && m.shape.len() <= 1),
        _ => singletons::bool(m.is_c_contiguous()),
    })
}

simple_type!(MEMORYVIEW_TYPE, "memoryview", MemoryViewObject, {
    repr: Some(repr),
    hash: Some(hash),
    richcompare: Some(richcompare),
    getattr: Some(getattr),
    length: Some(len),
    getitem: Some(getitem),
    setitem: Some(setitem),
    iter: Some(iter),
    traverse: Some(traverse),
});

fn traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let m = me(v);
    visit(&m.base);
    visit(&m.obj);
}

fn m_tobytes(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let m = me(&a[0]);
    m.check()?;
    Ok(bytes::from_vec(m.to_bytes()))
}
fn m_tolist(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let m = me(&a[0]);
    m.check()?;
    tolist_of(m)
}
fn m_hex(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let m = me(&a[0]);
    m.check()?;
    crate::interp::builtins::hex_with_sep(&m.to_bytes(), a, k)
}
fn m_release(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    me(&a[0]).release();
    Ok(singletons::none())
}
fn m_enter(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    me(&a[0]).check()?;
    Ok(a[0].clone())
}
fn m_toreadonly(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let m = me(&a[0]);
    m.check()?;
    Ok(derive(
        m,
        m.offset,
        m.shape.clone(),
        m.strides.clone(),
        m.format,
        true,
    ))
}
fn m_cast(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let m = me(&a[0]);
    m.check()?;
    let npos = a.len() - k.len();
    let fmt = a.get(1).filter(|_| npos > 1).ok_or_else(|| {
        PyErr::new(
            &TYPE_ERROR,
            "cast() missing required argument 'format' (pos 1)",
        )
    })?;
    let shape_arg = a.get(2).filter(|_| npos > 2).or_else(|| {
        k.iter()
            .position(|n| pystr::as_str(n) == Some("shape"))
            .map(|i| &a[npos + i])
    });
    let Some(text) = pystr::as_str(fmt) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "cast() argument 'format' must be str, not {}",
                fmt.type_of().name
            ),
        ));
    };
    let code = text.strip_prefix('@').unwrap_or(text);
    let mut chars = code.chars();
    let (Some(f), None) = (chars.next(), chars.next()) else {
        return Err(bad_format());
    };
    let size = format_size(f).ok_or_else(bad_format)?;
    if !m.is_c_contiguous() {
        return Err(PyErr::new(
            &TYPE_ERROR,
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let byte_fmt = |c: char| matches!(c, 'B' | 'b' | 'c');
    if !byte_fmt(f) && !byte_fmt(m.format) {
        return Err(PyErr::new(
            &TYPE_ERROR,
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.nbytes();
    let shape: Vec<usize> = match shape_arg.filter(|s| !singletons::is_none(s)) {
        Some(s) => {
            let dims = attrs::collect(s)?;
            let mut out = Vec::new();
            for d in dims {
                let n = d.as_small_int().filter(|&n| n > 0).ok_or_else(|| {
                    PyErr::new(
                        &VALUE_ERROR,
                        "memoryview.cast(): elements of shape must be integers > 0",
                    )
                })?;
                out.push(n as usize);
            }
            if out.iter().product::<usize>() * size != nbytes {
                return Err(PyErr::new(
                    &TYPE_ERROR,
                    "memoryview: product(shape) * itemsize != buffer size",
                ));
            }
            out
        }
        None => {
            if !nbytes.is_multiple_of(size) {
                return Err(PyErr::new(
                    &TYPE_ERROR,
                    "memoryview: length is not a multiple of itemsize",
                ));
            }
            vec![nbytes / size]
        }
    };
    let mut strides = vec![size as isize; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1] * shape[i + 1] as isize;
    }
    Ok(derive(m, m.offset, shape, strides, f, m.readonly))
}

fn bad_format() -> PyErr {
    PyErr::new(
        &VALUE_ERROR,
        "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    )
}

pub fn install() {
    let methods: [(&'static str, objects::NativeFn); 8] = [
        ("tobytes", m_tobytes),
        ("tolist", m_tolist),
        ("hex", m_hex),
        ("release", m_release),
        ("__enter__", m_enter),
        ("__exit__", m_release),
        ("toreadonly", m_toreadonly),
        ("cast", m_cast),
    ];
    for (name, f) in methods {
        let _ = dict::set_item(
            MEMORYVIEW_TYPE.dict(),
            pystr::intern(name),
            objects::native_method(&MEMORYVIEW_TYPE, name, f),
        );
    }
}
