//! Methods of str (the text codecs behind `str.encode` are `interp::codecs`).
//! Searching, splitting, stripping and padding use the generic algorithms
//! of `bytes_methods`: over the bytes of an ASCII string, over its code
//! points otherwise.

use std::ops::Range;

use super::bytes_methods::{self as seq, bind_args, index_arg, no_kw, pad_counts, slice_arg, Unit};
use super::*;
use crate::types::str::{props, StrObject, STR_TYPE};

pub(super) fn s(v: &Value) -> String {
    pystr::to_string_lossy(v)
}

// ---------------------------------------------------------------- units

/// The code units of a str: its bytes when ASCII, else its code points.
enum Units<'a> {
    Narrow(&'a [u8]),
    Wide(Vec<u32>),
}

fn units(s: &StrObject) -> Units<'_> {
    if s.is_ascii() {
        Units::Narrow(s.as_bytes())
    } else {
        Units::Wide(s.code_points().collect())
    }
}

/// Builds a str from units of either width.
trait MakeStr: Unit {
    fn make(u: &[Self]) -> Value;
}
impl MakeStr for u8 {
    fn make(u: &[u8]) -> Value {
        // Only ever ASCII here.
        pystr::from_wtf8_bytes(u)
    }
}
impl MakeStr for u32 {
    fn make(u: &[u32]) -> Value {
        pystr::from_code_points(u.iter().copied()).unwrap_or_else(pystr::empty)
    }
}

/// Runs `$body` with `$u` bound to the units of one str.
macro_rules! with_units {
    ($s:expr, |$u:ident| $body:expr) => {
        match units($s) {
            Units::Narrow($u) => $body,
            Units::Wide(w) => {
                let $u = &w[..];
                $body
            }
        }
    };
}

/// Runs `$body` with the units of two strs in a common width.
macro_rules! with_units2 {
    ($a:expr, $b:expr, |$x:ident, $y:ident| $body:expr) => {
        if $a.is_ascii() && $b.is_ascii() {
            let ($x, $y) = ($a.as_bytes(), $b.as_bytes());
            $body
        } else {
            let wa: Vec<u32> = $a.code_points().collect();
            let wb: Vec<u32> = $b.code_points().collect();
            let ($x, $y) = (&wa[..], &wb[..]);
            $body
        }
    };
}

fn me(v: &Value) -> &StrObject {
    v.downcast::<StrObject>().expect("str method on a str")
}

/// A str argument; `msg` formats the error for anything else.
fn str_arg(v: &Value, msg: impl FnOnce(&str) -> String) -> PyResult<&StrObject> {
    v.downcast::<StrObject>().ok_or_else(|| {
        // Argument Clinic names None itself rather than its type.
        let t = if singletons::is_none(v) {
            "None"
        } else {
            &v.type_of().name
        };
        type_error(msg(t))
    })
}

fn slice_of<T: MakeStr>(u: &[T], r: Range<usize>) -> Value {
    T::make(&u[r])
}

/// `self` unchanged: the same object for an exact str.
fn same(v: &Value) -> Value {
    if v.is_exact(&STR_TYPE) {
        v.clone()
    } else {
        pystr::from_wtf8_bytes(me(v).as_bytes())
    }
}

// ---------------------------------------------------------------- search

