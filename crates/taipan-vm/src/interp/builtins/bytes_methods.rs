//! Methods of bytes and bytearray, and the sequence algorithms they share
//! with str: the search, split, strip, replace and padding code is written
//! once, generic over the code unit (a byte, or a code point of a str).

use std::borrow::Cow;
use std::ops::Range;

use super::*;
use crate::interp::bytearray::{self, ByteArrayObject, BYTEARRAY_TYPE};
use crate::types::bytes::{self as pybytes, BYTES_TYPE};

// ---------------------------------------------------------------- arguments

/// Fails when keywords were passed to a positional-only method.
pub(super) fn no_kw(qual: &str, k: &[Value]) -> PyResult<()> {
    if k.is_empty() {
        return Ok(());
    }
    Err(type_error(format!("{qual}() takes no keyword arguments")))
}

/// Fails unless only `self` was passed.
pub(super) fn zero_args(a: &[Value], k: &[Value], qual: &str) -> PyResult<()> {
    if !k.is_empty() {
        return no_kw(qual, k);
    }
    if a.len() > 1 {
        return Err(type_error(format!(
            "{qual}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

/// Binds `a[1..]` (after self) to the parameter `names`, positionals first
/// then keywords; the first `posonly` parameters cannot be passed by
/// keyword. Errors are CPython's argument-clinic messages.
pub(super) fn bind_args(
    fname: &str,
    a: &[Value],
    k: &[Value],
    names: &[&str],
    posonly: usize,
) -> PyResult<Vec<Option<Value>>> {
    let npos = a.len() - k.len() - 1;
    if npos > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({npos} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<Value>> = a[1..=npos].iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (kn, kv) in k.iter().zip(&a[a.len() - k.len()..]) {
        let kn = pystr::to_string_lossy(kn);
        match names.iter().position(|n| *n == kn) {
            Some(i) if i >= posonly => {
                if out[i].is_some() {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{kn}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(kv.clone());
            }
            _ => {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{kn}'"
                )))
            }
        }
    }
    Ok(out)
}

/// An integer argument through `__index__`; too large for a Py_ssize_t is
/// an `OverflowError`.
pub(super) fn index_arg(v: &Value) -> PyResult<i64> {
    let i = index_value(v)?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_of().name
        ))
    })?;
    int::as_int(&i).and_then(|r| r.to_i64()).ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `v.__index__()` when its type has one.
fn index_value(v: &Value) -> PyResult<Option<Value>> {
    if int::as_int(v).is_some() {
        return Ok(Some(v.clone()));
    }
    match v.type_of().slots.index {
        Some(f) => f(v).map(Some),
        None => Ok(None),
    }
}

/// An optional start/end argument: None or an index (huge ones clamp).
pub(super) fn slice_arg(v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !singletons::is_none(v)) else {
        return Ok(None);
    };
    let i = index_value(v)?.ok_or_else(|| {
        type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    let r = int::as_int(&i).expect("index returns an int");
    Ok(Some(r.to_i64().unwrap_or(
        if r.to_f64().is_ok_and(|f| f < 0.0) {
            i64::MIN
        } else {
            i64::MAX
        },
    )))
}

/// CPython's ADJUST_INDICES: start/end made non-negative, end clamped to
/// the length (start may stay beyond it).
pub(super) fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let fix = |x: i64| if x < 0 { (x + len).max(0) } else { x };
    let end = fix(end.unwrap_or(len)).min(len);
    let start = fix(start.unwrap_or(0));
    (start as usize, end as usize)
}

// ---------------------------------------------------------------- algorithms

/// A code unit of a searchable sequence: a byte, or a code point.
pub(super) trait Unit: Copy + Eq + Ord {
    fn cp(self) -> u32;
    fn from_ascii(b: u8) -> Self;
}
impl Unit for u8 {
    fn cp(self) -> u32 {
        u32::from(self)
    }
    fn from_ascii(b: u8) -> u8 {
        b
    }
}
impl Unit for u32 {
    fn cp(self) -> u32 {
        self
    }
    fn from_ascii(b: u8) -> u32 {
        u32::from(b)
    }
}

pub(super) fn find<T: Unit>(h: &[T], n: &[T]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    let first = n[0];
    (0..=h.len() - n.len()).find(|&i| h[i] == first && &h[i..i + n.len()] == n)
}

pub(super) fn rfind<T: Unit>(h: &[T], n: &[T]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

/// Non-overlapping occurrences of a non-empty `n`, at most `max`.
pub(super) fn count<T: Unit>(h: &[T], n: &[T], max: usize) -> usize {
    let mut c = 0;
    let mut i = 0;
    while c < max {
        match find(&h[i..], n) {
            Some(p) => {
                c += 1;
                i += p + n.len();
            }
            None => break,
        }
    }
    c
}

/// `find`/`rfind`/`index`/`rindex` within `[start:end]`.
pub(super) fn find_in<T: Unit>(
    h: &[T],
    n: &[T],
    start: Option<i64>,
    end: Option<i64>,
    reverse: bool,
) -> Option<usize> {
    let (s, e) = adjust(start, end, h.len());
    if e < s || e - s < n.len() {
        return None;
    }
    let r = if reverse {
        rfind(&h[s..e], n)
    } else {
        find(&h[s..e], n)
    };
    r.map(|p| p + s)
}

/// `count` within `[start:end]`.
pub(super) fn count_in<T: Unit>(h: &[T], n: &[T], start: Option<i64>, end: Option<i64>) -> usize {
    let (s, e) = adjust(start, end, h.len());
    if e < s || e - s < n.len() {
        return 0;
    }
    if n.is_empty() {
        return e - s + 1;
    }
    count(&h[s..e], n, usize::MAX)
}

/// `startswith`/`endswith` of one candidate within `[start:end]`.
pub(super) fn tailmatch<T: Unit>(
    h: &[T],
    n: &[T],
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    let (s, e) = adjust(start, end, h.len());
    if s + n.len() > e {
        return false;
    }
    if at_end {
        &h[e - n.len()..e] == n
    } else {
        &h[s..s + n.len()] == n
    }
}

/// `replace(old, new, count)`; `count < 0` means all.
pub(super) fn replace<T: Unit>(h: &[T], old: &[T], new: &[T], max: i64) -> Vec<T> {
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut out = Vec::with_capacity(h.len());
    if old.is_empty() {
        // Inserted before every unit and at the end.
        let mut done = 0;
        for (i, &u) in h.iter().enumerate() {
            if done < max {
                out.extend_from_slice(new);
                done += 1;
            } else {
                out.extend_from_slice(&h[i..]);
                return out;
            }
            out.push(u);
        }
        if done < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    let mut done = 0;
    while done < max {
        match find(&h[i..], old) {
            Some(p) => {
                out.extend_from_slice(&h[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&h[i..]);
    out
}

/// `split(sep, maxsplit)` as ranges; `max < 0` means no limit.
pub(super) fn split<T: Unit>(h: &[T], sep: &[T], max: i64) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    while left > 0 {
        match find(&h[i..], sep) {
            Some(p) => {
                out.push(i..i + p);
                i += p + sep.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.push(i..h.len());
    out
}

pub(super) fn rsplit<T: Unit>(h: &[T], sep: &[T], max: i64) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut end = h.len();
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    while left > 0 {
        match rfind(&h[..end], sep) {
            Some(p) => {
                out.push(p + sep.len()..end);
                end = p;
                left -= 1;
            }
            None => break,
        }
    }
    out.push(0..end);
    out.reverse();
    out
}

/// Whitespace split: runs of `space` separate, leading and trailing ones
/// are dropped (the unsplit remainder keeps its trailing whitespace).
pub(super) fn split_ws<T: Unit>(h: &[T], max: i64, space: fn(u32) -> bool) -> Vec<Range<usize>> {
    let sp = |i: usize| space(h[i].cp());
    let mut out = Vec::new();
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    let mut i = 0;
    while i < h.len() && sp(i) {
        i += 1;
    }
    while i < h.len() {
        if left == 0 {
            out.push(i..h.len());
            break;
        }
        let j = (i..h.len()).find(|&j| sp(j)).unwrap_or(h.len());
        out.push(i..j);
        left -= 1;
        i = j;
        while i < h.len() && sp(i) {
            i += 1;
        }
    }
    out
}

pub(super) fn rsplit_ws<T: Unit>(h: &[T], max: i64, space: fn(u32) -> bool) -> Vec<Range<usize>> {
    let sp = |i: usize| space(h[i - 1].cp());
    let mut out = Vec::new();
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    let mut j = h.len();
    while j > 0 && sp(j) {
        j -= 1;
    }
    while j > 0 {
        if left == 0 {
            out.push(0..j);
            break;
        }
        let i = (1..=j).rev().find(|&i| sp(i)).map_or(0, |i| i);
        out.push(i..j);
        left -= 1;
        j = i;
        while j > 0 && sp(j) {
            j -= 1;
        }
    }
    out.reverse();
    out
}

/// `strip`: the range left after dropping units in the set from the ends.
pub(super) fn strip_range<T: Unit>(
    h: &[T],
    strip: impl Fn(T) -> bool,
    left: bool,
    right: bool,
) -> Range<usize> {
    let mut i = 0;
    let mut j = h.len();
    if left {
        while i < j && strip(h[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(h[j - 1]) {
            j -= 1;
        }
    }
    i..j
}

/// Line ranges for `splitlines`; `wide` adds str's extra line breaks.
pub(super) fn splitlines<T: Unit>(h: &[T], keepends: bool, wide: bool) -> Vec<Range<usize>> {
    let is_break = |cp: u32| {
        matches!(cp, 0x0A | 0x0D)
            || wide && matches!(cp, 0x0B | 0x0C | 0x1C..=0x1E | 0x85 | 0x2028 | 0x2029)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < h.len() {
        let start = i;
        while i < h.len() && !is_break(h[i].cp()) {
            i += 1;
        }
        let mut eol = i;
        if i < h.len() {
            if h[i].cp() == 0x0D && i + 1 < h.len() && h[i + 1].cp() == 0x0A {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(start..eol);
    }
    out
}

/// `expandtabs`: tabs to spaces up to the next multiple of `tabsize`
/// (columns restart after `\n` and `\r`).
pub(super) fn expandtabs<T: Unit>(h: &[T], tabsize: i64, space: T) -> PyResult<Vec<T>> {
    let mut out = Vec::with_capacity(h.len());
    let mut col: i64 = 0;
    for &u in h {
        match u.cp() {
            0x09 => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    col = col.checked_add(n).ok_or_else(|| {
                        PyErr::new(&exceptions::OVERFLOW_ERROR, "new string is too long")
                    })?;
                    out.try_reserve(n as usize)
                        .map_err(|_| PyErr::with_args(&exceptions::MEMORY_ERROR, Vec::new()))?;
                    out.resize(out.len() + n as usize, space);
                }
            }
            0x0A | 0x0D => {
                col = 0;
                out.push(u);
            }
            _ => {
                col += 1;
                out.push(u);
            }
        }
    }
    Ok(out)
}

/// Padding for `center`/`ljust`/`rjust`: (left, right) fill counts.
pub(super) fn pad_counts(len: usize, width: i64, how: u8) -> Option<(usize, usize)> {
    if width <= len as i64 {
        return None;
    }
    let marg = width as usize - len;
    Some(match how {
        b'<' => (0, marg),
        b'>' => (marg, 0),
        _ => {
            // CPython's rounding: odd margins favour the left on odd widths.
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    })
}

pub(super) fn pad<T: Unit>(h: &[T], left: usize, right: usize, fill: T) -> PyResult<Vec<T>> {
    let total = h
        .len()
        .checked_add(left)
        .and_then(|n| n.checked_add(right))
        .filter(|&n| n <= isize::MAX as usize / 4)
        .ok_or_else(|| PyErr::with_args(&exceptions::MEMORY_ERROR, Vec::new()))?;
    let mut out = Vec::new();
    out.try_reserve(total)
        .map_err(|_| PyErr::with_args(&exceptions::MEMORY_ERROR, Vec::new()))?;
    out.resize(left, fill);
    out.extend_from_slice(h);
    out.resize(total, fill);
    Ok(out)
}

/// `zfill`: zeros after a leading sign.
pub(super) fn zfill<T: Unit>(h: &[T], width: i64, zero: T) -> PyResult<Option<Vec<T>>> {
    let Some((left, _)) = pad_counts(h.len(), width, b'>') else {
        return Ok(None);
    };
    let mut out = pad(h, left, 0, zero)?;
    if let Some(&first) = h.first() {
        if matches!(first.cp(), 0x2B | 0x2D) {
            out[0] = first;
            out[left] = zero;
        }
    }
    Ok(Some(out))
}

// ---------------------------------------------------------------- bytes-like values

/// The bytes of a bytes-like object (bytes, bytearray, memoryview).
pub fn buffer(v: &Value) -> Option<Cow<'_, [u8]>> {
    if let Some(b) = pybytes::as_bytes(v) {
        return Some(Cow::Borrowed(b));
    }
    if let Some(b) = v.downcast::<ByteArrayObject>() {
        return Some(Cow::Owned(b.to_vec()));
    }
    if let Some(b) = crate::interp::memoryview::contents(v) {
        return Some(Cow::Owned(b));
    }
    let exporters = BUFFER_EXPORTERS.read().unwrap_or_else(|e| e.into_inner());
    exporters.iter().find_map(|f| f(v)).map(Cow::Owned)
}

/// The bytes of an object of a buffer-exporting type defined outside the
/// VM; `None` for other objects.
pub type BufferExporter = fn(&Value) -> Option<Vec<u8>>;

static BUFFER_EXPORTERS: std::sync::RwLock<Vec<BufferExporter>> =
    std::sync::RwLock::new(Vec::new());

/// Lets [`buffer`] (and so `bytes()`, `bytearray()`, `bytes.join` ...)
/// read the objects of a native module's buffer type (`array.array`).
pub fn register_buffer_exporter(f: BufferExporter) {
    BUFFER_EXPORTERS
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .push(f);
}

/// A required bytes-like argument.
pub(crate) fn need_buffer(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    buffer(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_of().name
        ))
    })
}

/// The bytes of `self` (a bytes or bytearray).
fn me(v: &Value) -> Cow<'_, [u8]> {
    buffer(v).unwrap_or(Cow::Borrowed(&[]))
}

/// A result of the same family as `self`: bytearray stays bytearray.
fn like(selfv: &Value, data: Vec<u8>) -> Value {
    if selfv.downcast::<ByteArrayObject>().is_some() {
        bytearray::new(data)
    } else {
        pybytes::from_vec(data)
    }
}

fn like_slice(selfv: &Value, data: &[u8], r: Range<usize>) -> Value {
    like(selfv, data[r].to_vec())
}

/// The type whose method runs: bytearray for bytearrays, else bytes.
fn owner_name(v: &Value) -> &'static str {
    if v.downcast::<ByteArrayObject>().is_some() {
        "bytearray"
    } else {
        "bytes"
    }
}

fn is_ascii_space(cp: u32) -> bool {
    matches!(cp, 0x09..=0x0D | 0x20)
}

/// A sub-sequence argument of find/count/index: bytes-like or an int.
fn sub_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    if let Some(b) = buffer(v) {
        return Ok(b);
    }
    match index_value(v)? {
        Some(i) => match int::as_int(&i).and_then(|r| r.to_i64()) {
            Some(b @ 0..=255) => Ok(Cow::Owned(vec![b as u8])),
            _ => Err(PyErr::new(&VALUE_ERROR, "byte must be in range(0, 256)")),
        },
        None => Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_of().name
        ))),
    }
}

fn find_common(a: &[Value], k: &[Value], name: &str, reverse: bool) -> PyResult<Option<usize>> {
    no_kw(&format!("{}.{name}", a[0].type_of().name), k)?;
    let h = me(&a[0]);
    let n = sub_arg(&a[1])?;
    let start = slice_arg(a.get(2))?;
    let end = slice_arg(a.get(3))?;
    Ok(find_in(&h, &n, start, end, reverse))
}

fn pos_or_minus(r: Option<usize>) -> Value {
    int::from_i64(r.map_or(-1, |p| p as i64))
}

fn m_find(a: &[Value], k: &[Value]) -> PyResult<Value> {
    Ok(pos_or_minus(find_common(a, k, "find", false)?))
}
fn m_rfind(a: &[Value], k: &[Value]) -> PyResult<Value> {
    Ok(pos_or_minus(find_common(a, k, "rfind", true)?))
}
fn m_index(a: &[Value], k: &[Value]) -> PyResult<Value> {
    find_common(a, k, "index", false)?
        .map(|p| int::from_i64(p as i64))
        .ok_or_else(|| PyErr::new(&VALUE_ERROR, "subsection not found"))
}
fn m_rindex(a: &[Value], k: &[Value]) -> PyResult<Value> {
    find_common(a, k, "rindex", true)?
        .map(|p| int::from_i64(p as i64))
        .ok_or_else(|| PyErr::new(&VALUE_ERROR, "subsection not found"))
}
fn m_count(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kw(&format!("{}.count", a[0].type_of().name), k)?;
    let h = me(&a[0]);
    let n = sub_arg(&a[1])?;
    let start = slice_arg(a.get(2))?;
    let end = slice_arg(a.get(3))?;
    Ok(int::from_i64(count_in(&h, &n, start, end) as i64))
}

fn startsend(a: &[Value], k: &[Value], name: &str, at_end: bool) -> PyResult<Value> {
    no_kw(&format!("{}.{name}", a[0].type_of().name), k)?;
    let h = me(&a[0]);
    let start = slice_arg(a.get(2))?;
    let end = slice_arg(a.get(3))?;
    if a[1]
        .downcast::<crate::types::tuple::TupleObject>()
        .is_some()
    {
        for p in tuple::items(&a[1]) {
            if tailmatch(&h, &need_buffer(p)?, start, end, at_end) {
                return Ok(singletons::true_());
            }
        }
        return Ok(singletons::false_());
    }
    let Some(p) = buffer(&a[1]) else {
        return Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            a[1].type_of().name
        )));
    };
    Ok(singletons::bool(tailmatch(&h, &p, start, end, at_end)))
}
fn m_startswith(a: &[Value], k: &[Value]) -> PyResult<Value> {
    startsend(a, k, "startswith", false)
}
fn m_endswith(a: &[Value], k: &[Value]) -> PyResult<Value> {
    startsend(a, k, "endswith", true)
}

