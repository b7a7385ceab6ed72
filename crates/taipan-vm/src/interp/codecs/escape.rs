//! Backslash-escape codecs: `unicode_escape` (Python string literal
//! escapes over Latin-1), `raw_unicode_escape` (only `\u`/`\U`), and
//! `escape_encode`/`escape_decode` (bytes literal escapes, bytes to bytes).

use super::{errors, str_of, text_of};
use crate::error::{PyErr, PyResult};
use crate::object::Value;
use crate::types::exceptions::{DEPRECATION_WARNING, VALUE_ERROR};

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// How one escape ended: a decoded piece, more input needed, or an error
/// ending at a byte offset.
enum Escape {
    Done(Vec<u32>, usize),
    /// Decoded, but deprecated: an unknown escape (its character) or an
    /// octal escape beyond `\377` (its value).
    Invalid(Vec<u32>, usize, u32),
    /// Cut off by the end of the input; the error if no more comes.
    Incomplete(&'static str),
    Bad(usize, &'static str),
}

/// Reads `count` hex digits from `d[at..]`.
fn hex_digits(d: &[u8], at: usize, count: usize) -> Result<u32, Option<usize>> {
    let mut v: u32 = 0;
    for k in 0..count {
        let Some(&b) = d.get(at + k) else {
            return Err(None);
        };
        match hex_value(b) {
            Some(h) => v = v << 4 | h,
            None => return Err(Some(at + k)),
        }
    }
    Ok(v)
}

/// One `unicode_escape` escape; `d[i]` is the backslash.
fn unicode_escape(d: &[u8], i: usize, _last: bool) -> Escape {
    let Some(&c) = d.get(i + 1) else {
        return Escape::Incomplete("\\ at end of string");
    };
    let simple = |v: u8| Escape::Done(vec![u32::from(v)], i + 2);
    match c {
        b'\n' => Escape::Done(Vec::new(), i + 2),
        b'\\' | b'\'' | b'"' => simple(c),
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b't' => simple(b'\t'),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b'v' => simple(11),
        b'0'..=b'7' => {
            let mut v = u32::from(c - b'0');
            let mut j = i + 2;
            while j < i + 4 && j < d.len() && (b'0'..=b'7').contains(&d[j]) {
                v = v * 8 + u32::from(d[j] - b'0');
                j += 1;
            }
            match v {
                0..=0o377 => Escape::Done(vec![v], j),
                _ => Escape::Invalid(vec![v], j, v),
            }
        }
        b'x' | b'u' | b'U' => {
            let (count, msg) = match c {
                b'x' => (2, "truncated \\xXX escape"),
                b'u' => (4, "truncated \\uXXXX escape"),
                _ => (8, "truncated \\UXXXXXXXX escape"),
            };
            match hex_digits(d, i + 2, count) {
                Ok(v) if v > 0x10FFFF => Escape::Bad(i + 2 + count, "illegal Unicode character"),
                Ok(v) => Escape::Done(vec![v], i + 2 + count),
                Err(None) => Escape::Incomplete(msg),
                Err(Some(at)) => Escape::Bad(at, msg),
            }
        }
        b'N' => named_escape(d, i),
        _ => Escape::Invalid(vec![u32::from(b'\\'), u32::from(c)], i + 2, u32::from(c)),
    }
}

/// The DeprecationWarning for the first invalid escape of an input;
/// `prefix` is `b` for bytes literals' escapes.
fn warn_invalid(prefix: &str, first: u32) -> PyResult<()> {
    let msg = if first > 0xFF {
        format!("{prefix}\"\\{first:o}\" is an invalid octal escape sequence. Such sequences will not work in the future. ")
    } else {
        let c = char::from_u32(first).unwrap_or('?');
        format!("{prefix}\"\\{c}\" is an invalid escape sequence. Such sequences will not work in the future. ")
    };
    crate::interp::warnings::warn_here(&DEPRECATION_WARNING, &msg)
}

/// `\N{NAME}`; `d[i]` is the backslash.
fn named_escape(d: &[u8], i: usize) -> Escape {
    const MALFORMED: &str = "malformed \\N character escape";
    match d.get(i + 2) {
        None => return Escape::Incomplete(MALFORMED),
        Some(b'{') => {}
        Some(_) => return Escape::Bad(i + 2, MALFORMED),
    }
    let start = i + 3;
    let Some(len) = d[start..].iter().position(|&b| b == b'}') else {
        return Escape::Incomplete(MALFORMED);
    };
    if len == 0 {
        return Escape::Bad(start, MALFORMED);
    }
    let end = start + len + 1;
    let name = std::str::from_utf8(&d[start..start + len]).ok();
    match name.and_then(unicode_names2::character) {
        Some(ch) => Escape::Done(vec![ch as u32], end),
        None => Escape::Bad(end, "unknown Unicode character name"),
    }
}

/// One `raw_unicode_escape` escape; `d[i]` is the backslash.
fn raw_escape(d: &[u8], i: usize, last: bool) -> Escape {
    let Some(&c) = d.get(i + 1) else {
        // A lone backslash at the very end stands for itself.
        return match last {
            true => Escape::Done(vec![0x5C], i + 1),
            false => Escape::Incomplete("\\ at end of string"),
        };
    };
    // A doubled backslash escapes nothing, the `u` after it included.
    if c == b'\\' {
        return Escape::Done(vec![0x5C, 0x5C], i + 2);
    }
    let (count, msg) = match c {
        b'u' => (4, "truncated \\uXXXX escape"),
        b'U' => (8, "truncated \\UXXXXXXXX escape"),
        _ => return Escape::Done(vec![0x5C], i + 1),
    };
    match hex_digits(d, i + 2, count) {
        Ok(v) if v > 0x10FFFF => Escape::Bad(i + 2 + count, "\\Uxxxxxxxx out of range"),
        Ok(v) => Escape::Done(vec![v], i + 2 + count),
        Err(None) => Escape::Incomplete(msg),
        Err(Some(at)) => Escape::Bad(at, msg),
    }
}

/// Decodes Latin-1 text with escapes read by `escape`; unless `last`, an
/// escape cut off at the end is left for the next call.
fn decode_escapes(
    codec: &str,
    data: &[u8],
    errors: &str,
    last: bool,
    escape: fn(&[u8], usize, bool) -> Escape,
) -> PyResult<(Value, usize)> {
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    let mut first_invalid = None;
    let mut i = 0;
    while i < data.len() {
        if data[i] != b'\\' {
            out.push(u32::from(data[i]));
            i += 1;
            continue;
        }
        let (end, reason) = match escape(data, i, last) {
            Escape::Done(cps, next) => {
                out.extend(cps);
                i = next;
                continue;
            }
            Escape::Invalid(cps, next, what) => {
                first_invalid.get_or_insert(what);
                out.extend(cps);
                i = next;
                continue;
            }
            Escape::Incomplete(_) if !last => break,
            Escape::Incomplete(reason) => (data.len(), reason),
            Escape::Bad(end, reason) => (end, reason),
        };
        let (rep, next) = errors::on_decode_error(errors, codec, data, i, end, reason)?;
        out.extend(rep);
        i = next;
    }
    if let Some(first) = first_invalid {
        warn_invalid("", first)?;
    }
    Ok((text_of(&out), i))
}

/// `unicode_escape_decode`.
pub fn unicode_escape_decode(data: &[u8], errors: &str, last: bool) -> PyResult<(Value, usize)> {
    decode_escapes("unicodeescape", data, errors, last, unicode_escape)
}

/// `raw_unicode_escape_decode`.
pub fn raw_unicode_escape_decode(
    data: &[u8],
    errors: &str,
    last: bool,
) -> PyResult<(Value, usize)> {
    decode_escapes("rawunicodeescape", data, errors, last, raw_escape)
}

fn push_escaped(out: &mut Vec<u8>, c: u32) {
    out.extend_from_slice(errors::escape_cp(c).as_bytes());
}

/// `unicode_escape_encode`: printable ASCII as itself, the rest escaped.
pub fn unicode_escape_encode(text: &Value) -> PyResult<Vec<u8>> {
    let t = str_of(text)?;
    let mut out = Vec::with_capacity(t.len());
    for c in t.code_points() {
        match c {
            0x5C => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0A => out.extend_from_slice(b"\\n"),
            0x0D => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(c as u8),
            _ => push_escaped(&mut out, c),
        }
    }
    Ok(out)
}

/// `raw_unicode_escape_encode`: Latin-1 as itself, the rest `\u`/`\U`.
pub fn raw_unicode_escape_encode(text: &Value) -> PyResult<Vec<u8>> {
    let t = str_of(text)?;
    let mut out = Vec::with_capacity(t.len());
    for c in t.code_points() {
        match c {
            0..=0xFF => out.push(c as u8),
            _ => push_escaped(&mut out, c),
        }
    }
    Ok(out)
}

/// `escape_encode`: bytes escaped as in a bytes literal's repr.
pub fn escape_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    for &b in data {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(b),
            _ => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
        }
    }
    out
}

