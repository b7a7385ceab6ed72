//! `str`: immutable generalized UTF-8 (lone surrogates allowed, as in
//! `taipan_syntax::wtf8::Wtf8Buf`), with the code-point count, an ASCII flag
//! (O(1) indexing), the widest code point's "kind" (1, 2 or 4 bytes, which
//! CPython hashes by), a cached hash, and a lazily built index of byte
//! offsets for indexing non-ASCII strings. Interned strings are immortal.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, OnceLock};

use taipan_syntax::wtf8::Wtf8Buf;

use crate::error::{PyErr, PyResult};
use crate::hash::{self, SipHasher13};
use crate::object::header::flags;
use crate::object::payload::dealloc_box;
use crate::object::{tpflags, Cell, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::types::exceptions::{INDEX_ERROR, MEMORY_ERROR, OVERFLOW_ERROR, TYPE_ERROR};
use crate::types::{int, singletons};

mod unicode_data;

/// Code points between two entries of the offset index.
const INDEX_STRIDE: usize = 64;

#[repr(C)]
pub struct StrObject {
    header: ObjHeader,
    hash: AtomicI64,
    len: usize,
    kind: u8,
    ascii: bool,
    data: Box<[u8]>,
    index: OnceLock<Box<[usize]>>,
}

// SAFETY: `#[repr(C)]`, header first; `str` and its subclasses use this
// layout.
unsafe impl PyPayload for StrObject {
    fn type_object() -> &'static TypeObject {
        &STR_TYPE
    }
}

/// Decodes the code point starting at `bytes[0]` (well-formed generalized
/// UTF-8); returns it and its length in bytes.
#[inline]
fn decode(bytes: &[u8]) -> (u32, usize) {
    let b0 = bytes[0];
    let (len, init) = match b0 {
        0x00..=0x7F => return (b0 as u32, 1),
        0xC0..=0xDF => (2, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
        _ => (4, (b0 & 0x07) as u32),
    };
    let cp = bytes[1..len]
        .iter()
        .fold(init, |acc, &b| (acc << 6) | (b & 0x3F) as u32);
    (cp, len)
}

#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Iterates over the code points of well-formed generalized UTF-8.
pub struct CodePoints<'a> {
    bytes: &'a [u8],
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    #[inline]
    fn next(&mut self) -> Option<u32> {
        if self.bytes.is_empty() {
            return None;
        }
        let (cp, len) = decode(self.bytes);
        self.bytes = &self.bytes[len..];
        Some(cp)
    }
}

fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    if cp < 0x80 {
        out.push(cp as u8);
    } else if cp < 0x800 {
        out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]);
    } else if cp < 0x10000 {
        out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    } else {
        out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    }
}

impl StrObject {
    /// Builds the object from well-formed generalized UTF-8.
    fn build(data: Box<[u8]>) -> StrObject {
        let ascii = data.is_ascii();
        let (len, kind) = if ascii {
            (data.len(), 1)
        } else {
            let mut len = 0;
            let mut max = 0;
            for cp in (CodePoints { bytes: &data }) {
                len += 1;
                max = max.max(cp);
            }
            (
                len,
                if max < 0x100 {
                    1
                } else if max < 0x10000 {
                    2
                } else {
                    4
                },
            )
        };
        StrObject {
            header: ObjHeader::new(&STR_TYPE),
            hash: AtomicI64::new(-1),
            len,
            kind,
            ascii,
            data,
            index: OnceLock::new(),
        }
    }

    /// The generalized UTF-8 bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }

