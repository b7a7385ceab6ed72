//! ASCII and Latin-1: one byte per code point below `limit` (0x80 or
//! 0x100).

use super::{encode_with, errors, str_of, text_of};
use crate::error::PyResult;
use crate::object::Value;
use crate::types::str as pystr;

fn names(limit: u32) -> (&'static str, &'static str) {
    if limit == 0x80 {
        ("ascii", "ordinal not in range(128)")
    } else {
        ("latin-1", "ordinal not in range(256)")
    }
}

/// Decodes `data`.
pub fn decode(data: &[u8], errors: &str, limit: u32) -> PyResult<Value> {
    if data.is_ascii() {
        return Ok(pystr::from_wtf8_bytes(data));
    }
    let (codec, reason) = names(limit);
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = u32::from(data[i]);
        if b < limit {
            out.push(b);
            i += 1;
            continue;
        }
        let (rep, next) = errors::on_decode_error(errors, codec, data, i, i + 1, reason)?;
        out.extend(rep);
        i = next;
    }
    Ok(text_of(&out))
}

/// Encodes a str.
pub fn encode(text: &Value, errors: &str, limit: u32) -> PyResult<Vec<u8>> {
    let t = str_of(text)?;
    if t.is_ascii() {
        return Ok(t.as_bytes().to_vec());
    }
    let (codec, reason) = names(limit);
    let cps: Vec<u32> = t.code_points().collect();
    let mut out = Vec::with_capacity(cps.len());
    encode_with(
        (codec, 1),
        text,
        &cps,
        errors,
        reason,
        &mut out,
        |c, out| {
            if c >= limit {
                return Ok(false);
            }
            out.push(c as u8);
            Ok(true)
        },
    )?;
    Ok(out)
}