/// `sep`/`maxsplit` of split and rsplit.
fn split_args(a: &[Value], k: &[Value], name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let args = bind_args(name, a, k, &["sep", "maxsplit"], 0)?;
    let sep = match args[0].as_ref().filter(|v| !singletons::is_none(v)) {
        Some(v) => {
            let s = need_buffer(v)?.into_owned();
            if s.is_empty() {
                return Err(PyErr::new(&VALUE_ERROR, "empty separator"));
            }
            Some(s)
        }
        None => None,
    };
    let max = match &args[1] {
        Some(v) => index_arg(v)?,
        None => -1,
    };
    Ok((sep, max))
}
fn split_common(a: &[Value], k: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    let (sep, max) = split_args(a, k, name)?;
    let h = me(&a[0]);
    let ranges = match (sep, reverse) {
        (Some(s), false) => split(&h, &s, max),
        (Some(s), true) => rsplit(&h, &s, max),
        (None, false) => split_ws(&h, max, is_ascii_space),
        (None, true) => rsplit_ws(&h, max, is_ascii_space),
    };
    Ok(list::new(
        ranges
            .into_iter()
            .map(|r| like_slice(&a[0], &h, r))
            .collect(),
    ))
}
fn m_split(a: &[Value], k: &[Value]) -> PyResult<Value> {
    split_common(a, k, "split", false)
}
fn m_rsplit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    split_common(a, k, "rsplit", true)
}

