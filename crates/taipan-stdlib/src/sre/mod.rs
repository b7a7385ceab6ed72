//! The `_sre` module behind `re`: the matching engine (`matcher`) runs
//! natively over code-point buffers; the `Pattern`, `Match`, `Scanner`
//! and `Template` types that drive it are written in Python (`sre.py`,
//! run into the module's namespace when it is first imported).

mod matcher;
mod opcodes;

use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::objects::{native_any_arity, new_module, NativeFn};
use taipan_vm::interp::{attrs, modules, run_code, type_error};
use taipan_vm::object::payload::dealloc_box;
use taipan_vm::object::{ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::exceptions::{RUNTIME_ERROR, VALUE_ERROR};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::str::StrObject;
use taipan_vm::types::{bytes, dict, int, list, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::{index_clamped, no_keywords, positional};
use matcher::{Mode, Request};

/// A subject string or a compiled program, as 32-bit code units.
#[repr(C)]
pub struct Buffer {
    header: ObjHeader,
    units: Vec<u32>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for Buffer {
    fn type_object() -> &'static TypeObject {
        &BUFFER_TYPE
    }
}

pub static BUFFER_TYPE: TypeObject = TypeObject::new_static_in(
    "_sre",
    "_Buffer",
    Some(&OBJECT_TYPE),
    0,
    Slots::new(dealloc_box::<Buffer>),
);

fn args<'a>(name: &str, args: &'a [Value], kwnames: &[Value], n: usize) -> PyResult<&'a [Value]> {
    no_keywords(name, kwnames)?;
    let a = positional(args, kwnames);
    check_count("", name, a.len(), n, n)?;
    Ok(a)
}

/// `_buffer(obj)`: the code units of a str (code points), a bytes object
/// or a sequence of ints (a code list).
fn buffer(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("_buffer", a, kw, 1)?;
    let v = &a[0];
    let units: Vec<u32> = if let Some(s) = v.downcast::<StrObject>() {
        s.code_points().collect()
    } else if let Some(b) = bytes::as_bytes(v) {
        b.iter().map(|&b| b as u32).collect()
    } else {
        let items = attrs::collect(v)?;
        let mut out = Vec::with_capacity(items.len());
        for item in &items {
            let n = index_clamped(item)?;
            let unit = u32::try_from(n).map_err(|_| {
                PyErr::new(&VALUE_ERROR, "regular expression code size limit exceeded")
            })?;
            out.push(unit);
        }
        out
    };
    Ok(Value::from_box(Box::new(Buffer {
        header: ObjHeader::new(&BUFFER_TYPE),
        units,
    })))
}

fn as_buffer(v: &Value) -> PyResult<&Buffer> {
    v.downcast::<Buffer>()
        .ok_or_else(|| type_error("_sre: expected a buffer"))
}

/// `_exec(code, text, pos, endpos, mode, must_advance)`: `None`, or the
/// list `[start, end, lastindex, mark0, mark1, ...]` (-1 for unset).
/// `mode` is 0 (match), 1 (fullmatch) or 2 (search); `pos` and `endpos`
/// are already clamped by the caller.
fn exec(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("_exec", a, kw, 6)?;
    let code = &as_buffer(&a[0])?.units;
    let text = &as_buffer(&a[1])?.units;
    let pos = index_clamped(&a[2])?.clamp(0, text.len() as i64) as usize;
    let endpos = index_clamped(&a[3])?.clamp(0, text.len() as i64) as usize;
    let mode = match index_clamped(&a[4])? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    if pos > endpos {
        return Ok(singletons::none());
    }
    let req = Request {
        code,
        text: &text[..endpos],
        pos,
        mode,
        must_advance: ops::truthy(&a[5])?,
    };
    let found = matcher::run(&req).map_err(|_| engine_error())?;
    let Some(f) = found else {
        return Ok(singletons::none());
    };
    let mut out = vec![
        int::from_i64(f.start as i64),
        int::from_i64(f.end as i64),
        int::from_i64(f.lastindex),
    ];
    out.extend(
        f.marks
            .iter()
            .map(|m| int::from_i64(m.map_or(-1, |m| m as i64))),
    );
    Ok(list::new(out))
}

