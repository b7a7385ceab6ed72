//! Base64 (RFC 4648) encoding, and decoding with CPython's lenient and
//! strict rules for padding and stray characters.

use taipan_vm::PyResult;

use super::error;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(super) fn encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    Some(u32::from(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    }))
}

fn odd_count(data_chars: usize) -> taipan_vm::PyErr {
    error(&format!(
        "Invalid base64-encoded string: number of data characters ({data_chars}) cannot be 1 more than a multiple of 4"
    ))
}

/// Decodes base64 text. Lenient mode skips characters outside the
/// alphabet and accepts data after padding; strict mode rejects both.
pub(super) fn decode(text: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    // Position in the current quad, bits not yet output, data characters
    // seen, pads since the last data character, and whether those pads
    // complete the quad.
    let (mut quad, mut acc, mut data_chars, mut pads, mut complete) = (0, 0u32, 0usize, 0, false);
    for &c in text {
        if c == b'=' {
            if strict {
                if quad == 0 {
                    return Err(error(if data_chars == 0 {
                        "Leading padding not allowed"
                    } else {
                        "Excess padding not allowed"
                    }));
                }
                if quad == 1 {
                    return Err(odd_count(data_chars));
                }
                if complete {
                    return Err(error("Excess padding not allowed"));
                }
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    complete = true;
                }
            }
            continue;
        }
        let Some(v) = sextet(c) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && complete {
            return Err(error("Excess data after padding"));
        }
        if strict && pads > 0 {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        complete = false;
        data_chars += 1;
        acc = acc << 6 | v;
        match quad {
            0 => quad = 1,
            1 => {
                out.push((acc >> 4) as u8);
                acc &= 0xf;
                quad = 2;
            }
            2 => {
                out.push((acc >> 2) as u8);
                acc &= 0x3;
                quad = 3;
            }
            _ => {
                out.push(acc as u8);
                acc = 0;
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(odd_count(data_chars)),
        _ if complete => Ok(out),
        _ => Err(error("Incorrect padding")),
    }
}
