//! uuencoding of single lines (at most 45 bytes each).

use taipan_vm::PyResult;

use super::error;

/// The character for a 6-bit value (`` ` `` for 0 with `backtick`).
fn uu_char(v: u8, backtick: bool) -> u8 {
    if backtick && v == 0 {
        b'`'
    } else {
        b' ' + v
    }
}

pub(super) fn encode(data: &[u8], backtick: bool) -> PyResult<Vec<u8>> {
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let mut out = Vec::with_capacity(2 + data.len().div_ceil(3) * 4);
    out.push(uu_char(data.len() as u8, backtick));
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            out.push(uu_char((n >> (18 - 6 * i) & 63) as u8, backtick));
        }
    }
    out.push(b'\n');
    Ok(out)
}

pub(super) fn decode(line: &[u8]) -> PyResult<Vec<u8>> {
    let Some((&len_char, rest)) = line.split_first() else {
        return Err(error("Missing length byte"));
    };
    let mut want = usize::from(len_char.wrapping_sub(b' ') & 63);
    let mut out = Vec::with_capacity(want);
    let (mut acc, mut bits) = (0u32, 0);
    let mut chars = rest.iter();
    while want > 0 {
        // A short line is padded with zero bits, as with a newline.
        let v = match chars.next() {
            None | Some(b'\n' | b'\r') => 0,
            Some(&c) if !(b' '..=b' ' + 64).contains(&c) => return Err(error("Illegal char")),
            Some(&c) => u32::from((c - b' ') & 63),
        };
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            want -= 1;
        }
    }
    if chars.any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err(error("Trailing garbage"));
    }
    Ok(out)
}