    /// The text, if it holds no lone surrogates.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.data).ok()
    }

    /// Number of code points (`len(s)`).
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { bytes: &self.data }
    }

    /// The text with lone surrogates replaced by U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        match self.as_str() {
            Some(s) => s.to_owned(),
            None => self
                .code_points()
                .map(|cp| char::from_u32(cp).unwrap_or('\u{FFFD}'))
                .collect(),
        }
    }

    fn offsets(&self) -> &[usize] {
        self.index.get_or_init(|| {
            let mut offsets = Vec::with_capacity(self.len / INDEX_STRIDE + 1);
            let mut pos = 0;
            let mut i = 0;
            while pos < self.data.len() {
                if i % INDEX_STRIDE == 0 {
                    offsets.push(pos);
                }
                pos += utf8_len(self.data[pos]);
                i += 1;
            }
            offsets.into_boxed_slice()
        })
    }

    /// Number of code points in `self.as_bytes()[..pos]` (`pos` on a
    /// code point boundary).
    pub fn index_of_offset(&self, pos: usize) -> usize {
        if self.ascii {
            return pos;
        }
        self.data[..pos]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count()
    }

    /// Byte offset of code point `i` (`i <= len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii || i == self.len {
            return if self.ascii { i } else { self.data.len() };
        }
        let mut pos = self.offsets()[i / INDEX_STRIDE];
        for _ in 0..i % INDEX_STRIDE {
            pos += utf8_len(self.data[pos]);
        }
        pos
    }

    /// The code point at index `i < len`: O(1) for ASCII, O(stride)
    /// otherwise.
    #[inline]
    pub fn code_point_at(&self, i: usize) -> u32 {
        if self.ascii {
            return self.data[i] as u32;
        }
        decode(&self.data[self.byte_offset(i)..]).0
    }

    /// The hash CPython gives the same string: SipHash-1-3 of its internal
    /// representation (Latin-1, UCS-2 or UCS-4 code units, little-endian).
    pub fn hash(&self) -> i64 {
        let cached = self.hash.load(Ordering::Relaxed);
        if cached != -1 {
            return cached;
        }
        let h = self.compute_hash();
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    fn compute_hash(&self) -> i64 {
        if self.ascii {
            return hash::hash_bytes(&self.data);
        }
        hash_units(&self.data, self.kind)
    }
}

/// SipHash of the code points of `data` as `kind`-byte little-endian units.
fn hash_units(data: &[u8], kind: u8) -> i64 {
    let (k0, k1) = hash::secret();
    let mut h = SipHasher13::new(k0, k1);
    let mut buf = [0u8; 256];
    let mut n = 0;
    let width = kind as usize;
    for cp in (CodePoints { bytes: data }) {
        buf[n..n + width].copy_from_slice(&cp.to_le_bytes()[..width]);
        n += width;
        if n + 4 > buf.len() {
            h.write(&buf[..n]);
            n = 0;
        }
    }
    h.write(&buf[..n]);
    hash::fix(h.finish() as i64)
}

/// The hash a `str` with this text has, computed without creating it.
pub fn hash_text(text: &str) -> i64 {
    if text.is_ascii() {
        return hash::hash_bytes(text.as_bytes());
    }
    let max = text.chars().map(|c| c as u32).max().unwrap_or(0);
    let kind = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    hash_units(text.as_bytes(), kind)
}

/// A new `str` from Rust text.
pub fn new(s: &str) -> Value {
    if s.is_empty() {
        return empty();
    }
    Value::from_box(Box::new(StrObject::build(s.as_bytes().into())))
}

/// A new `str` from a string that may hold lone surrogates.
pub fn from_wtf8(s: &Wtf8Buf) -> Value {
    if s.is_empty() {
        return empty();
    }
    Value::from_box(Box::new(StrObject::build(s.as_bytes().into())))
}

/// A new `str` from well-formed generalized UTF-8 (e.g. a slice of another
/// `str` on code point boundaries).
pub fn from_wtf8_bytes(b: &[u8]) -> Value {
    if b.is_empty() {
        return empty();
    }
    Value::from_box(Box::new(StrObject::build(b.into())))
}

/// Appends the generalized UTF-8 encoding of `cp`.
pub fn push_wtf8(out: &mut Vec<u8>, cp: u32) {
    push_code_point(out, cp)
}

/// A new `str` from code points (surrogates allowed); `None` if one is
/// beyond U+10FFFF.
pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> Option<Value> {
    let mut out = Vec::new();
    for cp in cps {
        if cp > 0x10FFFF {
            return None;
        }
        push_code_point(&mut out, cp);
    }
    if out.is_empty() {
        return Some(empty());
    }
    Some(Value::from_box(Box::new(StrObject::build(out.into()))))
}

