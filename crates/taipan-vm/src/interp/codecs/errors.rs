//! Codec error handlers: the built-in ones by name (applied natively on
//! the codecs' hot path) and those registered with
//! `codecs.register_error`, which are called with real
//! UnicodeEncodeError / UnicodeDecodeError objects and whose
//! `(replacement, position)` answer is honoured.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::error::{PyErr, PyResult};
use crate::interp::objects::native;
use crate::interp::{call_object, type_error};
use crate::object::{TypeObject, Value};
use crate::types::exceptions::{
    self, INDEX_ERROR, LOOKUP_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR,
    UNICODE_TRANSLATE_ERROR, VALUE_ERROR,
};
use crate::types::{bytes as pybytes, int, str as pystr, tuple};

/// What an encode error handler puts in place of the bad characters.
pub enum Replacement {
    /// Text, still to be encoded by the codec.
    Text(Vec<u32>),
    /// Bytes, written as they are.
    Bytes(Vec<u8>),
}

/// The handlers every interpreter has, and the names `lookup_error` gives
/// their function objects.
const BUILTIN: &[(&str, &str)] = &[
    ("strict", "strict_errors"),
    ("ignore", "ignore_errors"),
    ("replace", "replace_errors"),
    ("backslashreplace", "backslashreplace_errors"),
    ("xmlcharrefreplace", "xmlcharrefreplace_errors"),
    ("namereplace", "namereplace_errors"),
    ("surrogateescape", "surrogateescape"),
    ("surrogatepass", "surrogatepass"),
];

/// Handlers registered from Python, by name; they override built-ins.
static CUSTOM: Mutex<BTreeMap<String, Value>> = Mutex::new(BTreeMap::new());

fn custom(name: &str) -> Option<Value> {
    let table = CUSTOM.lock().unwrap_or_else(|e| e.into_inner());
    table.get(name).cloned()
}

fn is_builtin(name: &str) -> bool {
    BUILTIN.iter().any(|(n, _)| *n == name)
}

/// `codecs.register_error(name, handler)`.
pub fn register_error(name: &str, handler: Value) -> PyResult<()> {
    if !is_callable(&handler) {
        return Err(type_error("handler must be callable"));
    }
    let mut table = CUSTOM.lock().unwrap_or_else(|e| e.into_inner());
    table.insert(name.to_string(), handler);
    Ok(())
}

/// `codecs._unregister_error(name)`: whether a custom handler was removed.
pub fn unregister_error(name: &str) -> PyResult<bool> {
    if is_builtin(name) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            format!("cannot un-register built-in error handler '{name}'"),
        ));
    }
    let mut table = CUSTOM.lock().unwrap_or_else(|e| e.into_inner());
    Ok(table.remove(name).is_some())
}

pub(super) fn is_callable(v: &Value) -> bool {
    v.type_of().slots.call.is_some() || v.downcast::<TypeObject>().is_some()
}

fn unknown_handler(name: &str) -> PyErr {
    PyErr::new(
        &LOOKUP_ERROR,
        format!("unknown error handler name '{name}'"),
    )
}

/// `codecs.lookup_error(name)`: the handler as a callable.
pub fn lookup_error(name: &str) -> PyResult<Value> {
    if let Some(h) = custom(name) {
        return Ok(h);
    }
    let Some(&(_, fname)) = BUILTIN.iter().find(|(n, _)| *n == name) else {
        return Err(unknown_handler(name));
    };
    Ok(native(fname, builtin_handler_fn(name)))
}

// ---------------------------------------------------------------- exceptions

/// A new UnicodeEncodeError for `object[start:end]`.
pub fn encode_exception(
    codec: &str,
    object: &Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    unicode_exception(
        &UNICODE_ENCODE_ERROR,
        codec,
        object.clone(),
        start,
        end,
        reason,
    )
}

/// A new UnicodeDecodeError for `data[start:end]`.
pub fn decode_exception(codec: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    unicode_exception(
        &UNICODE_DECODE_ERROR,
        codec,
        pybytes::new(data),
        start,
        end,
        reason,
    )
}

fn unicode_exception(
    ty: &'static TypeObject,
    codec: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = [
        pystr::new(codec),
        object,
        int::from_i64(start as i64),
        int::from_i64(end as i64),
        pystr::new(reason),
    ];
    match exceptions::new_unicode_error(ty, &args) {
        Ok(v) => PyErr::from_instance(v).unwrap_or_else(|| PyErr::new(ty, reason)),
        Err(e) => e,
    }
}

