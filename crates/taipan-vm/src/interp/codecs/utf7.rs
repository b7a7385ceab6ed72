//! UTF-7 (RFC 2152): ASCII written directly, everything else as UTF-16
//! in modified base64 between `+` and `-`.

use super::{encode_with, errors, str_of, text_of};
use crate::error::PyResult;
use crate::object::Value;

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn from_base64(b: u8) -> Option<u32> {
    BASE64.iter().position(|&x| x == b).map(|i| i as u32)
}

/// Characters the encoder writes as themselves: RFC 2152's sets D and O
/// and white space.
fn direct(c: u32) -> bool {
    match c {
        0x09 | 0x0A | 0x0D | 0x20 => true,
        0x21..=0x7D => c != u32::from(b'+') && c != u32::from(b'\\'),
        _ => false,
    }
}

/// Decodes `data`; unless `last`, an unfinished shift sequence at the end
/// is left for the next call.
pub fn decode(data: &[u8], errors: &str, last: bool) -> PyResult<(Value, usize)> {
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    let mut in_shift = false;
    let (mut bits, mut buffer, mut surrogate) = (0u32, 0u64, 0u32);
    // Where the current shift sequence began, in the input and output.
    let (mut shift_start, mut shift_out) = (0, 0);
    let mut i = 0;
    loop {
        let bad: (usize, usize, &str) = if i >= data.len() {
            let unfinished = surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0);
            if !(in_shift && last && unfinished) {
                break;
            }
            in_shift = false;
            (shift_start, data.len(), "unterminated shift sequence")
        } else {
            let b = data[i];
            if in_shift {
                if let Some(v) = from_base64(b) {
                    buffer = buffer << 6 | u64::from(v);
                    bits += 6;
                    i += 1;
                    if bits >= 16 {
                        let unit = (buffer >> (bits - 16)) as u32 & 0xFFFF;
                        bits -= 16;
                        buffer &= (1 << bits) - 1;
                        if surrogate != 0 {
                            if (0xDC00..0xE000).contains(&unit) {
                                out.push(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
                                surrogate = 0;
                                continue;
                            }
                            out.push(surrogate);
                            surrogate = 0;
                        }
                        if (0xD800..0xDC00).contains(&unit) {
                            surrogate = unit;
                        } else {
                            out.push(unit);
                        }
                    }
                    continue;
                }
                in_shift = false;
                if bits >= 6 {
                    i += 1;
                    (shift_start, i, "partial character in shift sequence")
                } else if buffer != 0 {
                    i += 1;
                    (shift_start, i, "non-zero padding bits in shift sequence")
                } else {
                    if surrogate != 0 && b < 0x80 && b != b'+' {
                        out.push(surrogate);
                    }
                    surrogate = 0;
                    if b == b'-' {
                        i += 1;
                    }
                    continue;
                }
            } else if b == b'+' {
                let start = i;
                i += 1;
                match data.get(i) {
                    Some(b'-') => {
                        i += 1;
                        out.push(u32::from(b'+'));
                        continue;
                    }
                    Some(&n) if from_base64(n).is_none() => {
                        i += 1;
                        (start, i, "ill-formed sequence")
                    }
                    _ => {
                        in_shift = true;
                        (shift_start, shift_out) = (start, out.len());
                        (bits, buffer, surrogate) = (0, 0, 0);
                        continue;
                    }
                }
            } else if b < 0x80 {
                out.push(u32::from(b));
                i += 1;
                continue;
            } else {
                i += 1;
                (i - 1, i, "unexpected special character")
            }
        };
        let (start, end, reason) = bad;
        let (rep, next) = errors::on_decode_error(errors, "utf7", data, start, end, reason)?;
        out.extend(rep);
        i = next;
    }
    if in_shift && !last {
        out.truncate(shift_out);
        return Ok((text_of(&out), shift_start));
    }
    Ok((text_of(&out), i))
}

/// Encodes a str.
pub fn encode(text: &Value, errors: &str) -> PyResult<Vec<u8>> {
    let cps: Vec<u32> = str_of(text)?.code_points().collect();
    let mut out = Vec::with_capacity(cps.len());
    let mut in_shift = false;
    let (mut bits, mut buffer) = (0u32, 0u64);
    let push_units = |units: &[u32], out: &mut Vec<u8>, bits: &mut u32, buffer: &mut u64| {
        for &u in units {
            *buffer = *buffer << 16 | u64::from(u);
            *bits += 16;
            while *bits >= 6 {
                out.push(BASE64[((*buffer >> (*bits - 6)) & 0x3F) as usize]);
                *bits -= 6;
            }
            *buffer &= (1 << *bits) - 1;
        }
    };
    // UTF-7 can encode every code point: no errors to handle.
    encode_with(("utf-7", 1), text, &cps, errors, "", &mut out, |c, out| {
        if in_shift && direct(c) {
            if bits > 0 {
                out.push(BASE64[((buffer << (6 - bits)) & 0x3F) as usize]);
                (bits, buffer) = (0, 0);
            }
            in_shift = false;
            if from_base64(c as u8).is_some() || c == u32::from(b'-') {
                out.push(b'-');
            }
            out.push(c as u8);
        } else if in_shift {
            push_units(&utf16_units(c), out, &mut bits, &mut buffer);
        } else if c == u32::from(b'+') {
            out.extend_from_slice(b"+-");
        } else if direct(c) {
            out.push(c as u8);
        } else {
            out.push(b'+');
            in_shift = true;
            push_units(&utf16_units(c), out, &mut bits, &mut buffer);
        }
        Ok(true)
    })?;
    if bits > 0 {
        out.push(BASE64[((buffer << (6 - bits)) & 0x3F) as usize]);
    }
    if in_shift {
        out.push(b'-');
    }
    Ok(out)
}

fn utf16_units(c: u32) -> Vec<u32> {
    if c >= 0x10000 {
        let c = c - 0x10000;
        vec![0xD800 | (c >> 10), 0xDC00 | (c & 0x3FF)]
    } else {
        vec![c]
    }
}