/// The units `start..end` as an exact str or bytes.
fn substring(units: &[u32], start: usize, end: usize, isbytes: bool) -> PyResult<Value> {
    let part = &units[start..end.max(start)];
    if isbytes {
        return Ok(bytes::from_vec(part.iter().map(|&u| u as u8).collect()));
    }
    pystr::from_code_points(part.iter().copied())
        .ok_or_else(|| PyErr::new(&VALUE_ERROR, "_sre: invalid code point"))
}

/// `_slice(buffer, start, end, isbytes)`: the units `start..end` as an
/// exact str or bytes (clamped), built from the buffer without re-walking
/// the subject.
fn slice(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("_slice", a, kw, 4)?;
    let units = &as_buffer(&a[0])?.units;
    let n = units.len() as i64;
    let start = index_clamped(&a[1])?.clamp(0, n) as usize;
    let end = index_clamped(&a[2])?.clamp(0, n) as usize;
    substring(units, start, end, ops::truthy(&a[3])?)
}

/// `_findall(code, text, pos, endpos, groups, isbytes)`: `Pattern.findall`
/// in one native loop (successive searches, an empty match forcing the
/// next one to advance).
fn findall(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("_findall", a, kw, 6)?;
    let code = &as_buffer(&a[0])?.units;
    let text = &as_buffer(&a[1])?.units;
    let n = text.len() as i64;
    let pos = index_clamped(&a[2])?.clamp(0, n) as usize;
    let endpos = index_clamped(&a[3])?.clamp(0, n) as usize;
    let groups = index_clamped(&a[4])?.max(0) as usize;
    let isbytes = ops::truthy(&a[5])?;
    let mut out = Vec::new();
    each_match(code, &text[..endpos], pos, usize::MAX, |f| {
        let group = |i: usize| match (f.marks.get(2 * i - 2), f.marks.get(2 * i - 1)) {
            (Some(Some(b)), Some(Some(e))) => substring(text, *b, *e, isbytes),
            _ => substring(text, 0, 0, isbytes),
        };
        out.push(match groups {
            0 => substring(text, f.start, f.end, isbytes)?,
            1 => group(1)?,
            _ => tuple::new((1..=groups).map(group).collect::<PyResult<Vec<_>>>()?),
        });
        Ok(())
    })?;
    Ok(list::new(out))
}

/// `maxsplit`/`count` of `split` and `sub`: 0 means no limit, a negative
/// count no match at all (as CPython).
fn match_limit(v: &Value) -> PyResult<usize> {
    Ok(match index_clamped(v)? {
        0 => usize::MAX,
        c => c.max(0) as usize,
    })
}

/// Runs `f` on the successive non-overlapping matches of `code` in `text`
/// from `pos`, at most `limit` of them, as CPython's search loops do (the
/// match after an empty one must advance). Returns how many there were.
fn each_match(
    code: &[u32],
    text: &[u32],
    mut pos: usize,
    limit: usize,
    mut f: impl FnMut(&matcher::Found) -> PyResult<()>,
) -> PyResult<usize> {
    let mut n = 0;
    let mut must_advance = false;
    while n < limit && pos <= text.len() {
        let req = Request {
            code,
            text,
            pos,
            mode: Mode::Search,
            must_advance,
        };
        let Some(found) = matcher::run(&req).map_err(|_| engine_error())? else {
            break;
        };
        f(&found)?;
        n += 1;
        must_advance = found.start == found.end;
        pos = found.end;
    }
    Ok(n)
}

/// `_split(code, text, maxsplit, groups, isbytes)`: `Pattern.split`, the
/// pieces between matches with every group of each match (`None` when
/// unmatched) between them.
fn split(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("_split", a, kw, 5)?;
    let code = &as_buffer(&a[0])?.units;
    let text = &as_buffer(&a[1])?.units;
    let limit = match_limit(&a[2])?;
    let groups = index_clamped(&a[3])?.max(0) as usize;
    let isbytes = ops::truthy(&a[4])?;
    let mut out = Vec::new();
    let mut last = 0;
    each_match(code, text, 0, limit, |f| {
        out.push(substring(text, last, f.start, isbytes)?);
        for g in 1..=groups {
            out.push(match (f.marks.get(2 * g - 2), f.marks.get(2 * g - 1)) {
                (Some(Some(b)), Some(Some(e))) => substring(text, *b, *e, isbytes)?,
                _ => singletons::none(),
            });
        }
        last = f.end;
        Ok(())
    })?;
    out.push(substring(text, last, text.len(), isbytes)?);
    Ok(list::new(out))
}