fn partition_common(a: &[Value], k: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    no_kw(&format!("{}.{name}", a[0].type_of().name), k)?;
    let h = me(&a[0]);
    let sep = need_buffer(&a[1])?;
    if sep.is_empty() {
        return Err(PyErr::new(&VALUE_ERROR, "empty separator"));
    }
    let found = if reverse {
        rfind(&h, &sep)
    } else {
        find(&h, &sep)
    };
    let empty = || like(&a[0], Vec::new());
    Ok(tuple::new(match found {
        Some(p) => vec![
            like_slice(&a[0], &h, 0..p),
            like(&a[0], sep.to_vec()),
            like_slice(&a[0], &h, p + sep.len()..h.len()),
        ],
        None if reverse => vec![empty(), empty(), like(&a[0], h.to_vec())],
        None => vec![like(&a[0], h.to_vec()), empty(), empty()],
    }))
}
fn m_partition(a: &[Value], k: &[Value]) -> PyResult<Value> {
    partition_common(a, k, "partition", false)
}
fn m_rpartition(a: &[Value], k: &[Value]) -> PyResult<Value> {
    partition_common(a, k, "rpartition", true)
}

fn strip_common(a: &[Value], k: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    no_kw(&format!("{}.{name}", a[0].type_of().name), k)?;
    let h = me(&a[0]);
    let r = match a.get(1).filter(|v| !singletons::is_none(v)) {
        Some(c) => {
            let set = need_buffer(c)?;
            strip_range(&h, |b| set.contains(&b), left, right)
        }
        None => strip_range(&h, |b| is_ascii_space(b.into()), left, right),
    };
    Ok(like_slice(&a[0], &h, r))
}
fn m_strip(a: &[Value], k: &[Value]) -> PyResult<Value> {
    strip_common(a, k, "strip", true, true)
}
fn m_lstrip(a: &[Value], k: &[Value]) -> PyResult<Value> {
    strip_common(a, k, "lstrip", true, false)
}
fn m_rstrip(a: &[Value], k: &[Value]) -> PyResult<Value> {
    strip_common(a, k, "rstrip", false, true)
}