/// A new, never shared `str` object (empty too), for str subclass instances.
pub fn new_unshared(bytes: &[u8]) -> Value {
    Value::from_box(Box::new(StrObject::build(bytes.into())))
}

/// The interned empty string.
pub fn empty() -> Value {
    static EMPTY: OnceLock<Value> = OnceLock::new();
    EMPTY.get_or_init(|| intern("")).clone()
}

fn intern_table() -> &'static Mutex<HashMap<Box<[u8]>, Value>> {
    static TABLE: OnceLock<Mutex<HashMap<Box<[u8]>, Value>>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The interned (immortal, unique) string with this text: identifiers,
/// attribute names, short constants.
pub fn intern(s: &str) -> Value {
    let mut table = intern_table().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(v) = table.get(s.as_bytes()) {
        return v.clone();
    }
    let obj = StrObject::build(s.as_bytes().into());
    obj.header.set_flags(flags::INTERNED);
    obj.header.make_immortal();
    let v = Value::from_box(Box::new(obj));
    table.insert(s.as_bytes().into(), v.clone());
    v
}

/// The interned string equal to `v` (a `str`), interning it if needed.
pub fn intern_value(v: Value) -> Value {
    let Some(s) = v.downcast_exact::<StrObject>() else {
        return v;
    };
    if s.header.flags() & flags::INTERNED != 0 {
        return v;
    }
    let mut table = intern_table().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = table.get(s.as_bytes()) {
        return found.clone();
    }
    // Only this reference exists, or others share an object that becomes
    // immortal: either way it is never freed again.
    s.header.set_flags(flags::INTERNED);
    s.header.make_immortal();
    table.insert(s.as_bytes().into(), v.clone());
    v
}

pub fn is_interned(v: &Value) -> bool {
    v.downcast::<StrObject>()
        .is_some_and(|s| s.header.flags() & flags::INTERNED != 0)
}

/// The text of a `str` value without surrogates.
pub fn as_str(v: &Value) -> Option<&str> {
    v.downcast::<StrObject>()?.as_str()
}

/// The text of a `str` value, lone surrogates replaced; the type name for
/// anything else.
pub fn to_string_lossy(v: &Value) -> String {
    match v.downcast::<StrObject>() {
        Some(s) => s.to_string_lossy(),
        None => format!("<{}>", v.type_of().name),
    }
}

/// Equality of two `str` objects without dispatch (the dict fast path).
#[inline]
pub fn eq(a: &StrObject, b: &StrObject) -> bool {
    std::ptr::eq(a, b) || (a.len == b.len && a.data == b.data)
}

fn str_hash(v: &Value) -> PyResult<i64> {
    Ok(v.downcast::<StrObject>().map_or(0, StrObject::hash))
}

fn str_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<StrObject>(), b.downcast::<StrObject>()) else {
        return Ok(singletons::not_implemented());
    };
    let result = match op {
        CompareOp::Eq => eq(x, y),
        CompareOp::Ne => !eq(x, y),
        // Generalized UTF-8 byte order is code point order.
        _ => op.test(x.data.cmp(&y.data)),
    };
    Ok(singletons::bool(result))
}

fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Unicode properties as CPython 3.14 defines them (Unicode 16.0 tables
/// generated from the reference interpreter: Rust's `char` methods follow
/// other definitions and Unicode versions).
pub mod props {
    use super::{in_ranges, unicode_data as d};

    pub fn is_space(cp: u32) -> bool {
        in_ranges(d::SPACE, cp)
    }
    pub fn is_alpha(cp: u32) -> bool {
        in_ranges(d::ALPHA, cp)
    }
    pub fn is_decimal(cp: u32) -> bool {
        in_ranges(d::DECIMAL, cp)
    }
    pub fn is_digit(cp: u32) -> bool {
        in_ranges(d::DIGIT, cp)
    }
    pub fn is_numeric(cp: u32) -> bool {
        in_ranges(d::NUMERIC, cp)
    }
    pub fn is_alnum(cp: u32) -> bool {
        is_alpha(cp) || is_decimal(cp) || is_digit(cp) || is_numeric(cp)
    }
    pub fn is_printable(cp: u32) -> bool {
        in_ranges(d::PRINTABLE, cp)
    }
    pub fn is_lower(cp: u32) -> bool {
        in_ranges(d::LOWERCASE, cp)
    }
    pub fn is_upper(cp: u32) -> bool {
        in_ranges(d::UPPERCASE, cp)
    }
    pub fn is_title(cp: u32) -> bool {
        in_ranges(d::TITLECASE, cp)
    }
    pub fn is_cased(cp: u32) -> bool {
        in_ranges(d::CASED, cp)
    }
    pub fn is_case_ignorable(cp: u32) -> bool {
        in_ranges(d::CASE_IGNORABLE, cp)
    }

    fn map(table: &[(u32, &'static str)], cp: u32, out: &mut Vec<u32>) {
        match table.binary_search_by_key(&cp, |&(c, _)| c) {
            Ok(i) => out.extend(table[i].1.chars().map(|c| c as u32)),
            Err(_) => out.push(cp),
        }
    }
    /// Full lowercase mapping (without the final-sigma rule).
    pub fn lower(cp: u32, out: &mut Vec<u32>) {
        map(d::LOWER, cp, out)
    }
    pub fn upper(cp: u32, out: &mut Vec<u32>) {
        map(d::UPPER, cp, out)
    }
    pub fn title(cp: u32, out: &mut Vec<u32>) {
        map(d::TITLE, cp, out)
    }
    pub fn fold(cp: u32, out: &mut Vec<u32>) {
        map(d::FOLD, cp, out)
    }
}

/// `repr(s)` as CPython writes it.
pub fn repr_str(s: &StrObject) -> String {
    let has_single = s.data.contains(&b'\'');
    let has_double = s.data.contains(&b'"');
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(s.data.len() + 2);
    out.push(quote);
    for cp in s.code_points() {
        match cp {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if cp == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7E => out.push(cp as u8 as char),
            _ if cp <= 0x7F => out.push_str(&format!("\\x{cp:02x}")),
            _ if cp >= 0x80 && props::is_printable(cp) => {
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
            }
            _ if cp < 0x100 => out.push_str(&format!("\\x{cp:02x}")),
            _ if cp < 0x10000 => out.push_str(&format!("\\u{cp:04x}")),
            _ => out.push_str(&format!("\\U{cp:08x}")),
        }
    }
    out.push(quote);
    out
}

fn str_repr(v: &Value) -> PyResult<Value> {
    let s = v
        .downcast::<StrObject>()
        .ok_or_else(|| PyErr::new(&TYPE_ERROR, "expected str"))?;
    Ok(new(&repr_str(s)))
}

fn str_str(v: &Value) -> PyResult<Value> {
    if v.is_exact(&STR_TYPE) {
        return Ok(v.clone());
    }
    let s = v
        .downcast::<StrObject>()
        .ok_or_else(|| PyErr::new(&TYPE_ERROR, "expected str"))?;
    Ok(Value::from_box(Box::new(StrObject::build(s.data.clone()))))
}

fn str_len(v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<StrObject>().map_or(0, StrObject::len))
}

fn str_bool(v: &Value) -> PyResult<bool> {
    Ok(str_len(v)? != 0)
}

/// `a + b` for two strs.
pub fn concat(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<StrObject>(), b.downcast::<StrObject>()) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "can only concatenate str (not \"{}\") to str",
                b.type_of().name
            ),
        ));
    };
    if y.is_empty() && a.is_exact(&STR_TYPE) {
        return Ok(a.clone());
    }
    if x.is_empty() && b.is_exact(&STR_TYPE) {
        return Ok(b.clone());
    }
    let mut data = crate::types::vec_with_capacity(x.data.len() + y.data.len())?;
    data.extend_from_slice(&x.data);
    data.extend_from_slice(&y.data);
    Ok(Value::from_box(Box::new(StrObject {
        header: ObjHeader::new(&STR_TYPE),
        hash: AtomicI64::new(-1),
        len: x.len + y.len,
        kind: x.kind.max(y.kind),
        ascii: x.ascii && y.ascii,
        data: data.into(),
        index: OnceLock::new(),
    })))
}