fn find_common(a: &[Value], k: &[Value], name: &str, reverse: bool) -> PyResult<Option<usize>> {
    no_kw(&format!("str.{name}"), k)?;
    let h = me(&a[0]);
    let n = str_arg(&a[1], |t| {
        format!("{name}() argument 1 must be str, not {t}")
    })?;
    let start = slice_arg(a.get(2))?;
    let end = slice_arg(a.get(3))?;
    Ok(with_units2!(h, n, |x, y| seq::find_in(
        x, y, start, end, reverse
    )))
}
fn pos_or_minus(r: Option<usize>) -> Value {
    int::from_i64(r.map_or(-1, |p| p as i64))
}
pub(super) fn m_str_find(a: &[Value], k: &[Value]) -> PyResult<Value> {
    Ok(pos_or_minus(find_common(a, k, "find", false)?))
}
pub(super) fn m_str_rfind(a: &[Value], k: &[Value]) -> PyResult<Value> {
    Ok(pos_or_minus(find_common(a, k, "rfind", true)?))
}
pub(super) fn m_str_index(a: &[Value], k: &[Value]) -> PyResult<Value> {
    find_common(a, k, "index", false)?
        .map(|p| int::from_i64(p as i64))
        .ok_or_else(|| PyErr::new(&VALUE_ERROR, "substring not found"))
}
fn m_str_rindex(a: &[Value], k: &[Value]) -> PyResult<Value> {
    find_common(a, k, "rindex", true)?
        .map(|p| int::from_i64(p as i64))
        .ok_or_else(|| PyErr::new(&VALUE_ERROR, "substring not found"))
}
fn m_str_count(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kw("str.count", k)?;
    let h = me(&a[0]);
    let n = str_arg(&a[1], |t| {
        format!("count() argument 1 must be str, not {t}")
    })?;
    let start = slice_arg(a.get(2))?;
    let end = slice_arg(a.get(3))?;
    let c = with_units2!(h, n, |x, y| seq::count_in(x, y, start, end));
    Ok(int::from_i64(c as i64))
}

fn startsend(a: &[Value], k: &[Value], name: &str, at_end: bool) -> PyResult<Value> {
    no_kw(&format!("str.{name}"), k)?;
    let h = me(&a[0]);
    let start = slice_arg(a.get(2))?;
    let end = slice_arg(a.get(3))?;
    let test = |p: &StrObject| with_units2!(h, p, |x, y| seq::tailmatch(x, y, start, end, at_end));
    if a[1]
        .downcast::<crate::types::tuple::TupleObject>()
        .is_some()
    {
        for p in tuple::items(&a[1]) {
            let p = str_arg(p, |t| {
                format!("tuple for {name} must only contain str, not {t}")
            })?;
            if test(p) {
                return Ok(singletons::true_());
            }
        }
        return Ok(singletons::false_());
    }
    let p = str_arg(&a[1], |t| {
        format!("{name} first arg must be str or a tuple of str, not {t}")
    })?;
    Ok(singletons::bool(test(p)))
}
pub(super) fn m_str_startswith(a: &[Value], k: &[Value]) -> PyResult<Value> {
    startsend(a, k, "startswith", false)
}
pub(super) fn m_str_endswith(a: &[Value], k: &[Value]) -> PyResult<Value> {
    startsend(a, k, "endswith", true)
}

// ---------------------------------------------------------------- split, join

fn split_common(a: &[Value], k: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    let args = bind_args(name, a, k, &["sep", "maxsplit"], 0)?;
    let max = match &args[1] {
        Some(v) => index_arg(v)?,
        None => -1,
    };
    let h = me(&a[0]);
    let sep = match args[0].as_ref().filter(|v| !singletons::is_none(v)) {
        Some(v) => {
            let sep = str_arg(v, |t| format!("must be str or None, not {t}"))?;
            if sep.is_empty() {
                return Err(PyErr::new(&VALUE_ERROR, "empty separator"));
            }
            Some(sep)
        }
        None => None,
    };
    let parts = match sep {
        Some(sep) => with_units2!(h, sep, |x, y| {
            let r = if reverse {
                seq::rsplit(x, y, max)
            } else {
                seq::split(x, y, max)
            };
            r.into_iter().map(|r| slice_of(x, r)).collect()
        }),
        None => with_units!(h, |u| {
            let r = if reverse {
                seq::rsplit_ws(u, max, props::is_space)
            } else {
                seq::split_ws(u, max, props::is_space)
            };
            r.into_iter().map(|r| slice_of(u, r)).collect()
        }),
    };
    Ok(list::new(parts))
}
pub(super) fn m_str_split(a: &[Value], k: &[Value]) -> PyResult<Value> {
    split_common(a, k, "split", false)
}
pub(super) fn m_str_rsplit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    split_common(a, k, "rsplit", true)
}