/// The code units of a str or bytes replacement piece (`None`: empty).
fn piece_units(v: &Value) -> PyResult<Vec<u32>> {
    if let Some(s) = v.downcast::<StrObject>() {
        Ok(s.code_points().collect())
    } else if let Some(b) = bytes::as_bytes(v) {
        Ok(b.iter().map(|&b| b as u32).collect())
    } else if singletons::is_none(v) {
        Ok(Vec::new())
    } else {
        Err(type_error("_sre: expected str or bytes"))
    }
}

/// `_sub(code, text, parts, count, isbytes)`: `(result, n)` of
/// `Pattern.subn` with a template: `parts` alternates literals and group
/// numbers (`[literal, group, literal, ...]`).
fn sub(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("_sub", a, kw, 5)?;
    let code = &as_buffer(&a[0])?.units;
    let text = &as_buffer(&a[1])?.units;
    let parts = attrs::collect(&a[2])?;
    let mut literals = Vec::new();
    let mut groups = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if i % 2 == 0 {
            literals.push(piece_units(p)?);
        } else {
            groups.push(index_clamped(p)?.max(0) as usize);
        }
    }
    let limit = match_limit(&a[3])?;
    let isbytes = ops::truthy(&a[4])?;
    let mut out: Vec<u32> = Vec::with_capacity(text.len());
    let mut last = 0;
    let n = each_match(code, text, 0, limit, |f| {
        out.extend_from_slice(&text[last..f.start]);
        for (i, lit) in literals.iter().enumerate() {
            out.extend_from_slice(lit);
            let Some(&g) = groups.get(i) else { continue };
            let span = if g == 0 {
                Some((f.start, f.end))
            } else {
                match (f.marks.get(2 * g - 2), f.marks.get(2 * g - 1)) {
                    (Some(Some(b)), Some(Some(e))) if b <= e => Some((*b, *e)),
                    _ => None,
                }
            };
            if let Some((b, e)) = span {
                out.extend_from_slice(&text[b..e]);
            }
        }
        last = f.end;
        Ok(())
    })?;
    out.extend_from_slice(&text[last..]);
    let result = substring(&out, 0, out.len(), isbytes)?;
    Ok(tuple::new(vec![result, int::from_i64(n as i64)]))
}

fn engine_error() -> PyErr {
    PyErr::new(
        &RUNTIME_ERROR,
        "internal error in regular expression engine",
    )
}

/// The code point argument of the case helpers.
fn char_arg(name: &str, a: &[Value], kw: &[Value]) -> PyResult<u32> {
    let a = args(name, a, kw, 1)?;
    let n = index_clamped(&a[0])?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

fn ascii_iscased(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = char_arg("ascii_iscased", a, kw)?;
    Ok(singletons::bool(c < 128 && (c as u8).is_ascii_alphabetic()))
}

fn unicode_iscased(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = char_arg("unicode_iscased", a, kw)?;
    Ok(singletons::bool(
        c != matcher::uni_lower(c) || c != matcher::uni_upper(c),
    ))
}

fn ascii_tolower(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = char_arg("ascii_tolower", a, kw)?;
    Ok(int::from_i64(matcher::ascii_lower(c) as i64))
}

fn unicode_tolower(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = char_arg("unicode_tolower", a, kw)?;
    Ok(int::from_i64(matcher::uni_lower(c) as i64))
}

/// The Python half of the module.
const PYTHON_SOURCE: &str = include_str!("sre.py");

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let funcs: [(&'static str, NativeFn); 10] = [
        ("_split", split),
        ("_sub", sub),
        ("_buffer", buffer),
        ("_findall", findall),
        ("_exec", exec),
        ("_slice", slice),
        ("ascii_iscased", ascii_iscased),
        ("unicode_iscased", unicode_iscased),
        ("ascii_tolower", ascii_tolower),
        ("unicode_tolower", unicode_tolower),
    ];
    for (name, f) in funcs {
        dict::set_item(&d, pystr::intern(name), native_any_arity(name, f))?;
    }
    dict::set_item(&d, pystr::intern("__name__"), pystr::intern("_sre"))?;
    let m = new_module("_sre", d.clone())?;
    let code = modules::compile_source(PYTHON_SOURCE.as_bytes(), "<frozen _sre>")?;
    run_code(code, &d, None)?;
    Ok(m)
}