/// Reads a repeat count (`seq * n`): an int, clamped at 0.
pub(crate) fn repeat_count(n: &Value) -> PyResult<usize> {
    let n_int = crate::ops::index_operand(n)?;
    let Some(r) = n_int.as_ref().and_then(int::as_int) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "can't multiply sequence by non-int of type '{}'",
                n.type_of().name
            ),
        ));
    };
    match r.to_i64() {
        Some(i) if i <= 0 => Ok(0),
        Some(i) => Ok(i as usize),
        None if r.to_f64().is_ok_and(|f| f < 0.0) => Ok(0),
        None => Err(PyErr::new(
            &OVERFLOW_ERROR,
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// `s * n`.
pub fn repeat(a: &Value, n: &Value) -> PyResult<Value> {
    let Some(s) = a.downcast::<StrObject>() else {
        return Ok(singletons::not_implemented());
    };
    let count = repeat_count(n)?;
    if count == 1 && a.is_exact(&STR_TYPE) {
        return Ok(a.clone());
    }
    if count == 0 || s.is_empty() {
        return Ok(empty());
    }
    let total = s
        .data
        .len()
        .checked_mul(count)
        .ok_or_else(|| PyErr::with_args(&MEMORY_ERROR, Vec::new()))?;
    let mut data = crate::types::vec_with_capacity(total)?;
    for _ in 0..count {
        data.extend_from_slice(&s.data);
    }
    Ok(Value::from_box(Box::new(StrObject {
        header: ObjHeader::new(&STR_TYPE),
        hash: AtomicI64::new(-1),
        len: s.len * count,
        kind: s.kind,
        ascii: s.ascii,
        data: data.into(),
        index: OnceLock::new(),
    })))
}

/// `sub in s`.
pub fn contains(s: &Value, sub: &Value) -> PyResult<bool> {
    let (Some(hay), Some(needle)) = (s.downcast::<StrObject>(), sub.downcast::<StrObject>()) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "'in <string>' requires string as left operand, not {}",
                sub.type_of().name
            ),
        ));
    };
    if let (Some(h), Some(n)) = (hay.as_str(), needle.as_str()) {
        return Ok(h.contains(n));
    }
    // Generalized UTF-8 is self-synchronizing: a byte match is a
    // code-point match.
    Ok(needle.data.is_empty()
        || hay
            .data
            .windows(needle.data.len())
            .any(|w| w == &needle.data[..]))
}

/// `s[i]` for an int index (negative counts from the end).
pub fn getitem(s: &Value, index: &Value) -> PyResult<Value> {
    let Some(obj) = s.downcast::<StrObject>() else {
        return Ok(singletons::not_implemented());
    };
    let index_int = crate::ops::index_operand(index)?;
    let Some(i) = index_int.as_ref().and_then(int::as_int) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "string indices must be integers, not '{}'",
                index.type_of().name
            ),
        ));
    };
    let i = crate::types::tuple::normalize_index(i, obj.len)?
        .ok_or_else(|| PyErr::new(&INDEX_ERROR, "string index out of range"))?;
    let cp = obj.code_point_at(i);
    Ok(char_str(cp))
}

/// A one-code-point string; Latin-1 ones are cached and immortal.
pub fn char_str(cp: u32) -> Value {
    static LATIN1: OnceLock<Vec<Value>> = OnceLock::new();
    if cp < 0x100 {
        let table = LATIN1.get_or_init(|| {
            (0..0x100u32)
                .map(|c| {
                    let mut buf = Vec::new();
                    push_code_point(&mut buf, c);
                    let obj = StrObject::build(buf.into());
                    obj.header.make_immortal();
                    Value::from_box(Box::new(obj))
                })
                .collect()
        });
        return table[cp as usize].clone();
    }
    let mut buf = Vec::with_capacity(4);
    push_code_point(&mut buf, cp);
    Value::from_box(Box::new(StrObject::build(buf.into())))
}