fn m_replace(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let args = bind_args("replace", a, k, &["old", "new", "count"], 2)?;
    let (Some(old), Some(new)) = (&args[0], &args[1]) else {
        let n = args.iter().filter(|x| x.is_some()).count();
        return Err(type_error(format!(
            "replace() takes at least 2 positional arguments ({n} given)"
        )));
    };
    let max = match &args[2] {
        Some(c) => index_arg(c)?,
        None => -1,
    };
    let h = me(&a[0]);
    Ok(like(
        &a[0],
        replace(&h, &need_buffer(old)?, &need_buffer(new)?, max),
    ))
}

fn m_join(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kw(&format!("{}.join", a[0].type_of().name), k)?;
    let sep = me(&a[0]).into_owned();
    let items = collect(&a[1]).map_err(|e| {
        if e.matches(&exceptions::TYPE_ERROR) {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match buffer(x) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    x.type_of().name
                )))
            }
        }
    }
    Ok(like(&a[0], out))
}

/// The fill argument of center/ljust/rjust.
fn fill_arg(name: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v else {
        return Ok(b' ');
    };
    match buffer(v) {
        Some(b) if b.len() == 1 => Ok(b[0]),
        Some(b) => Err(type_error(format!(
            "{name}(): argument 2 must be a byte string of length 1, not a {} object of length {}",
            v.type_of().name,
            b.len()
        ))),
        None => Err(type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            v.type_of().name
        ))),
    }
}
fn pad_common(a: &[Value], k: &[Value], name: &str, how: u8) -> PyResult<Value> {
    no_kw(&format!("{}.{name}", a[0].type_of().name), k)?;
    let width = index_arg(&a[1])?;
    let fill = fill_arg(name, a.get(2))?;
    let h = me(&a[0]);
    Ok(match pad_counts(h.len(), width, how) {
        Some((l, r)) => like(&a[0], pad(&h, l, r, fill)?),
        None => like(&a[0], h.to_vec()),
    })
}
fn m_center(a: &[Value], k: &[Value]) -> PyResult<Value> {
    pad_common(a, k, "center", b'^')
}
fn m_ljust(a: &[Value], k: &[Value]) -> PyResult<Value> {
    pad_common(a, k, "ljust", b'<')
}
fn m_rjust(a: &[Value], k: &[Value]) -> PyResult<Value> {
    pad_common(a, k, "rjust", b'>')
}
fn m_zfill(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let width = index_arg(&a[1])?;
    let h = me(&a[0]);
    Ok(match zfill(&h, width, b'0')? {
        Some(v) => like(&a[0], v),
        None => like(&a[0], h.to_vec()),
    })
}
fn m_expandtabs(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let args = bind_args("expandtabs", a, k, &["tabsize"], 0)?;
    let tabsize = match &args[0] {
        Some(v) => index_arg(v)?,
        None => 8,
    };
    Ok(like(&a[0], expandtabs(&me(&a[0]), tabsize, b' ')?))
}
fn m_splitlines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let args = bind_args("splitlines", a, k, &["keepends"], 0)?;
    let keep = match &args[0] {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    let h = me(&a[0]);
    Ok(list::new(
        splitlines(&h, keep, false)
            .into_iter()
            .map(|r| like_slice(&a[0], &h, r))
            .collect(),
    ))
}
fn affix(a: &[Value], suffix: bool) -> PyResult<Value> {
    let h = me(&a[0]);
    let p = need_buffer(&a[1])?;
    let r = if suffix && h.ends_with(&p) {
        0..h.len() - p.len()
    } else if !suffix && h.starts_with(&p) {
        p.len()..h.len()
    } else {
        0..h.len()
    };
    Ok(like_slice(&a[0], &h, r))
}
fn m_removeprefix(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    affix(a, false)
}
fn m_removesuffix(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    affix(a, true)
}

