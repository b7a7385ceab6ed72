//! UTF-8. Valid input (the common case) is decoded and encoded in one
//! pass over the bytes; anything else goes code point by code point.

use super::{encode_with, errors, str_of, text_of};
use crate::error::PyResult;
use crate::object::Value;
use crate::types::str as pystr;

/// One decoding step at the start of `d`: a code point and its length,
/// or the length of an invalid sequence and why.
enum Step {
    Char(u32, usize),
    Bad(usize, &'static str),
}

const END_OF_DATA: &str = "unexpected end of data";

fn step(d: &[u8]) -> Step {
    let b0 = d[0];
    if b0 < 0x80 {
        return Step::Char(u32::from(b0), 1);
    }
    // Sequence length, lead bits, and the allowed range of the second
    // byte (which rules out overlongs, surrogates and > U+10FFFF).
    let (len, init, lo, hi) = match b0 {
        0xC2..=0xDF => (2, u32::from(b0 & 0x1F), 0x80, 0xBF),
        0xE0 => (3, u32::from(b0 & 0x0F), 0xA0, 0xBF),
        0xED => (3, u32::from(b0 & 0x0F), 0x80, 0x9F),
        0xE1..=0xEF => (3, u32::from(b0 & 0x0F), 0x80, 0xBF),
        0xF0 => (4, u32::from(b0 & 0x07), 0x90, 0xBF),
        0xF1..=0xF3 => (4, u32::from(b0 & 0x07), 0x80, 0xBF),
        0xF4 => (4, u32::from(b0 & 0x07), 0x80, 0x8F),
        _ => return Step::Bad(1, "invalid start byte"),
    };
    let mut cp = init;
    for i in 1..len {
        let Some(&b) = d.get(i) else {
            return Step::Bad(i, END_OF_DATA);
        };
        let ok = if i == 1 {
            (lo..=hi).contains(&b)
        } else {
            (0x80..=0xBF).contains(&b)
        };
        if !ok {
            return Step::Bad(i, "invalid continuation byte");
        }
        cp = cp << 6 | u32::from(b & 0x3F);
    }
    Step::Char(cp, len)
}

/// Decodes `data`: the str and the bytes consumed. Unless `last`, an
/// incomplete sequence at the end is left for the next call.
pub fn decode(data: &[u8], errors: &str, last: bool) -> PyResult<(Value, usize)> {
    let valid = match std::str::from_utf8(data) {
        Ok(s) => return Ok((pystr::new(s), data.len())),
        Err(e) => e.valid_up_to(),
    };
    let prefix = std::str::from_utf8(&data[..valid]).unwrap_or_default();
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    out.extend(prefix.chars().map(|c| c as u32));
    let mut i = valid;
    while i < data.len() {
        match step(&data[i..]) {
            Step::Char(c, n) => {
                out.push(c);
                i += n;
            }
            Step::Bad(n, reason) => {
                if !last && reason == END_OF_DATA {
                    break;
                }
                let (rep, next) = errors::on_decode_error(errors, "utf-8", data, i, i + n, reason)?;
                out.extend(rep);
                i = next;
            }
        }
    }
    Ok((text_of(&out), i))
}

/// Encodes a str.
pub fn encode(text: &Value, errors: &str) -> PyResult<Vec<u8>> {
    let t = str_of(text)?;
    if t.is_ascii() {
        return Ok(t.as_bytes().to_vec());
    }
    if let Some(s) = t.as_str() {
        return Ok(s.as_bytes().to_vec());
    }
    let cps: Vec<u32> = t.code_points().collect();
    let mut out = Vec::with_capacity(cps.len());
    encode_with(
        ("utf-8", 1),
        text,
        &cps,
        errors,
        "surrogates not allowed",
        &mut out,
        |c, out| {
            if (0xD800..0xE000).contains(&c) {
                return Ok(false);
            }
            pystr::push_wtf8(out, c);
            Ok(true)
        },
    )?;
    Ok(out)
}
