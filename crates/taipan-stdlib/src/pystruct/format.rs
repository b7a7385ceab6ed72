//! Struct format strings: parsing a format into a layout of fields, and
//! converting single fields between Python values and bytes. Native
//! sizes and alignment are those of CPython on x86-64 Linux.

use taipan_vm::interp::builtins::real_value;
use taipan_vm::interp::bytearray::data_of as bytearray_data;
use taipan_vm::types::exceptions::OVERFLOW_ERROR;
use taipan_vm::types::{bytes, float, int, singletons};
use taipan_vm::{ops, PyErr, PyResult, Value};

use super::struct_error;

/// Byte order and size/alignment rules of a format.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    /// `@`: native order, native sizes and alignment.
    Native,
    /// `=` and `<`: little-endian, standard sizes.
    Little,
    /// `>` and `!`: big-endian, standard sizes.
    Big,
}

/// One run of a format: `repeat` fields of one code (for `s` and `p`, a
/// single field of `repeat` bytes; for `x`, `repeat` pad bytes).
#[derive(Clone)]
pub(crate) struct Run {
    pub code: u8,
    pub repeat: usize,
    pub offset: usize,
    /// Bytes per field (for `s`, `p` and `x`, 1).
    pub size: usize,
}

impl Run {
    /// How many Python values the run packs or unpacks.
    pub fn values(&self) -> usize {
        match self.code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => self.repeat,
        }
    }
}

#[derive(Clone)]
pub(crate) struct Layout {
    pub order: Order,
    pub runs: Vec<Run>,
    pub size: usize,
    pub values: usize,
}

/// Size (and, natively, alignment) of a code; `None` for a bad code.
fn code_size(code: u8, order: Order) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => 8,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn too_long() -> PyErr {
    struct_error("total struct size too long")
}

/// Parses a format (its text as bytes).
pub(crate) fn parse(fmt: &[u8]) -> PyResult<Layout> {
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'=' | b'<') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let mut runs = Vec::new();
    let (mut offset, mut values) = (0usize, 0usize);
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut repeat = 1usize;
        if c.is_ascii_digit() {
            let mut n = usize::from(c - b'0');
            loop {
                let Some(&d) = body.get(i) else {
                    return Err(struct_error("repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .ok_or_else(too_long)?;
            }
            repeat = n;
        }
        let size = code_size(c, order).ok_or_else(|| struct_error("bad char in struct format"))?;
        if order == Order::Native {
            offset = offset.checked_next_multiple_of(size).ok_or_else(too_long)?;
        }
        let run = Run {
            code: c,
            repeat,
            offset,
            size,
        };
        offset = repeat
            .checked_mul(size)
            .and_then(|n| n.checked_add(offset))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
        values += run.values();
        runs.push(run);
    }
    Ok(Layout {
        order,
        runs,
        size: offset,
        values,
    })
}

// ---------------------------------------------------------------- packing

/// An integer to pack: `__index__` of the value, else struct.error.
fn integer(v: &Value) -> PyResult<i128> {
    if v.type_of().slots.index.is_none() {
        return Err(struct_error("required argument is not an integer"));
    }
    let i = ops::index(v)?;
    let r = int::as_int(&i).expect("index() returns an int");
    Ok(match r.to_i64() {
        Some(i) => i128::from(i),
        None => match r.to_big().to_u64() {
            Some(u) => i128::from(u),
            None if r.is_negative() => i128::MIN,
            None => i128::MAX,
        },
    })
}

fn real(v: &Value) -> PyResult<f64> {
    real_value(v)?.ok_or_else(|| struct_error("required argument is not a float"))
}

fn put_uint(out: &mut [u8], u: u64, order: Order) {
    let n = out.len();
    match order {
        Order::Big => out.copy_from_slice(&u.to_be_bytes()[8 - n..]),
        _ => out.copy_from_slice(&u.to_le_bytes()[..n]),
    }
}

fn get_uint(raw: &[u8], order: Order) -> u64 {
    let mut buf = [0u8; 8];
    let n = raw.len();
    match order {
        Order::Big => {
            buf[8 - n..].copy_from_slice(raw);
            u64::from_be_bytes(buf)
        }
        _ => {
            buf[..n].copy_from_slice(raw);
            u64::from_le_bytes(buf)
        }
    }
}

/// The nearest IEEE half-precision value (ties to even), or `None` when
/// the value is too large for one.
pub(crate) fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        // The payload's top bits carry over, as CPython keeps them.
        let payload = ((x.to_bits() >> 42) & 0x3ff) as u16;
        return Some(sign | 0x7c00 | if payload == 0 { 0x200 } else { payload });
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a < 2f64.powi(-14) {
        // Subnormal (or rounding up to the smallest normal: 0x0400).
        return Some(sign | (a * 2f64.powi(24)).round_ties_even() as u16);
    }
    let mut e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut frac = ((a / 2f64.powi(e) - 1.0) * 1024.0).round_ties_even() as u16;
    if frac == 1024 {
        frac = 0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | frac)
}

/// `x as f32`, except that a NaN keeps its sign and the top bits of its
/// payload without being made quiet (as CPython packs it).
fn f64_to_f32(x: f64) -> f32 {
    if !x.is_nan() {
        return x as f32;
    }
    let bits = x.to_bits();
    let payload = ((bits >> 29) & 0x7f_ffff) as u32;
    let sign = ((bits >> 63) as u32) << 31;
    f32::from_bits(sign | 0x7f80_0000 | if payload == 0 { 0x40_0000 } else { payload })
}