/// `escape_decode`: a bytes literal's escapes resolved.
pub fn escape_decode(data: &[u8], errors: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    let mut first_invalid = None;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        i += 1;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let Some(&c) = data.get(i) else {
            return Err(PyErr::new(&VALUE_ERROR, "Trailing \\ in string"));
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                let stop = i + 2;
                while i < stop && i < data.len() && (b'0'..=b'7').contains(&data[i]) {
                    v = v * 8 + u32::from(data[i] - b'0');
                    i += 1;
                }
                if v > 0o377 {
                    first_invalid.get_or_insert(v);
                }
                out.push(v as u8);
            }
            b'x' => {
                if let Ok(v) = hex_digits(data, i, 2) {
                    out.push(v as u8);
                    i += 2;
                    continue;
                }
                match errors {
                    "strict" => {
                        return Err(PyErr::new(
                            &VALUE_ERROR,
                            format!("invalid \\x escape at position {}", i - 2),
                        ))
                    }
                    "replace" => out.push(b'?'),
                    "ignore" => {}
                    _ => {
                        return Err(PyErr::new(
                            &VALUE_ERROR,
                            format!("decoding error; unknown error handling code: {errors}"),
                        ))
                    }
                }
                if data.get(i).is_some_and(|b| b.is_ascii_hexdigit()) {
                    i += 1;
                }
            }
            _ => {
                first_invalid.get_or_insert(u32::from(c));
                out.extend_from_slice(&[b'\\', c]);
            }
        }
    }
    if let Some(first) = first_invalid {
        warn_invalid("b", first)?;
    }
    Ok(out)
}
