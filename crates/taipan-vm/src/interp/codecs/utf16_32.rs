//! UTF-16 and UTF-32, little- or big-endian or with a byte-order mark.
//! Byte orders are CPython's: -1 little, 1 big, 0 unknown (a BOM decides
//! when decoding; encoding writes one and uses little-endian).

use super::{encode_with, errors, str_of, text_of};
use crate::error::PyResult;
use crate::object::Value;

/// The codec's name in error messages.
fn name(width: usize, order: i32) -> &'static str {
    match (width, order) {
        (2, 0) => "utf-16",
        (2, 1) => "utf-16-be",
        (2, _) => "utf-16-le",
        (_, 0) => "utf-32",
        (_, 1) => "utf-32-be",
        _ => "utf-32-le",
    }
}

fn unit(d: &[u8], width: usize, big: bool) -> u32 {
    if width == 2 {
        let b = [d[0], d[1]];
        u32::from(if big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        })
    } else {
        let b = [d[0], d[1], d[2], d[3]];
        if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        }
    }
}

/// Decodes `data`: the str, the bytes consumed and the byte order in
/// force afterwards. Unless `last`, an incomplete unit or surrogate pair
/// at the end is left for the next call.
pub fn decode(
    data: &[u8],
    errors: &str,
    width: usize,
    mut order: i32,
    last: bool,
) -> PyResult<(Value, usize, i32)> {
    let mut i = 0;
    if order == 0 {
        if data.len() < width && !last {
            return Ok((text_of(&[]), 0, 0));
        }
        let bom = 0xFEFF;
        if data.len() >= width {
            if unit(data, width, false) == bom {
                order = -1;
                i = width;
            } else if unit(data, width, true) == bom {
                order = 1;
                i = width;
            }
        }
    }
    let big = order == 1;
    let codec = name(width, if big { 1 } else { -1 });
    let mut out: Vec<u32> = Vec::with_capacity(data.len() / width);
    while i < data.len() {
        let rest = &data[i..];
        let bad: (usize, &str) = if rest.len() < width {
            if !last {
                break;
            }
            (data.len(), "truncated data")
        } else {
            let u = unit(rest, width, big);
            if width == 4 {
                if u > 0x10FFFF {
                    (i + 4, "code point not in range(0x110000)")
                } else if (0xD800..0xE000).contains(&u) {
                    (
                        i + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)",
                    )
                } else {
                    out.push(u);
                    i += 4;
                    continue;
                }
            } else if (0xD800..0xDC00).contains(&u) {
                if rest.len() < 4 {
                    if !last {
                        break;
                    }
                    (data.len(), "unexpected end of data")
                } else {
                    let v = unit(&rest[2..], 2, big);
                    if (0xDC00..0xE000).contains(&v) {
                        out.push(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
                        i += 4;
                        continue;
                    }
                    (i + 2, "illegal UTF-16 surrogate")
                }
            } else if (0xDC00..0xE000).contains(&u) {
                (i + 2, "illegal encoding")
            } else {
                out.push(u);
                i += 2;
                continue;
            }
        };
        let (end, reason) = bad;
        let (rep, next) = errors::on_decode_error(errors, codec, data, i, end, reason)?;
        out.extend(rep);
        i = next;
    }
    Ok((text_of(&out), i, order))
}

/// Encodes a str in byte order `order` (0: BOM, then little-endian).
pub fn encode(text: &Value, errors: &str, width: usize, order: i32) -> PyResult<Vec<u8>> {
    let t = str_of(text)?;
    let cps: Vec<u32> = t.code_points().collect();
    let mut out = Vec::with_capacity(cps.len() * width + width);
    let big = order == 1;
    let push = move |u: u32, out: &mut Vec<u8>| {
        if width == 2 {
            let u = u as u16;
            out.extend_from_slice(&if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        } else {
            out.extend_from_slice(&if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
    };
    if order == 0 {
        push(0xFEFF, &mut out);
    }
    encode_with(
        (name(width, order), width),
        text,
        &cps,
        errors,
        "surrogates not allowed",
        &mut out,
        |c, out| {
            if (0xD800..0xE000).contains(&c) {
                return Ok(false);
            }
            if width == 2 && c >= 0x10000 {
                let c = c - 0x10000;
                push(0xD800 | (c >> 10), out);
                push(0xDC00 | (c & 0x3FF), out);
            } else {
                push(c, out);
            }
            Ok(true)
        },
    )?;
    Ok(out)
}
