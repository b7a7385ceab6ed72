//! Array typecodes: item sizes, and conversion of single items between
//! Python values and their native (little-endian x86-64) bytes, with
//! CPython's messages for values that do not fit.

use taipan_vm::interp::builtins::real_value;
use taipan_vm::interp::type_error;
use taipan_vm::types::exceptions::OVERFLOW_ERROR;
use taipan_vm::types::{float, int, str as pystr};
use taipan_vm::{ops, PyErr, PyResult, Value};

pub(crate) const TYPECODES: &str = "bBuwhHiIlLqQfd";

/// Bytes per item of a typecode; `None` for a bad one.
pub(crate) fn item_size(code: char) -> Option<usize> {
    Some(match code {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' | 'u' | 'w' => 4,
        'l' | 'L' | 'q' | 'Q' | 'd' => 8,
        _ => return None,
    })
}

pub(crate) fn is_unicode(code: char) -> bool {
    matches!(code, 'u' | 'w')
}

fn overflow(message: &str) -> PyErr {
    PyErr::new(&OVERFLOW_ERROR, message)
}

/// An integer item through `__index__`, as i128 (values beyond 64 bits
/// saturate, which every range check below rejects).
fn integer(v: &Value) -> PyResult<i128> {
    let i = ops::index(v)?;
    let r = int::as_int(&i).expect("index() returns an int");
    Ok(match (r.to_i64(), r.to_big().to_u64()) {
        (Some(i), _) => i128::from(i),
        (None, Some(u)) => i128::from(u),
        (None, None) if r.is_negative() => i128::MIN,
        (None, None) => i128::MAX,
    })
}

/// Checks a small signed or unsigned C integer's range; `name` is how
/// CPython's messages call the C type.
fn small_int(i: i128, lo: i128, hi: i128, name: &str) -> PyResult<u64> {
    if i < i128::from(i64::MIN) || i > i128::from(i64::MAX) {
        return Err(overflow("Python int too large to convert to C long"));
    }
    if i > hi {
        return Err(overflow(&format!("{name} is greater than maximum")));
    }
    if i < lo {
        return Err(overflow(&format!("{name} is less than minimum")));
    }
    Ok(i as u64)
}

fn unsigned(i: i128, negative: &str, too_big: &str) -> PyResult<u64> {
    if i < 0 {
        return Err(overflow(negative));
    }
    u64::try_from(i).map_err(|_| overflow(too_big))
}

/// The bytes of one item of typecode `code`.
pub(crate) fn encode(code: char, v: &Value) -> PyResult<[u8; 8]> {
    let u: u64 = match code {
        'f' => u64::from((real(v)? as f32).to_bits()),
        'd' => real(v)?.to_bits(),
        'u' | 'w' => u64::from(unicode_char(v)?),
        'b' => small_int(integer(v)?, -128, 127, "signed char")?,
        'B' => small_int(integer(v)?, 0, 255, "unsigned byte integer")?,
        'h' => small_int(integer(v)?, -32768, 32767, "signed short integer")?,
        'H' => small_int(integer(v)?, 0, 65535, "unsigned short")?,
        'i' => small_int(
            integer(v)?,
            i128::from(i32::MIN),
            i128::from(i32::MAX),
            "signed integer",
        )?,
        'I' => {
            let u = unsigned(
                integer(v)?,
                "can't convert negative value to unsigned int",
                "Python int too large to convert to C unsigned long",
            )?;
            if u > u64::from(u32::MAX) {
                return Err(overflow("unsigned int is greater than maximum"));
            }
            u
        }
        'l' => i64::try_from(integer(v)?)
            .map_err(|_| overflow("Python int too large to convert to C long"))?
            as u64,
        'L' => unsigned(
            integer(v)?,
            "can't convert negative value to unsigned int",
            "Python int too large to convert to C unsigned long",
        )?,
        'q' => i64::try_from(integer(v)?).map_err(|_| overflow("int too big to convert"))? as u64,
        _ => unsigned(
            integer(v)?,
            "can't convert negative int to unsigned",
            "int too big to convert",
        )?,
    };
    Ok(u.to_le_bytes())
}

fn real(v: &Value) -> PyResult<f64> {
    real_value(v)?
        .ok_or_else(|| type_error(format!("must be real number, not {}", v.type_of().name)))
}

/// The code point of a one-character str item.
fn unicode_char(v: &Value) -> PyResult<u32> {
    let Some(s) = pystr::as_str(v) else {
        return Err(type_error(format!(
            "array item must be a unicode character, not {}",
            v.type_of().name
        )));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(u32::from(c)),
        _ => Err(type_error(format!(
            "array item must be a unicode character, not a string of length {}",
            s.chars().count()
        ))),
    }
}

/// The value of one item from its bytes.
pub(crate) fn decode(code: char, raw: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    buf[..raw.len()].copy_from_slice(raw);
    let u = u64::from_le_bytes(buf);
    let bits = raw.len() as u32 * 8;
    match code {
        'f' => float::new(f64::from(f32::from_bits(u as u32))),
        'd' => float::new(f64::from_bits(u)),
        'u' | 'w' => match char::from_u32(u as u32) {
            Some(c) => pystr::new(c.encode_utf8(&mut [0; 4])),
            None => pystr::new("\u{fffd}"),
        },
        'b' | 'h' | 'i' | 'l' | 'q' => int::from_i64(((u << (64 - bits)) as i64) >> (64 - bits)),
        _ => int::from_u64(u),
    }
}