/// The inverse of [`f64_to_f32`]: NaN payloads survive unchanged.
fn f32_to_f64(f: f32) -> f64 {
    if !f.is_nan() {
        return f64::from(f);
    }
    let bits = f.to_bits();
    let sign = u64::from(bits >> 31) << 63;
    f64::from_bits(sign | (0x7ff << 52) | (u64::from(bits & 0x7f_ffff) << 29))
}

pub(crate) fn half_to_f64(h: u16) -> f64 {
    let sign = if h >> 15 == 1 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    if exp == 31 && frac != 0.0 {
        // A NaN keeps its sign and payload.
        let bits = (u64::from(h >> 15) << 63) | (0x7ff << 52) | (u64::from(h & 0x3ff) << 42);
        return f64::from_bits(bits);
    }
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 => f64::INFINITY,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn overflow(code: char) -> PyErr {
    PyErr::new(
        &OVERFLOW_ERROR,
        format!("float too large to pack with {code} format"),
    )
}

/// Range of an integer code of `size` bytes.
fn int_range(code: u8, size: usize) -> (i128, i128) {
    let bits = size as u32 * 8;
    if code.is_ascii_lowercase() {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    }
}

/// Packs one field of a number code into `out` (its `size` bytes).
pub(crate) fn pack_field(code: u8, order: Order, v: &Value, out: &mut [u8]) -> PyResult<()> {
    match code {
        b'?' => out[0] = u8::from(ops::truthy(v)?),
        b'c' => match bytes::as_bytes(v) {
            Some(&[b]) => out[0] = b,
            _ => {
                return Err(struct_error(
                    "char format requires a bytes object of length 1",
                ))
            }
        },
        b'e' => {
            let h = f64_to_half(real(v)?).ok_or_else(|| overflow('e'))?;
            put_uint(out, u64::from(h), order);
        }
        b'f' => {
            let x = real(v)?;
            let f = f64_to_f32(x);
            if f.is_infinite() && x.is_finite() {
                return Err(overflow('f'));
            }
            put_uint(out, u64::from(f.to_bits()), order);
        }
        b'd' => put_uint(out, real(v)?.to_bits(), order),
        b'P' => {
            let i = integer(v)?;
            if !(i64::MIN as i128..=u64::MAX as i128).contains(&i) {
                return Err(struct_error("int too large to convert"));
            }
            put_uint(out, i as u64, order);
        }
        _ => {
            let i = integer(v)?;
            let (lo, hi) = int_range(code, out.len());
            if !(lo..=hi).contains(&i) {
                return Err(struct_error(&format!(
                    "'{}' format requires {lo} <= number <= {hi}",
                    code as char
                )));
            }
            put_uint(out, i as u64, order);
        }
    }
    Ok(())
}

/// Packs the string field of an `s` or `p` run into `out`.
pub(crate) fn pack_string(code: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let owned;
    let data: &[u8] = match bytes::as_bytes(v) {
        Some(b) => b,
        None => match bytearray_data(v) {
            Some(b) => {
                owned = b;
                &owned
            }
            None => {
                return Err(struct_error(&format!(
                    "argument for '{}' must be a bytes object",
                    code as char
                )))
            }
        },
    };
    if code == b's' {
        let n = data.len().min(out.len());
        out[..n].copy_from_slice(&data[..n]);
    } else if let Some((len, rest)) = out.split_first_mut() {
        let n = data.len().min(rest.len()).min(255);
        rest[..n].copy_from_slice(&data[..n]);
        *len = n as u8;
    }
    Ok(())
}

/// Unpacks one field of a number code.
pub(crate) fn unpack_field(code: u8, order: Order, raw: &[u8]) -> Value {
    let u = get_uint(raw, order);
    let bits = raw.len() as u32 * 8;
    match code {
        b'?' => singletons::bool(u != 0),
        b'c' => bytes::new(raw),
        b'e' => float::new(half_to_f64(u as u16)),
        b'f' => float::new(f32_to_f64(f32::from_bits(u as u32))),
        b'd' => float::new(f64::from_bits(u)),
        c if c.is_ascii_lowercase() => int::from_i64(((u << (64 - bits)) as i64) >> (64 - bits)),
        _ => int::from_u64(u),
    }
}

/// Unpacks the string field of an `s` or `p` run.
pub(crate) fn unpack_string(code: u8, raw: &[u8]) -> Value {
    if code == b's' {
        return bytes::new(raw);
    }
    match raw.split_first() {
        Some((&len, rest)) => bytes::new(&rest[..usize::from(len).min(rest.len())]),
        None => bytes::empty(),
    }
}

impl Layout {
    /// Packs `args` (exactly `self.values` of them) into `out`, which
    /// holds `self.size` bytes, zero-filled.
    pub fn pack_into(&self, args: &[Value], out: &mut [u8]) -> PyResult<()> {
        let mut next = args.iter();
        for run in &self.runs {
            let at = &mut out[run.offset..run.offset + run.repeat * run.size];
            match run.code {
                b'x' => {}
                b's' | b'p' => pack_string(run.code, next.next().expect("counted"), at)?,
                code => {
                    for field in at.chunks_exact_mut(run.size) {
                        pack_field(code, self.order, next.next().expect("counted"), field)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Unpacks `data` (exactly `self.size` bytes) into values.
    pub fn unpack(&self, data: &[u8]) -> Vec<Value> {
        let mut out = Vec::with_capacity(self.values);
        for run in &self.runs {
            let at = &data[run.offset..run.offset + run.repeat * run.size];
            match run.code {
                b'x' => {}
                b's' | b'p' => out.push(unpack_string(run.code, at)),
                code => out.extend(
                    at.chunks_exact(run.size)
                        .map(|f| unpack_field(code, self.order, f)),
                ),
            }
        }
        out
    }
}