/// Iterator over a `str`.
#[repr(C)]
pub struct StrIterator {
    header: ObjHeader,
    string: Value,
    /// Byte offset of the next code point.
    pos: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for StrIterator {
    fn type_object() -> &'static TypeObject {
        &STR_ITERATOR_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &STR_ITERATOR_TYPE) || std::ptr::eq(ty, &STR_ASCII_ITERATOR_TYPE)
    }
}

fn str_iter(v: &Value) -> PyResult<Value> {
    // As CPython, an ASCII string's iterator has a type of its own.
    let ascii = v.downcast::<StrObject>().is_some_and(|s| s.ascii);
    let ty = if ascii {
        &STR_ASCII_ITERATOR_TYPE
    } else {
        &STR_ITERATOR_TYPE
    };
    Ok(Value::from_box(Box::new(StrIterator {
        header: ObjHeader::new(ty),
        string: v.clone(),
        pos: Cell::new(0),
    })))
}

fn str_iterator_next(it: &Value) -> PyResult<Option<Value>> {
    let Some(it) = it.downcast::<StrIterator>() else {
        return Ok(None);
    };
    let Some(s) = it.string.downcast::<StrObject>() else {
        return Ok(None);
    };
    let cp = it.pos.with(&it.header, |pos| {
        if *pos >= s.data.len() {
            return None;
        }
        let (cp, len) = decode(&s.data[*pos..]);
        *pos += len;
        Some(cp)
    });
    Ok(cp.map(char_str))
}

/// How many code points a str iterator has left (its `__length_hint__`).
pub fn iterator_remaining(v: &Value) -> Option<usize> {
    let it = v.downcast::<StrIterator>()?;
    let s = it.string.downcast::<StrObject>()?;
    let mut pos = it.pos.with(&it.header, |p| *p);
    if s.ascii {
        return Some(s.data.len().saturating_sub(pos));
    }
    let mut left = 0;
    while pos < s.data.len() {
        pos += decode(&s.data[pos..]).1;
        left += 1;
    }
    Some(left)
}

fn str_iterator_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<StrIterator>() {
        visit(&it.string);
    }
}

/// The slots of both str iterator types (`str_ascii_iterator` is the type
/// CPython gives iterators over ASCII strings; the behaviour is the same).
const STR_ITERATOR_SLOTS: Slots = Slots {
    iter: Some(crate::types::tuple::self_iter),
    next: Some(str_iterator_next),
    traverse: Some(str_iterator_traverse),
    hash: Some(crate::types::object::identity_hash),
    richcompare: Some(crate::types::object::identity_richcompare),
    getattr: Some(crate::types::object::generic_getattr),
    ..Slots::new(dealloc_box::<StrIterator>)
};

pub static STR_ITERATOR_TYPE: TypeObject = TypeObject::new_static(
    "str_iterator",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::HAVE_GC,
    STR_ITERATOR_SLOTS,
);

pub static STR_ASCII_ITERATOR_TYPE: TypeObject = TypeObject::new_static(
    "str_ascii_iterator",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::HAVE_GC,
    STR_ITERATOR_SLOTS,
);

pub static STR_TYPE: TypeObject = TypeObject::new_static(
    "str",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::STR_SUBCLASS | tpflags::LEAF,
    Slots {
        hash: Some(str_hash),
        repr: Some(str_repr),
        str: Some(str_str),
        richcompare: Some(str_richcompare),
        getattr: Some(crate::types::object::generic_getattr),
        iter: Some(str_iter),
        bool: Some(str_bool),
        length: Some(str_len),
        concat: Some(concat),
        repeat: Some(repeat),
        contains: Some(contains),
        getitem: Some(getitem),
        number: {
            let mut n = [None; crate::object::typeobj::NUM_BINOPS];
            n[crate::object::BinOp::Rem as usize] =
                Some(crate::interp::builtins::str_percent as crate::object::typeobj::BinaryFn);
            n
        },
        ..Slots::new(dealloc_box::<StrObject>)
    },
);
