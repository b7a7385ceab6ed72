//! Machine formats of pickled arrays: how `_array_reconstructor` reads
//! items written by a machine of another byte order or C type sizes
//! (CPython's numbering of the formats).

use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::{float, int, str as pystr};
use taipan_vm::{PyErr, PyResult, Value};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Unsigned,
    Signed,
    Float,
    Utf16,
    Utf32,
}

#[derive(Clone, Copy)]
pub(super) struct Format {
    code: i64,
    kind: Kind,
    size: usize,
    big_endian: bool,
}

impl Format {
    pub(super) fn from_code(code: i64) -> Option<Format> {
        let (kind, size) = match code {
            0 => (Kind::Unsigned, 1),
            1 => (Kind::Signed, 1),
            2 | 3 => (Kind::Unsigned, 2),
            4 | 5 => (Kind::Signed, 2),
            6 | 7 => (Kind::Unsigned, 4),
            8 | 9 => (Kind::Signed, 4),
            10 | 11 => (Kind::Unsigned, 8),
            12 | 13 => (Kind::Signed, 8),
            14 | 15 => (Kind::Float, 4),
            16 | 17 => (Kind::Float, 8),
            18 | 19 => (Kind::Utf16, 2),
            20 | 21 => (Kind::Utf32, 4),
            _ => return None,
        };
        Some(Format {
            code,
            kind,
            size,
            big_endian: code >= 2 && code % 2 == 1,
        })
    }
}

/// The machine format this build stores a typecode's items in.
pub(super) fn native_format(code: char) -> i8 {
    match code {
        'b' => 1,
        'B' => 0,
        'h' => 4,
        'H' => 2,
        'i' => 8,
        'I' => 6,
        'l' | 'q' => 12,
        'L' | 'Q' => 10,
        'f' => 14,
        'd' => 16,
        _ => 20,
    }
}

pub(super) enum Decoded {
    /// The bytes are already in the typecode's native format.
    Native,
    /// The items, for an array of the given typecode.
    Items(char, Vec<Value>),
}

fn not_multiple() -> PyErr {
    PyErr::new(&VALUE_ERROR, "string length not a multiple of item size")
}

/// Reads `data` in `format` for an array of typecode `code`; integer
/// formats pick the native typecode of their size and signedness.
pub(super) fn decode(code: char, format: Format, data: &[u8]) -> PyResult<Decoded> {
    if i64::from(native_format(code)) == format.code {
        return Ok(Decoded::Native);
    }
    if !data.len().is_multiple_of(format.size) {
        return Err(not_multiple());
    }
    let words = data.chunks_exact(format.size).map(|c| {
        let mut buf = [0u8; 8];
        if format.big_endian {
            buf[8 - c.len()..].copy_from_slice(c);
            u64::from_be_bytes(buf)
        } else {
            buf[..c.len()].copy_from_slice(c);
            u64::from_le_bytes(buf)
        }
    });
    let bits = format.size as u32 * 8;
    Ok(match format.kind {
        Kind::Float => Decoded::Items(
            code,
            words
                .map(|u| {
                    float::new(if format.size == 4 {
                        f64::from(f32::from_bits(u as u32))
                    } else {
                        f64::from_bits(u)
                    })
                })
                .collect(),
        ),
        Kind::Utf16 => {
            let units: Vec<u16> = words.map(|u| u as u16).collect();
            let text = String::from_utf16_lossy(&units);
            Decoded::Items(code, text.chars().map(char_value).collect())
        }
        Kind::Utf32 => Decoded::Items(
            code,
            words
                .map(|u| char_value(char::from_u32(u as u32).unwrap_or('\u{fffd}')))
                .collect(),
        ),
        Kind::Signed => Decoded::Items(
            ['b', 'h', 'i', 'q'][format.size.trailing_zeros() as usize],
            words
                .map(|u| int::from_i64(((u << (64 - bits)) as i64) >> (64 - bits)))
                .collect(),
        ),
        Kind::Unsigned => Decoded::Items(
            ['B', 'H', 'I', 'Q'][format.size.trailing_zeros() as usize],
            words.map(int::from_u64).collect(),
        ),
    })
}

fn char_value(c: char) -> Value {
    pystr::new(c.encode_utf8(&mut [0; 4]))
}