fn partition_common(a: &[Value], k: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    no_kw(&format!("str.{name}"), k)?;
    let h = me(&a[0]);
    let Some(sep) = a[1].downcast::<StrObject>() else {
        return Err(type_error(format!(
            "must be str, not {}",
            a[1].type_of().name
        )));
    };
    if sep.is_empty() {
        return Err(PyErr::new(&VALUE_ERROR, "empty separator"));
    }
    let found = with_units2!(h, sep, |x, y| if reverse {
        seq::rfind(x, y)
    } else {
        seq::find(x, y)
    });
    let parts = match found {
        Some(p) => {
            let (before, after) = with_units!(h, |u| (
                slice_of(u, 0..p),
                slice_of(u, p + sep.len()..u.len())
            ));
            vec![before, a[1].clone(), after]
        }
        None if reverse => vec![pystr::empty(), pystr::empty(), same(&a[0])],
        None => vec![same(&a[0]), pystr::empty(), pystr::empty()],
    };
    Ok(tuple::new(parts))
}
pub(super) fn m_str_partition(a: &[Value], k: &[Value]) -> PyResult<Value> {
    partition_common(a, k, "partition", false)
}
pub(super) fn m_str_rpartition(a: &[Value], k: &[Value]) -> PyResult<Value> {
    partition_common(a, k, "rpartition", true)
}

