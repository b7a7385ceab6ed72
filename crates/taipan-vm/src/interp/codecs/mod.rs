//! The text codecs: one implementation behind `str.encode`,
//! `bytes.decode`, `str(b, encoding)` and the native `_codecs` module.
//!
//! The common codecs (UTF-8, ASCII, Latin-1, UTF-16/32) run natively
//! straight from `str.encode`/`bytes.decode`; any other encoding name goes
//! through the codec registry (`registry`), where the `encodings`
//! package's search function finds a Python codec. Errors go through the
//! error handlers of `errors`, built-in or registered from Python.

pub mod charmap;
pub mod errors;
pub mod escape;
pub mod registry;
pub mod single_byte;
pub mod utf16_32;
pub mod utf7;
pub mod utf8;

use crate::error::PyResult;
use crate::interp::type_error;
use crate::object::Value;
use crate::types::str::{self as pystr, StrObject};

pub use errors::Replacement;

/// A codec the interpreter runs without the registry.
#[derive(Clone, Copy)]
enum Native {
    Utf8,
    Ascii,
    Latin1,
    /// Unit width (2 or 4) and byte order (-1 little, 1 big, 0 by BOM).
    Utf(usize, i32),
}

/// The codec behind one of the usual spellings of a built-in encoding.
fn native_codec(enc: &str) -> Option<Native> {
    let mut buf = [0u8; 16];
    if enc.len() > buf.len() {
        return None;
    }
    for (d, b) in buf.iter_mut().zip(enc.bytes()) {
        *d = match b.to_ascii_lowercase() {
            b'-' => b'_',
            c => c,
        };
    }
    Some(match &buf[..enc.len()] {
        b"utf_8" | b"utf8" => Native::Utf8,
        b"ascii" | b"us_ascii" => Native::Ascii,
        b"latin_1" | b"latin1" | b"iso_8859_1" | b"iso8859_1" => Native::Latin1,
        b"utf_16" | b"utf16" => Native::Utf(2, 0),
        b"utf_16_le" | b"utf_16le" => Native::Utf(2, -1),
        b"utf_16_be" | b"utf_16be" => Native::Utf(2, 1),
        b"utf_32" | b"utf32" => Native::Utf(4, 0),
        b"utf_32_le" | b"utf_32le" => Native::Utf(4, -1),
        b"utf_32_be" | b"utf_32be" => Native::Utf(4, 1),
        _ => return None,
    })
}

/// `str.encode(encoding, errors)`: the encoded bytes.
pub fn encode(text: &Value, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    match native_codec(enc) {
        Some(Native::Utf8) => utf8::encode(text, errors),
        Some(Native::Ascii) => single_byte::encode(text, errors, 0x80),
        Some(Native::Latin1) => single_byte::encode(text, errors, 0x100),
        Some(Native::Utf(width, order)) => utf16_32::encode(text, errors, width, order),
        None => registry::encode_text(text, enc, errors),
    }
}

/// `bytes.decode(encoding, errors)`: the decoded str.
pub fn decode(data: &[u8], enc: &str, errors: &str) -> PyResult<Value> {
    Ok(match native_codec(enc) {
        Some(Native::Utf8) => utf8::decode(data, errors, true)?.0,
        Some(Native::Ascii) => single_byte::decode(data, errors, 0x80)?,
        Some(Native::Latin1) => single_byte::decode(data, errors, 0x100)?,
        Some(Native::Utf(width, order)) => utf16_32::decode(data, errors, width, order, true)?.0,
        None => return registry::decode_text(data, enc, errors),
    })
}

/// The str being encoded.
pub(crate) fn str_of(text: &Value) -> PyResult<&StrObject> {
    text.downcast::<StrObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor 'encode' for 'str' objects doesn't apply to a '{}' object",
            text.type_of().name
        ))
    })
}

/// A str from decoded code points.
pub(crate) fn text_of(cps: &[u32]) -> Value {
    pystr::from_code_points(cps.iter().copied()).unwrap_or_else(pystr::empty)
}

/// Encodes `cps` (the code points of `text`) with `one`, which appends
/// one code point's encoding and says whether it could. Runs of code
/// points it cannot encode go to the `errors` handler; replacement text
/// must be encodable, and replacement bytes whole `unit`s of the
/// encoding, or the original error stands.
#[allow(clippy::too_many_arguments)]
pub(crate) fn encode_with(
    (codec, unit): (&str, usize),
    text: &Value,
    cps: &[u32],
    errors: &str,
    reason: &str,
    out: &mut Vec<u8>,
    mut one: impl FnMut(u32, &mut Vec<u8>) -> PyResult<bool>,
) -> PyResult<()> {
    let mut i = 0;
    let mut scratch = Vec::new();
    while i < cps.len() {
        if one(cps[i], out)? {
            i += 1;
            continue;
        }
        // UTF-16/32 report bad code points one at a time, the others runs.
        let mut j = i + 1;
        while unit == 1 && j < cps.len() {
            scratch.clear();
            if one(cps[j], &mut scratch)? {
                break;
            }
            j += 1;
        }
        let (rep, next) = errors::on_encode_error(errors, codec, text, cps, i, j, reason)?;
        match rep {
            Replacement::Bytes(b) if b.len() % unit == 0 => out.extend_from_slice(&b),
            Replacement::Bytes(_) => {
                return Err(errors::encode_exception(codec, text, i, j, reason))
            }
            Replacement::Text(t) => {
                for c in t {
                    if !one(c, out)? {
                        return Err(errors::encode_exception(codec, text, i, j, reason));
                    }
                }
            }
        }
        i = next;
    }
    Ok(())
}