// ---------------------------------------------------------------- ASCII case

fn map_bytes(a: &[Value], f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    Ok(like(&a[0], f(&me(&a[0]))))
}
fn m_lower(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.lower", owner_name(&a[0])))?;
    map_bytes(a, <[u8]>::to_ascii_lowercase)
}
fn m_upper(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.upper", owner_name(&a[0])))?;
    map_bytes(a, <[u8]>::to_ascii_uppercase)
}
fn m_swapcase(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.swapcase", owner_name(&a[0])))?;
    map_bytes(a, |h| {
        h.iter()
            .map(|&b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn m_capitalize(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.capitalize", owner_name(&a[0])))?;
    map_bytes(a, |h| {
        h.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn m_title(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.title", owner_name(&a[0])))?;
    map_bytes(a, |h| {
        let mut prev_cased = false;
        h.iter()
            .map(|&b| {
                let r = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(a: &[Value], empty: bool, f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let h = me(&a[0]);
    Ok(singletons::bool(if h.is_empty() {
        empty
    } else {
        h.iter().all(|&b| f(b))
    }))
}
fn m_isalnum(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.isalnum", owner_name(&a[0])))?;
    pred(a, false, |b| b.is_ascii_alphanumeric())
}
fn m_isalpha(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.isalpha", owner_name(&a[0])))?;
    pred(a, false, |b| b.is_ascii_alphabetic())
}
fn m_isdigit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.isdigit", owner_name(&a[0])))?;
    pred(a, false, |b| b.is_ascii_digit())
}
fn m_isspace(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.isspace", owner_name(&a[0])))?;
    pred(a, false, |b| is_ascii_space(b.into()))
}
fn m_isascii(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.isascii", owner_name(&a[0])))?;
    pred(a, true, |b| b.is_ascii())
}
/// `islower`/`isupper`: some cased byte, none of the other case.
fn case_pred(a: &[Value], lower: bool) -> PyResult<Value> {
    let h = me(&a[0]);
    type Test = fn(&u8) -> bool;
    let (want, other): (Test, Test) = if lower {
        (u8::is_ascii_lowercase, u8::is_ascii_uppercase)
    } else {
        (u8::is_ascii_uppercase, u8::is_ascii_lowercase)
    };
    Ok(singletons::bool(h.iter().any(want) && !h.iter().any(other)))
}
fn m_islower(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.islower", owner_name(&a[0])))?;
    case_pred(a, true)
}
fn m_isupper(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.isupper", owner_name(&a[0])))?;
    case_pred(a, false)
}
fn m_istitle(a: &[Value], k: &[Value]) -> PyResult<Value> {
    zero_args(a, k, &format!("{}.istitle", owner_name(&a[0])))?;
    let h = me(&a[0]);
    let mut cased = false;
    let mut prev = false;
    for &b in h.iter() {
        if b.is_ascii_uppercase() {
            if prev {
                return Ok(singletons::false_());
            }
            prev = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev {
                return Ok(singletons::false_());
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(singletons::bool(cased))
}

// ---------------------------------------------------------------- hex, translate

/// `hex(sep=None, bytes_per_sep=1)` for bytes-like objects.
pub fn hex_with_sep(data: &[u8], a: &[Value], k: &[Value]) -> PyResult<Value> {
    let args = bind_args("hex", a, k, &["sep", "bytes_per_sep"], 0)?;
    let per = match &args[1] {
        Some(v) => index_arg(v)?,
        None => 1,
    };
    let sep = match &args[0] {
        None => None,
        Some(s) => {
            let bytes: Vec<u8> = if let Some(t) = s.downcast::<crate::types::str::StrObject>() {
                t.as_bytes().to_vec()
            } else if let Some(b) = buffer(s) {
                b.into_owned()
            } else {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    s.type_of().name
                )));
            };
            let n = s
                .downcast::<crate::types::str::StrObject>()
                .map_or(bytes.len(), |t| t.len());
            if n != 1 {
                return Err(PyErr::new(&VALUE_ERROR, "sep must be length 1."));
            }
            if !bytes[0].is_ascii() {
                return Err(PyErr::new(&VALUE_ERROR, "sep must be ASCII."));
            }
            Some(bytes[0] as char)
        }
    };
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep.filter(|_| i > 0 && group > 0) {
            // Groups count from the right for a positive bytes_per_sep.
            let boundary = if per > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s);
            }
        }
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    Ok(pystr::new(&out))
}
fn m_hex(a: &[Value], k: &[Value]) -> PyResult<Value> {
    hex_with_sep(&me(&a[0]), a, k)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (a classmethod).
fn m_fromhex(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let text: Vec<u8> = if let Some(s) = a[1].downcast::<crate::types::str::StrObject>() {
        s.as_bytes().to_vec()
    } else if let Some(b) = buffer(&a[1]) {
        b.into_owned()
    } else {
        return Err(type_error(format!(
            "fromhex() argument must be str or bytes-like, not {}",
            a[1].type_of().name
        )));
    };
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut i = 0;
    // Positions are in code points for str arguments.
    let pos = |i: usize| text[..i].iter().filter(|&&b| b & 0xC0 != 0x80).count();
    let bad = |i: usize| {
        PyErr::new(
            &VALUE_ERROR,
            format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                pos(i)
            ),
        )
    };
    while i < text.len() {
        if is_ascii_space(text[i].into()) {
            i += 1;
            continue;
        }
        let hi = digit(text[i]).ok_or_else(|| bad(i))?;
        let Some(&c) = text.get(i + 1) else {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "fromhex() arg must contain an even number of hexadecimal digits",
            ));
        };
        let lo = digit(c).ok_or_else(|| bad(i + 1))?;
        out.push(hi << 4 | lo);
        i += 2;
    }
    let cls = &a[0];
    if cls.is(&BYTEARRAY_TYPE.as_value()) {
        return Ok(bytearray::new(out));
    }
    let b = pybytes::from_vec(out);
    if cls.is(&BYTES_TYPE.as_value()) {
        return Ok(b);
    }
    call_object(cls, &[b], &[])
}

/// `bytes.maketrans(frm, to)` (a static method).
fn m_maketrans(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.len()
        )));
    }
    let frm = need_buffer(&a[0])?;
    let to = need_buffer(&a[1])?;
    if frm.len() != to.len() {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(pybytes::from_vec(table))
}

fn m_translate(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let args = bind_args("translate", a, k, &["table", "delete"], 1)?;
    let table = match args[0].as_ref().filter(|t| !singletons::is_none(t)) {
        Some(t) => {
            let t = need_buffer(t)?.into_owned();
            if t.len() != 256 {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
        None => None,
    };
    let delete = match &args[1] {
        Some(d) => need_buffer(d)?.into_owned(),
        None => Vec::new(),
    };
    let h = me(&a[0]);
    Ok(like(
        &a[0],
        h.iter()
            .filter(|b| !delete.contains(b))
            .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
            .collect(),
    ))
}

fn m_decode(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let args = bind_args("decode", a, k, &["encoding", "errors"], 0)?;
    let (enc, errors) = super::str_methods::codec_args("decode", &args)?;
    super::str_methods::decode(&me(&a[0]), &enc, &errors)
}

fn m_bytes_dunder_bytes(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pybytes::new(&me(&a[0])))
}

fn m_getnewargs(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(tuple::new(vec![pybytes::new(&me(&a[0]))]))
}

// ---------------------------------------------------------------- install

/// The methods bytes and bytearray share.
const SHARED: &[(&str, objects::NativeFn)] = &[
    ("find", m_find),
    ("rfind", m_rfind),
    ("index", m_index),
    ("rindex", m_rindex),
    ("count", m_count),
    ("startswith", m_startswith),
    ("endswith", m_endswith),
    ("split", m_split),
    ("rsplit", m_rsplit),
    ("partition", m_partition),
    ("rpartition", m_rpartition),
    ("strip", m_strip),
    ("lstrip", m_lstrip),
    ("rstrip", m_rstrip),
    ("replace", m_replace),
    ("join", m_join),
    ("center", m_center),
    ("ljust", m_ljust),
    ("rjust", m_rjust),
    ("zfill", m_zfill),
    ("expandtabs", m_expandtabs),
    ("splitlines", m_splitlines),
    ("removeprefix", m_removeprefix),
    ("removesuffix", m_removesuffix),
    ("lower", m_lower),
    ("upper", m_upper),
    ("swapcase", m_swapcase),
    ("capitalize", m_capitalize),
    ("title", m_title),
    ("isalnum", m_isalnum),
    ("isalpha", m_isalpha),
    ("isdigit", m_isdigit),
    ("isspace", m_isspace),
    ("isascii", m_isascii),
    ("islower", m_islower),
    ("isupper", m_isupper),
    ("istitle", m_istitle),
    ("hex", m_hex),
    ("translate", m_translate),
    ("decode", m_decode),
];

pub(super) fn install() {
    for ty in [&BYTES_TYPE, &BYTEARRAY_TYPE] {
        add_methods(ty, SHARED);
        let d = ty.dict();
        let _ = dict::set_item(
            d,
            pystr::intern("fromhex"),
            classes::new_wrapper(
                &classes::CLASSMETHOD_DESCRIPTOR_TYPE,
                native("fromhex", m_fromhex),
            ),
        );
        let _ = dict::set_item(
            d,
            pystr::intern("maketrans"),
            classes::new_wrapper(
                &classes::STATICMETHOD_TYPE,
                native("maketrans", m_maketrans),
            ),
        );
    }
    crate::interp::slot_wrappers::install(&[&crate::types::bytes::BYTES_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::interp::bytearray::BYTEARRAY_TYPE]);
    crate::interp::slot_wrappers::install(&[&crate::interp::memoryview::MEMORYVIEW_TYPE]);
    add_methods(
        &BYTES_TYPE,
        &[
            ("__bytes__", m_bytes_dunder_bytes),
            ("__getnewargs__", m_getnewargs),
        ],
    );
}
