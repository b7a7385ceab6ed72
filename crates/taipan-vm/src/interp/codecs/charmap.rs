//! Charmap codecs: single-byte encodings described by a table, as the
//! `encodings.cp1252`-style modules give them. Decoding maps each byte
//! through a str (256 code points, U+FFFE for undefined) or a mapping;
//! encoding maps each code point through a mapping (usually built once
//! with `charmap_build`).

use super::{encode_with, errors, single_byte, str_of, text_of};
use crate::error::PyResult;
use crate::interp::type_error;
use crate::object::Value;
use crate::ops;
use crate::types::exceptions::LOOKUP_ERROR;
use crate::types::str::StrObject;
use crate::types::{bytes as pybytes, dict, int, singletons};

const UNDEFINED: &str = "character maps to <undefined>";

/// `mapping[key]`, with a missing key (LookupError) as `None`.
fn lookup(mapping: &Value, key: u32) -> PyResult<Option<Value>> {
    match ops::getitem(mapping, &int::from_i64(i64::from(key))) {
        Ok(v) if singletons::is_none(&v) => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) if e.exc_type().is_subtype_of(&LOOKUP_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Decodes `data` through `mapping` (None: Latin-1).
pub fn decode(data: &[u8], errors: &str, mapping: Option<&Value>) -> PyResult<Value> {
    let Some(mapping) = mapping.filter(|m| !singletons::is_none(m)) else {
        return single_byte::decode(data, errors, 0x100);
    };
    let table: Option<Vec<u32>> = mapping
        .downcast::<StrObject>()
        .map(|s| s.code_points().collect());
    // Most tables keep ASCII as it is, and most text is ASCII.
    if let Some(t) = &table {
        let ascii_same =
            t.len() >= 0x80 && t.iter().take(0x80).enumerate().all(|(i, &c)| c == i as u32);
        if ascii_same && data.is_ascii() {
            return Ok(crate::types::str::from_wtf8_bytes(data));
        }
    }
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let mapped = match &table {
            Some(t) => match t.get(usize::from(b)) {
                Some(&c) if c != 0xFFFE => {
                    out.push(c);
                    true
                }
                _ => false,
            },
            None => match lookup(mapping, u32::from(b))? {
                None => false,
                Some(v) => map_value(&v, &mut out)?,
            },
        };
        if mapped {
            i += 1;
            continue;
        }
        let (rep, next) = errors::on_decode_error(errors, "charmap", data, i, i + 1, UNDEFINED)?;
        out.extend(rep);
        i = next;
    }
    Ok(text_of(&out))
}

/// Appends what a decoding mapping gave for one byte; false for U+FFFE.
fn map_value(v: &Value, out: &mut Vec<u32>) -> PyResult<bool> {
    if let Some(i) = int::as_int(v) {
        return match i.to_i64() {
            Some(0xFFFE) => Ok(false),
            Some(c @ 0..=0x10FFFF) => {
                out.push(c as u32);
                Ok(true)
            }
            _ => Err(type_error("character mapping must be in range(0x110000)")),
        };
    }
    match v.downcast::<StrObject>() {
        Some(s) => {
            let cps: Vec<u32> = s.code_points().collect();
            if cps == [0xFFFE] {
                return Ok(false);
            }
            out.extend(cps);
            Ok(true)
        }
        None => Err(type_error(
            "character mapping must return integer, None or str",
        )),
    }
}

/// Encodes a str through `mapping` (None: Latin-1).
pub fn encode(text: &Value, errors: &str, mapping: Option<&Value>) -> PyResult<Vec<u8>> {
    let Some(mapping) = mapping.filter(|m| !singletons::is_none(m)) else {
        return single_byte::encode(text, errors, 0x100);
    };
    let cps: Vec<u32> = str_of(text)?.code_points().collect();
    let mut out = Vec::with_capacity(cps.len());
    encode_with(
        ("charmap", 1),
        text,
        &cps,
        errors,
        UNDEFINED,
        &mut out,
        |c, out| {
            let Some(v) = lookup(mapping, c)? else {
                return Ok(false);
            };
            if let Some(i) = int::as_int(&v) {
                match i.to_i64() {
                    Some(b @ 0..=255) => out.push(b as u8),
                    _ => return Err(type_error("character mapping must be in range(256)")),
                }
            } else if let Some(b) = pybytes::as_bytes(&v) {
                out.extend_from_slice(b);
            } else {
                return Err(type_error(format!(
                    "character mapping must return integer, bytes or None, not {}",
                    v.type_of().name
                )));
            }
            Ok(true)
        },
    )?;
    Ok(out)
}

/// `charmap_build(decoding_table)`: the encoding map of a decoding table,
/// code point to byte.
pub fn build(table: &Value) -> PyResult<Value> {
    let t = table.downcast::<StrObject>().ok_or_else(|| {
        type_error(format!(
            "charmap_build() argument must be str, not {}",
            table.type_of().name
        ))
    })?;
    let d = dict::new();
    for (i, c) in t.code_points().enumerate() {
        dict::set_item(&d, int::from_i64(i64::from(c)), int::from_i64(i as i64))?;
    }
    Ok(d)
}