// ---------------------------------------------------------------- encoding

/// Handles `cps[start..end]`, which `codec` cannot encode: the replacement
/// and the position to go on from.
#[allow(clippy::too_many_arguments)]
pub fn on_encode_error(
    errors: &str,
    codec: &str,
    text: &Value,
    cps: &[u32],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<(Replacement, usize)> {
    if !is_builtin(errors) {
        let h = custom(errors).ok_or_else(|| unknown_handler(errors))?;
        let exc = encode_exception(codec, text, start, end, reason);
        return call_custom(&h, exc, cps.len(), true);
    }
    let run = &cps[start..end];
    let fail = || Err(encode_exception(codec, text, start, end, reason));
    let rep = match errors {
        "strict" => return fail(),
        "surrogateescape" => match surrogateescape_encode(run) {
            Some(b) => Replacement::Bytes(b),
            // UTF-8 escapes what it can before giving up on the rest.
            None if codec == "utf-8" => {
                let ok = run
                    .iter()
                    .take_while(|c| (0xDC80..=0xDCFF).contains(*c))
                    .count();
                if ok == 0 {
                    return fail();
                }
                let b = surrogateescape_encode(&run[..ok]).unwrap_or_default();
                return Ok((Replacement::Bytes(b), start + ok));
            }
            None => return fail(),
        },
        "surrogatepass" => match surrogatepass_encode(codec, run) {
            Some(b) => Replacement::Bytes(b),
            None => return fail(),
        },
        _ => match text_replacement(errors, run) {
            Some(r) => Replacement::Text(r),
            None => return Err(unknown_handler(errors)),
        },
    };
    Ok((rep, end))
}

/// The replacement text of the handlers that work on characters alone.
fn text_replacement(errors: &str, run: &[u32]) -> Option<Vec<u32>> {
    let mut out = String::new();
    match errors {
        "ignore" => {}
        "replace" => out.extend(run.iter().map(|_| '?')),
        "backslashreplace" => run.iter().for_each(|&c| out.push_str(&escape_cp(c))),
        "xmlcharrefreplace" => run.iter().for_each(|&c| out.push_str(&format!("&#{c};"))),
        "namereplace" => {
            for &c in run {
                match char::from_u32(c).and_then(unicode_names2::name) {
                    Some(n) => out.push_str(&format!("\\N{{{n}}}")),
                    None => out.push_str(&escape_cp(c)),
                }
            }
        }
        _ => return None,
    }
    Some(out.chars().map(|c| c as u32).collect())
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for one code point.
pub fn escape_cp(c: u32) -> String {
    match c {
        0..=0xFF => format!("\\x{c:02x}"),
        0x100..=0xFFFF => format!("\\u{c:04x}"),
        _ => format!("\\U{c:08x}"),
    }
}

/// Lone surrogates U+DC80..U+DCFF back to the bytes they stand for.
fn surrogateescape_encode(run: &[u32]) -> Option<Vec<u8>> {
    run.iter()
        .map(|&c| (0xDC80..=0xDCFF).contains(&c).then(|| (c - 0xDC00) as u8))
        .collect()
}

/// The UTF flavour a codec name stands for: unit width and big-endianness.
fn utf_flavour(codec: &str) -> Option<(usize, bool)> {
    let norm = codec.to_ascii_lowercase().replace('_', "-");
    Some(match norm.as_str() {
        "utf-8" | "utf8" => (1, false),
        "utf-16" | "utf-16-le" | "utf-16le" => (2, false),
        "utf-16-be" | "utf-16be" => (2, true),
        "utf-32" | "utf-32-le" | "utf-32le" => (4, false),
        "utf-32-be" | "utf-32be" => (4, true),
        _ => return None,
    })
}

/// Surrogates encoded as if they were ordinary code points.
fn surrogatepass_encode(codec: &str, run: &[u32]) -> Option<Vec<u8>> {
    let (width, be) = utf_flavour(codec)?;
    let mut out = Vec::new();
    for &c in run {
        if !(0xD800..0xE000).contains(&c) {
            return None;
        }
        match width {
            1 => pystr::push_wtf8(&mut out, c),
            2 if be => out.extend_from_slice(&(c as u16).to_be_bytes()),
            2 => out.extend_from_slice(&(c as u16).to_le_bytes()),
            _ if be => out.extend_from_slice(&c.to_be_bytes()),
            _ => out.extend_from_slice(&c.to_le_bytes()),
        }
    }
    Some(out)
}

// ---------------------------------------------------------------- decoding

/// Handles `data[start..end]`, which `codec` cannot decode: the
/// replacement text and the position to go on from.
pub fn on_decode_error(
    errors: &str,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<(Vec<u32>, usize)> {
    if !is_builtin(errors) {
        let h = custom(errors).ok_or_else(|| unknown_handler(errors))?;
        let exc = decode_exception(codec, data, start, end, reason);
        return match call_custom(&h, exc, data.len(), false)? {
            (Replacement::Text(t), pos) => Ok((t, pos)),
            // `call_custom` only accepts bytes from encode handlers.
            (Replacement::Bytes(_), _) => Err(type_error(
                "decoding error handler must return (str, int) tuple",
            )),
        };
    }
    let fail = || Err(decode_exception(codec, data, start, end, reason));
    match errors {
        "strict" => fail(),
        "ignore" => Ok((Vec::new(), end)),
        "replace" => Ok((vec![0xFFFD], end)),
        "backslashreplace" => Ok((
            data[start..end]
                .iter()
                .flat_map(|b| format!("\\x{b:02x}").chars().collect::<Vec<_>>())
                .map(|c| c as u32)
                .collect(),
            end,
        )),
        "surrogateescape" => {
            let run = &data[start..end];
            if run.iter().any(|&b| b < 0x80) {
                return fail();
            }
            Ok((run.iter().map(|&b| 0xDC00 + u32::from(b)).collect(), end))
        }
        "surrogatepass" => match surrogatepass_decode(codec, &data[start..]) {
            Some((c, n)) => Ok((vec![c], start + n)),
            None => fail(),
        },
        "xmlcharrefreplace" | "namereplace" => Err(type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        _ => Err(unknown_handler(errors)),
    }
}

/// One encoded surrogate at the start of `d`, and its length in bytes.
fn surrogatepass_decode(codec: &str, d: &[u8]) -> Option<(u32, usize)> {
    let (width, be) = utf_flavour(codec)?;
    let c = match width {
        1 => {
            let [a, b, c, ..] = *d else { return None };
            if a & 0xF0 != 0xE0 || b & 0xC0 != 0x80 || c & 0xC0 != 0x80 {
                return None;
            }
            u32::from(a & 0x0F) << 12 | u32::from(b & 0x3F) << 6 | u32::from(c & 0x3F)
        }
        2 => {
            let [a, b, ..] = *d else { return None };
            u32::from(if be {
                u16::from_be_bytes([a, b])
            } else {
                u16::from_le_bytes([a, b])
            })
        }
        _ => {
            let [a, b, c, e, ..] = *d else { return None };
            if be {
                u32::from_be_bytes([a, b, c, e])
            } else {
                u32::from_le_bytes([a, b, c, e])
            }
        }
    };
    let n = if width == 1 { 3 } else { width };
    (0xD800..0xE000).contains(&c).then_some((c, n))
}

// ---------------------------------------------------------------- Python handlers

/// Calls a handler registered from Python and checks its answer.
fn call_custom(
    handler: &Value,
    exc: PyErr,
    len: usize,
    encoding: bool,
) -> PyResult<(Replacement, usize)> {
    let result = call_object(handler, &[exc.instance().clone()], &[])?;
    let bad = || {
        type_error(if encoding {
            "encoding error handler must return (str/bytes, int) tuple"
        } else {
            "decoding error handler must return (str, int) tuple"
        })
    };
    let Some(t) = result.downcast::<tuple::TupleObject>() else {
        return Err(bad());
    };
    let items = t.items();
    if items.len() != 2 {
        return Err(bad());
    }
    let rep = if let Some(s) = items[0].downcast::<pystr::StrObject>() {
        Replacement::Text(s.code_points().collect())
    } else if let (true, Some(b)) = (encoding, pybytes::as_bytes(&items[0])) {
        Replacement::Bytes(b.to_vec())
    } else {
        return Err(bad());
    };
    let Some(pos) = int::as_int(&items[1]) else {
        return Err(bad());
    };
    let pos = pos.to_i64().unwrap_or(i64::MAX);
    let abs = if pos < 0 { len as i64 + pos } else { pos };
    if abs < 0 || abs > len as i64 {
        return Err(PyErr::new(
            &INDEX_ERROR,
            format!("position {pos} from error handler out of bounds"),
        ));
    }
    Ok((rep, abs as usize))
}

/// The native function behind a built-in handler's callable.
fn builtin_handler_fn(name: &str) -> crate::interp::objects::NativeFn {
    match name {
        "strict" => |a, _| handler_call("strict", a),
        "ignore" => |a, _| handler_call("ignore", a),
        "replace" => |a, _| handler_call("replace", a),
        "backslashreplace" => |a, _| handler_call("backslashreplace", a),
        "xmlcharrefreplace" => |a, _| handler_call("xmlcharrefreplace", a),
        "namereplace" => |a, _| handler_call("namereplace", a),
        "surrogateescape" => |a, _| handler_call("surrogateescape", a),
        _ => |a, _| handler_call("surrogatepass", a),
    }
}

/// Which UnicodeError a handler was given.
#[derive(PartialEq)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

/// A built-in handler called from Python with an exception object.
fn handler_call(name: &str, args: &[Value]) -> PyResult<Value> {
    let exc = &args[0];
    let ty = exc.type_of();
    let is_exc = ty.is_subtype_of(&exceptions::BASE_EXCEPTION);
    if name == "strict" {
        if is_exc {
            return Err(PyErr::from_instance(exc.clone()).expect("an exception"));
        }
        return Err(type_error("codec must pass exception instance"));
    }
    let kind = if ty.is_subtype_of(&UNICODE_ENCODE_ERROR) {
        Kind::Encode
    } else if ty.is_subtype_of(&UNICODE_DECODE_ERROR) {
        Kind::Decode
    } else if ty.is_subtype_of(&UNICODE_TRANSLATE_ERROR) {
        Kind::Translate
    } else {
        return Err(type_error(format!(
            "don't know how to handle {} in error callback",
            ty.name
        )));
    };
    let attr = |n: &str| crate::interp::attrs::getattr_str(exc, n);
    let object = attr("object")?;
    let start = int::as_int(&attr("start")?)
        .and_then(|i| i.to_i64())
        .unwrap_or(0)
        .max(0) as usize;
    let end = int::as_int(&attr("end")?)
        .and_then(|i| i.to_i64())
        .unwrap_or(0)
        .max(0) as usize;
    let encoding = match kind {
        Kind::Translate => String::new(),
        _ => pystr::to_string_lossy(&attr("encoding")?),
    };
    let reason = pystr::to_string_lossy(&attr("reason")?);
    let done = |text: Vec<u32>, pos: usize| -> PyResult<Value> {
        let s = pystr::from_code_points(text).unwrap_or_else(pystr::empty);
        Ok(tuple::new(vec![s, int::from_i64(pos as i64)]))
    };
    if kind == Kind::Decode {
        let data = crate::interp::builtins::buffer(&object)
            .map(|b| b.into_owned())
            .unwrap_or_default();
        let end = end.min(data.len()).max(start.min(data.len()));
        let start = start.min(end);
        let (text, pos) = on_decode_error(name, &encoding, &data, start, end, &reason)
            .map_err(|e| reraise_original(e, exc))?;
        return done(text, pos);
    }
    let cps: Vec<u32> = object
        .downcast::<pystr::StrObject>()
        .map(|s| s.code_points().collect())
        .unwrap_or_default();
    let end = end.min(cps.len());
    let start = start.min(end);
    if kind == Kind::Translate {
        let text = match name {
            "replace" => vec![0xFFFD; end - start],
            _ => match text_replacement(name, &cps[start..end]) {
                Some(t) if matches!(name, "ignore" | "backslashreplace") => t,
                _ => {
                    return Err(type_error(format!(
                        "don't know how to handle {} in error callback",
                        ty.name
                    )))
                }
            },
        };
        return done(text, end);
    }
    match on_encode_error(name, &encoding, &object, &cps, start, end, &reason)
        .map_err(|e| reraise_original(e, exc))?
    {
        (Replacement::Text(t), pos) => done(t, pos),
        (Replacement::Bytes(b), pos) => Ok(tuple::new(vec![
            pybytes::from_vec(b),
            int::from_i64(pos as i64),
        ])),
    }
}

/// A handler that gives up raises the exception it was given.
fn reraise_original(e: PyErr, exc: &Value) -> PyErr {
    let t = e.exc_type();
    if t.is_subtype_of(&UNICODE_ENCODE_ERROR) || t.is_subtype_of(&UNICODE_DECODE_ERROR) {
        PyErr::from_instance(exc.clone()).unwrap_or(e)
    } else {
        e
    }
}