pub(super) fn m_str_join(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kw("str.join", k)?;
    let sep = me(&a[0]).as_bytes();
    let items = collect(&a[1]).map_err(|e| {
        if e.matches(&exceptions::TYPE_ERROR) && a[1].type_of().slots.iter.is_none() {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    if items.len() == 1 && items[0].is_exact(&STR_TYPE) {
        return Ok(items[0].clone());
    }
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(t) = x.downcast::<StrObject>() else {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                x.type_of().name
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(t.as_bytes());
    }
    Ok(pystr::from_wtf8_bytes(&out))
}

pub(super) fn m_str_splitlines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let args = bind_args("splitlines", a, k, &["keepends"], 0)?;
    let keep = match &args[0] {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    Ok(list::new(with_units!(me(&a[0]), |u| seq::splitlines(
        u, keep, true
    )
    .into_iter()
    .map(|r| slice_of(u, r))
    .collect())))
}

// ---------------------------------------------------------------- strip, replace, pad

fn strip_common(a: &[Value], k: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    no_kw(&format!("str.{name}"), k)?;
    let h = me(&a[0]);
    let chars: Option<Vec<u32>> = match a.get(1).filter(|v| !singletons::is_none(v)) {
        Some(c) => Some(
            str_arg(c, |_| format!("{name} arg must be None or str"))?
                .code_points()
                .collect(),
        ),
        None => None,
    };
    Ok(with_units!(h, |u| {
        let r = match &chars {
            Some(set) => seq::strip_range(u, |c| set.contains(&c.cp()), left, right),
            None => seq::strip_range(u, |c| props::is_space(c.cp()), left, right),
        };
        if r == (0..u.len()) {
            same(&a[0])
        } else {
            slice_of(u, r)
        }
    }))
}
pub(super) fn m_str_strip(a: &[Value], k: &[Value]) -> PyResult<Value> {
    strip_common(a, k, "strip", true, true)
}
pub(super) fn m_str_lstrip(a: &[Value], k: &[Value]) -> PyResult<Value> {
    strip_common(a, k, "lstrip", true, false)
}
pub(super) fn m_str_rstrip(a: &[Value], k: &[Value]) -> PyResult<Value> {
    strip_common(a, k, "rstrip", false, true)
}

pub(super) fn m_str_replace(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let args = bind_args("replace", a, k, &["old", "new", "count"], 2)?;
    let (Some(old), Some(new)) = (&args[0], &args[1]) else {
        let n = args.iter().filter(|x| x.is_some()).count();
        return Err(type_error(format!(
            "replace() takes at least 2 positional arguments ({n} given)"
        )));
    };
    let old = str_arg(old, |t| {
        format!("replace() argument 1 must be str, not {t}")
    })?;
    let new = str_arg(new, |t| {
        format!("replace() argument 2 must be str, not {t}")
    })?;
    let max = match &args[2] {
        Some(c) => index_arg(c)?,
        None => -1,
    };
    let h = me(&a[0]);
    if h.is_ascii() && old.is_ascii() && new.is_ascii() {
        return Ok(pystr::from_wtf8_bytes(&seq::replace(
            h.as_bytes(),
            old.as_bytes(),
            new.as_bytes(),
            max,
        )));
    }
    let (x, y, z): (Vec<u32>, Vec<u32>, Vec<u32>) = (
        h.code_points().collect(),
        old.code_points().collect(),
        new.code_points().collect(),
    );
    Ok(u32::make(&seq::replace(&x, &y, &z, max)))
}

/// The fill argument of center/ljust/rjust.
fn fill_arg(v: Option<&Value>) -> PyResult<u32> {
    let Some(v) = v else {
        return Ok(0x20);
    };
    let f = str_arg(v, |t| {
        format!("The fill character must be a unicode character, not {t}")
    })?;
    if f.len() != 1 {
        return Err(type_error(
            "The fill character must be exactly one character long",
        ));
    }
    Ok(f.code_point_at(0))
}
fn pad_common(a: &[Value], k: &[Value], name: &str, how: u8) -> PyResult<Value> {
    no_kw(&format!("str.{name}"), k)?;
    let width = index_arg(&a[1])?;
    let fill = fill_arg(a.get(2))?;
    let h = me(&a[0]);
    let Some((l, r)) = pad_counts(h.len(), width, how) else {
        return Ok(same(&a[0]));
    };
    let w: Vec<u32> = h.code_points().collect();
    Ok(u32::make(&seq::pad(&w, l, r, fill)?))
}
pub(super) fn m_str_ljust(a: &[Value], k: &[Value]) -> PyResult<Value> {
    pad_common(a, k, "ljust", b'<')
}
pub(super) fn m_str_rjust(a: &[Value], k: &[Value]) -> PyResult<Value> {
    pad_common(a, k, "rjust", b'>')
}
pub(super) fn m_str_center(a: &[Value], k: &[Value]) -> PyResult<Value> {
    pad_common(a, k, "center", b'^')
}
pub(super) fn m_str_zfill(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let width = index_arg(&a[1])?;
    let w: Vec<u32> = me(&a[0]).code_points().collect();
    Ok(match seq::zfill(&w, width, 0x30)? {
        Some(v) => u32::make(&v),
        None => same(&a[0]),
    })
}
fn m_str_expandtabs(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let args = bind_args("expandtabs", a, k, &["tabsize"], 0)?;
    let tabsize = match &args[0] {
        Some(v) => index_arg(v)?,
        None => 8,
    };
    Ok(with_units!(me(&a[0]), |u| {
        let out = seq::expandtabs(u, tabsize, Unit::from_ascii(b' '))?;
        MakeStr::make(&out)
    }))
}
pub(super) fn m_str_removeprefix(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    affix(a, "removeprefix", false)
}
pub(super) fn m_str_removesuffix(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    affix(a, "removesuffix", true)
}
fn affix(a: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    let h = me(&a[0]).as_bytes();
    let p = str_arg(&a[1], |t| format!("{name}() argument must be str, not {t}"))?.as_bytes();
    // Generalized UTF-8 is self-synchronizing: byte affixes are
    // code-point affixes.
    let r = if suffix && !p.is_empty() && h.ends_with(p) {
        &h[..h.len() - p.len()]
    } else if !suffix && !p.is_empty() && h.starts_with(p) {
        &h[p.len()..]
    } else {
        return Ok(same(&a[0]));
    };
    Ok(pystr::from_wtf8_bytes(r))
}

// ---------------------------------------------------------------- case

/// Appends the lowercase of `cps[i]`, applying the final-sigma rule.
fn lower_at(cps: &[u32], i: usize, out: &mut Vec<u32>) {
    if cps[i] != 0x03A3 {
        props::lower(cps[i], out);
        return;
    }
    let before = cps[..i]
        .iter()
        .rev()
        .find(|&&c| !props::is_case_ignorable(c))
        .is_some_and(|&c| props::is_cased(c));
    let after = cps[i + 1..]
        .iter()
        .find(|&&c| !props::is_case_ignorable(c))
        .is_some_and(|&c| props::is_cased(c));
    out.push(if before && !after { 0x03C2 } else { 0x03C3 });
}

fn case_map(a: &[Value], f: impl Fn(&[u32], usize, &mut Vec<u32>)) -> PyResult<Value> {
    let cps: Vec<u32> = me(&a[0]).code_points().collect();
    let mut out = Vec::with_capacity(cps.len());
    for i in 0..cps.len() {
        f(&cps, i, &mut out);
    }
    Ok(u32::make(&out))
}
pub(super) fn m_str_lower(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.lower")?;
    let h = me(&a[0]);
    if h.is_ascii() {
        return Ok(pystr::from_wtf8_bytes(&h.as_bytes().to_ascii_lowercase()));
    }
    case_map(a, lower_at)
}
pub(super) fn m_str_upper(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.upper")?;
    let h = me(&a[0]);
    if h.is_ascii() {
        return Ok(pystr::from_wtf8_bytes(&h.as_bytes().to_ascii_uppercase()));
    }
    case_map(a, |c, i, out| props::upper(c[i], out))
}
fn m_str_casefold(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.casefold")?;
    case_map(a, |c, i, out| props::fold(c[i], out))
}
pub(super) fn m_str_swapcase(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.swapcase")?;
    case_map(a, |c, i, out| {
        if props::is_upper(c[i]) {
            lower_at(c, i, out)
        } else if props::is_lower(c[i]) {
            props::upper(c[i], out)
        } else {
            out.push(c[i])
        }
    })
}
pub(super) fn m_str_capitalize(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.capitalize")?;
    case_map(a, |c, i, out| {
        if i == 0 {
            props::title(c[i], out)
        } else {
            lower_at(c, i, out)
        }
    })
}
pub(super) fn m_str_title(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.title")?;
    let cps: Vec<u32> = me(&a[0]).code_points().collect();
    let mut out = Vec::with_capacity(cps.len());
    let mut prev_cased = false;
    for i in 0..cps.len() {
        if prev_cased {
            lower_at(&cps, i, &mut out);
        } else {
            props::title(cps[i], &mut out);
        }
        prev_cased = props::is_cased(cps[i]);
    }
    Ok(u32::make(&out))
}

// ---------------------------------------------------------------- predicates

fn all_of(a: &[Value], f: fn(u32) -> bool) -> PyResult<Value> {
    let h = me(&a[0]);
    Ok(singletons::bool(!h.is_empty() && h.code_points().all(f)))
}
pub(super) fn m_str_isdigit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.isdigit")?;
    all_of(a, props::is_digit)
}
pub(super) fn m_str_isalpha(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.isalpha")?;
    all_of(a, props::is_alpha)
}
pub(super) fn m_str_isdecimal(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.isdecimal")?;
    all_of(a, props::is_decimal)
}
fn m_str_isnumeric(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.isnumeric")?;
    all_of(a, props::is_numeric)
}
pub(super) fn m_str_isalnum(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.isalnum")?;
    all_of(a, props::is_alnum)
}
pub(super) fn m_str_isspace(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.isspace")?;
    all_of(a, props::is_space)
}
fn m_str_isprintable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.isprintable")?;
    Ok(singletons::bool(
        me(&a[0]).code_points().all(props::is_printable),
    ))
}
fn m_str_isascii(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.isascii")?;
    Ok(singletons::bool(me(&a[0]).is_ascii()))
}
fn m_str_isidentifier(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.isidentifier")?;
    let mut cps = me(&a[0]).code_points();
    let start = |c: u32| c == 0x5F || char::from_u32(c).is_some_and(unicode_ident::is_xid_start);
    let cont = |c: u32| char::from_u32(c).is_some_and(unicode_ident::is_xid_continue);
    Ok(singletons::bool(
        cps.next().is_some_and(start) && cps.all(cont),
    ))
}
pub(super) fn m_str_isupper(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.isupper")?;
    let mut cased = false;
    for c in me(&a[0]).code_points() {
        if props::is_lower(c) || props::is_title(c) {
            return Ok(singletons::false_());
        }
        cased |= props::is_upper(c);
    }
    Ok(singletons::bool(cased))
}
pub(super) fn m_str_islower(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.islower")?;
    let mut cased = false;
    for c in me(&a[0]).code_points() {
        if props::is_upper(c) || props::is_title(c) {
            return Ok(singletons::false_());
        }
        cased |= props::is_lower(c);
    }
    Ok(singletons::bool(cased))
}
fn m_str_istitle(a: &[Value], k: &[Value]) -> PyResult<Value> {
    seq::zero_args(a, k, "str.istitle")?;
    let mut cased = false;
    let mut prev = false;
    for c in me(&a[0]).code_points() {
        if props::is_upper(c) || props::is_title(c) {
            if prev {
                return Ok(singletons::false_());
            }
            prev = true;
            cased = true;
        } else if props::is_lower(c) {
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

// ---------------------------------------------------------------- translate

/// `str.maketrans(x[, y[, z]])` (a static method).
fn m_str_maketrans(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = dict::new();
    match a {
        [x] => {
            if x.downcast::<crate::types::dict::DictObject>().is_none() {
                return Err(type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            }
            for (key, v) in attrs::dict_items(x) {
                let key = if let Some(t) = key.downcast::<StrObject>() {
                    if t.len() != 1 {
                        return Err(PyErr::new(
                            &VALUE_ERROR,
                            "string keys in translatetable must be of length 1",
                        ));
                    }
                    int::from_i64(i64::from(t.code_point_at(0)))
                } else if int::as_int(&key).is_some() {
                    key
                } else {
                    return Err(type_error(
                        "keys in translate table mustbe strings or integers",
                    ));
                };
                dict::set_item(&d, key, v)?;
            }
        }
        [x, y, rest @ ..] if rest.len() <= 1 => {
            let x = str_arg(x, |_| {
                "first maketrans argument must be a string if there is a second argument".into()
            })?;
            let y = str_arg(y, |t| {
                format!("maketrans() argument 2 must be str, not {t}")
            })?;
            if x.len() != y.len() {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (f, t) in x.code_points().zip(y.code_points()) {
                dict::set_item(&d, int::from_i64(i64::from(f)), int::from_i64(i64::from(t)))?;
            }
            if let Some(z) = rest.first() {
                let z = str_arg(z, |t| {
                    format!("maketrans() argument 3 must be str, not {t}")
                })?;
                for c in z.code_points() {
                    dict::set_item(&d, int::from_i64(i64::from(c)), singletons::none())?;
                }
            }
        }
        _ => {
            return Err(type_error(format!(
                "maketrans() takes at least 1 argument ({} given)",
                a.len()
            )))
        }
    }
    Ok(d)
}

fn m_str_translate(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kw("str.translate", k)?;
    let table = &a[1];
    let mut out = Vec::new();
    for c in me(&a[0]).code_points() {
        let m = match attrs::getitem(table, &int::from_i64(i64::from(c))) {
            Ok(m) => m,
            Err(e) if e.matches(&exceptions::LOOKUP_ERROR) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if singletons::is_none(&m) {
            continue;
        }
        if let Some(t) = m.downcast::<StrObject>() {
            out.extend(t.code_points());
        } else if let Some(i) = int::as_int(&m) {
            match i.to_i64() {
                Some(v @ 0..=0x10FFFF) => out.push(v as u32),
                _ => {
                    return Err(PyErr::new(
                        &VALUE_ERROR,
                        "character mapping must be in range(0x110000)",
                    ))
                }
            }
        } else {
            return Err(type_error(
                "character mapping must return integer, None or str",
            ));
        }
    }
    Ok(u32::make(&out))
}

// ---------------------------------------------------------------- format

pub(super) fn m_str_format(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let npos = a.len() - k.len();
    let kwargs = dict::new();
    for (name, v) in k.iter().zip(&a[npos..]) {
        dict::set_item(&kwargs, name.clone(), v.clone())?;
    }
    str_format(me(&a[0]), &a[1..npos], &kwargs)
}
fn m_str_format_map(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kw("str.format_map", k)?;
    str_format(me(&a[0]), &[], &a[1])
}
fn m_str_format_dunder(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let spec = str_arg(&a[1], |t| {
        format!("__format__() argument must be str, not {t}")
    })?;
    format_str(&a[0], spec)
}

// ---------------------------------------------------------------- misc

fn m_str_getnewargs(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(tuple::new(vec![pystr::from_wtf8_bytes(
        me(&a[0]).as_bytes(),
    )]))
}

// ---------------------------------------------------------------- codecs

/// The encoding and errors arguments (already bound), checked to be str.
pub(super) fn codec_args(fname: &str, p: &[Option<Value>]) -> PyResult<(String, String)> {
    let get = |i: usize, name: &str, default: &str| -> PyResult<String> {
        match &p[i] {
            None => Ok(default.to_string()),
            Some(v) => match v.downcast::<StrObject>() {
                Some(t) => Ok(t.to_string_lossy()),
                None => Err(type_error(format!(
                    "{fname}() argument '{name}' must be str, not {}",
                    v.type_of().name
                ))),
            },
        }
    };
    Ok((get(0, "encoding", "utf-8")?, get(1, "errors", "strict")?))
}

// The codecs themselves live in `interp::codecs`; these names stay for
// the constructors and bytes methods that call them.
pub(crate) use crate::interp::codecs::{decode, encode};

fn m_str_encode(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let args = bind_args("encode", a, k, &["encoding", "errors"], 0)?;
    let (enc, errors) = codec_args("encode", &args)?;
    Ok(crate::types::bytes::from_vec(encode(&a[0], &enc, &errors)?))
}

// ---------------------------------------------------------------- install

pub(super) fn install() {
    crate::interp::slot_wrappers::install(&[&crate::types::str::STR_TYPE]);
    super::int_methods::set_doc(&STR_TYPE, "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to 'utf-8'.\nerrors defaults to 'strict'.");
    add_methods(
        &STR_TYPE,
        &[
            ("join", m_str_join),
            ("split", m_str_split),
            ("rsplit", m_str_rsplit),
            ("splitlines", m_str_splitlines),
            ("partition", m_str_partition),
            ("rpartition", m_str_rpartition),
            ("strip", m_str_strip),
            ("lstrip", m_str_lstrip),
            ("rstrip", m_str_rstrip),
            ("replace", m_str_replace),
            ("startswith", m_str_startswith),
            ("endswith", m_str_endswith),
            ("find", m_str_find),
            ("rfind", m_str_rfind),
            ("index", m_str_index),
            ("rindex", m_str_rindex),
            ("count", m_str_count),
            ("format", m_str_format),
            ("format_map", m_str_format_map),
            ("__format__", m_str_format_dunder),
            ("encode", m_str_encode),
            ("upper", m_str_upper),
            ("lower", m_str_lower),
            ("casefold", m_str_casefold),
            ("swapcase", m_str_swapcase),
            ("capitalize", m_str_capitalize),
            ("title", m_str_title),
            ("isdigit", m_str_isdigit),
            ("isalpha", m_str_isalpha),
            ("isdecimal", m_str_isdecimal),
            ("isnumeric", m_str_isnumeric),
            ("isalnum", m_str_isalnum),
            ("isspace", m_str_isspace),
            ("isupper", m_str_isupper),
            ("islower", m_str_islower),
            ("istitle", m_str_istitle),
            ("isprintable", m_str_isprintable),
            ("isascii", m_str_isascii),
            ("isidentifier", m_str_isidentifier),
            ("ljust", m_str_ljust),
            ("rjust", m_str_rjust),
            ("center", m_str_center),
            ("zfill", m_str_zfill),
            ("expandtabs", m_str_expandtabs),
            ("removeprefix", m_str_removeprefix),
            ("removesuffix", m_str_removesuffix),
            ("translate", m_str_translate),
            ("__getnewargs__", m_str_getnewargs),
        ],
    );
    let _ = dict::set_item(
        STR_TYPE.dict(),
        pystr::intern("maketrans"),
        classes::new_wrapper(
            &classes::STATICMETHOD_TYPE,
            native("maketrans", m_str_maketrans),
        ),
    );
}
