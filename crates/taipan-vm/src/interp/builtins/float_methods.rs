//! Methods of float: `hex`/`fromhex`, `as_integer_ratio`, rounding, the
//! numbers-protocol attributes.

use super::int_methods::{add_getters, bind_args, no_args, set_doc, Params};
use super::*;
use crate::types::bigint::{decompose, Big};

fn value_of(v: &Value) -> f64 {
    float::as_f64(v).expect("float method on a float")
}

fn m_float_is_integer(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("float.is_integer", a)?;
    let x = value_of(&a[0]);
    Ok(singletons::bool(x.is_finite() && x.fract() == 0.0))
}

/// `x.as_integer_ratio()`: the exact fraction in lowest terms.
fn m_float_as_integer_ratio(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("float.as_integer_ratio", a)?;
    let x = value_of(&a[0]);
    if x.is_infinite() {
        return Err(PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "cannot convert NaN to integer ratio",
        ));
    }
    let (negative, mut m, mut e) = decompose(x);
    if m == 0 {
        return Ok(tuple::new(vec![int::from_i64(0), int::from_i64(1)]));
    }
    // Cancel the powers of two the mantissa shares with the denominator.
    while e < 0 && m & 1 == 0 {
        m >>= 1;
        e += 1;
    }
    let mut num = Big::from_u64(m);
    if negative {
        num = num.neg();
    }
    let (num, den) = if e >= 0 {
        (num.shl(e as u64), Big::from_i64(1))
    } else {
        (num, Big::from_i64(1).shl((-e) as u64))
    };
    Ok(tuple::new(vec![int::from_big(num), int::from_big(den)]))
}

fn m_float_conjugate(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("float.conjugate", a)?;
    Ok(float::new(value_of(&a[0])))
}

fn m_float_real(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(float::new(value_of(&a[0])))
}

fn m_float_imag(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(float::new(0.0))
}

fn m_float_getnewargs(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("float.__getnewargs__", a)?;
    Ok(tuple::new(vec![float::new(value_of(&a[0]))]))
}

fn m_float_trunc(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("float.__trunc__", a)?;
    float::to_int(value_of(&a[0]))
}

fn m_float_floor(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("float.__floor__", a)?;
    float::to_int(value_of(&a[0]).floor())
}

fn m_float_ceil(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("float.__ceil__", a)?;
    float::to_int(value_of(&a[0]).ceil())
}

/// `float.__round__(ndigits=None)`.
fn m_float_round(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = Params {
        name: "__round__",
        names: &["ndigits"],
        positional: 1,
        required: 0,
    };
    let args = bind_args(&p, &a[1..], k)?;
    let x = value_of(&a[0]);
    match args[0].as_ref().filter(|v| !singletons::is_none(v)) {
        None => float::to_int(x.round_ties_even()),
        Some(nd) => {
            let nd = ops::index(nd)?;
            round_to_digits(x, ndigits(&nd))
        }
    }
}

/// An index as i64, saturated (beyond ±2**63 only the sign matters).
fn ndigits(nd: &Value) -> i64 {
    let n = int::as_int(nd).expect("index");
    n.to_i64()
        .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX })
}

/// `round(x, nd)`: the float nearest to `x` rounded to `nd` decimal
/// places, ties to even on the exact binary value.
fn round_to_digits(x: f64, nd: i64) -> PyResult<Value> {
    // Beyond these, the result is x itself or a signed zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 || nd > NDIGITS_MAX {
        return Ok(float::new(x));
    }
    if nd < NDIGITS_MIN {
        return Ok(float::new(0.0f64.copysign(x)));
    }
    let r = if nd >= 0 {
        // Correctly rounded decimal text parses back to the nearest float.
        format!("{x:.prec$}", prec = nd as usize)
            .parse::<f64>()
            .unwrap_or(x)
    } else {
        round_to_power_of_ten(x, (-nd) as u32)?
    };
    Ok(float::new(r.copysign(x)))
}

/// `x` rounded to a multiple of `10**k`, exactly, then to the nearest
/// float.
fn round_to_power_of_ten(x: f64, k: u32) -> PyResult<f64> {
    let (_, m, e) = decompose(x.abs());
    let pow = Big::from_i64(10).pow(k);
    let (num, den) = if e >= 0 {
        (Big::from_u64(m).shl(e as u64), pow.clone())
    } else {
        (Big::from_u64(m), pow.shl((-e) as u64))
    };
    let (q, r) = num.div_mod_floor(&den);
    let twice = r.add(&r);
    let up = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q.magnitude_bit(0),
        std::cmp::Ordering::Less => false,
    };
    let q = if up { q.add(&Big::from_i64(1)) } else { q };
    q.mul(&pow).to_f64().ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "rounded value too large to represent",
        )
    })
}

/// `round(x, nd)`: `__round__` of the number's type.
pub(super) fn round_number(x: &Value, nd: Option<&Value>) -> PyResult<Value> {
    if x.is_exact(&float::FLOAT_TYPE) {
        let v = value_of(x);
        return match nd {
            None => float::to_int(v.round_ties_even()),
            Some(nd) => round_to_digits(v, ndigits(&ops::index(nd)?)),
        };
    }
    if x.is_small_int() || x.is_exact(&int::INT_TYPE) {
        return match nd {
            None => Ok(x.clone()),
            Some(nd) => super::int_methods::round_int(x, &ops::index(nd)?),
        };
    }
    let Some(f) = attrs::lookup_special(x, "__round__")? else {
        return Err(type_error(format!(
            "type {} doesn't define __round__ method",
            x.type_of().name
        )));
    };
    let bound = attrs::bind(f, x)?;
    match nd {
        None => call_object(&bound, &[], &[]),
        Some(nd) => call_object(&bound, std::slice::from_ref(nd), &[]),
    }
}

/// `x.hex()`: `[-]0x<h>.<13 hex digits>p<exp>`.
fn m_float_hex(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("float.hex", a)?;
    let x = value_of(&a[0]);
    if !x.is_finite() {
        return Ok(pystr::new(&float::repr_f64(x)));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(pystr::new(&format!("{sign}0x0.0p+0")));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    Ok(pystr::new(&format!("{sign}0x{lead}.{frac:013x}p{exp:+}")))
}

fn hex_error() -> PyErr {
    PyErr::new(&VALUE_ERROR, "invalid hexadecimal floating-point string")
}

/// Parses `float.fromhex` text: `[sign] (inf | nan | [0x] hex[.hex] [p exp])`
/// with surrounding whitespace, correctly rounded.
fn parse_hex_float(text: &str) -> PyResult<f64> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |x: f64| if negative { -x } else { x };
    let lower = s.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let hex_ok = |p: &str| p.bytes().all(|b| b.is_ascii_hexdigit());
    if !hex_ok(int_part) || !hex_ok(frac_part) || int_part.len() + frac_part.len() == 0 {
        return Err(hex_error());
    }
    let exp: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(hex_error());
            }
            // Exponents beyond any float saturate (the result is 0 or too
            // large either way).
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            })
        }
    };
    let digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let m = Big::parse_digits(&digits, 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(signed(0.0));
    }
    let exp2 = exp.saturating_sub(4 * frac_part.len() as i64);
    let top = m.bits() as i64 + exp2;
    let too_large = || {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "hexadecimal value too large to represent as a float",
        )
    };
    if top > 1025 {
        return Err(too_large());
    }
    if top < -1080 {
        return Ok(signed(0.0));
    }
    let value = if exp2 >= 0 {
        m.shl(exp2 as u64).to_f64()
    } else {
        m.true_div(&Big::from_i64(1).shl((-exp2) as u64))
    };
    value.map(signed).ok_or_else(too_large)
}

/// Converts a float result to `cls` for class methods of subclasses.
fn for_class(cls: &Value, x: f64) -> PyResult<Value> {
    let v = float::new(x);
    if cls.is(&float::FLOAT_TYPE.as_value()) {
        return Ok(v);
    }
    call_object(cls, &[v], &[])
}

fn m_float_fromhex(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    let Some(text) = pystr::as_str(&a[1]) else {
        return Err(type_error("bad argument type for built-in operation"));
    };
    for_class(&a[0], parse_hex_float(text)?)
}

/// `float.from_number(x)`: numbers only, not strings.
fn m_float_from_number(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(type_error(format!(
            "float.from_number() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    let x = &a[1];
    if pystr::as_str(x).is_some()
        || x.type_of().slots.float.is_none() && x.type_of().slots.index.is_none()
    {
        return Err(type_error(format!(
            "must be real number, not {}",
            x.type_of().name
        )));
    }
    let f = float_of(x)?;
    for_class(&a[0], value_of(&f))
}

fn m_float_getformat(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(type_error(format!(
            "float.__getformat__() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    match pystr::as_str(&a[1]) {
        Some("double" | "float") => Ok(pystr::new("IEEE, little-endian")),
        Some(_) => Err(PyErr::new(
            &VALUE_ERROR,
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
        None => Err(type_error(format!(
            "__getformat__() argument must be str, not {}",
            a[1].type_of().name
        ))),
    }
}

fn m_float_format(a: &[Value], k: &[Value]) -> PyResult<Value> {
    super::number_format::m_number_format(a, k)
}

pub(super) fn install() {
    let ty = &float::FLOAT_TYPE;
    set_doc(
        ty,
        "Convert a string or number to a floating-point number, if possible.",
    );
    set_doc(&crate::interp::complex::COMPLEX_TYPE, "Create a complex number from a string or numbers.\n\nIf a string is given, parse it as a complex number.\nIf a single number is given, convert it to a complex number.\nIf the 'real' or 'imag' arguments are given, create a complex number\nwith the specified real and imaginary components.");
    add_methods(
        ty,
        &[
            ("is_integer", m_float_is_integer),
            ("as_integer_ratio", m_float_as_integer_ratio),
            ("conjugate", m_float_conjugate),
            ("hex", m_float_hex),
            ("__trunc__", m_float_trunc),
            ("__floor__", m_float_floor),
            ("__ceil__", m_float_ceil),
            ("__round__", m_float_round),
            ("__getnewargs__", m_float_getnewargs),
            ("__format__", m_float_format),
        ],
    );
    for (name, f) in [
        ("fromhex", m_float_fromhex as objects::NativeFn),
        ("from_number", m_float_from_number),
        ("__getformat__", m_float_getformat),
    ] {
        let _ = dict::set_item(
            ty.dict(),
            pystr::intern(name),
            classes::new_wrapper(
                &classes::CLASSMETHOD_DESCRIPTOR_TYPE,
                objects::native(name, f),
            ),
        );
    }
    add_getters(ty, &[("real", m_float_real), ("imag", m_float_imag)]);
    // complex.rs keeps the arithmetic; its formatting lives with the
    // other numbers'.
    add_methods(
        &crate::interp::complex::COMPLEX_TYPE,
        &[("__format__", super::number_format::m_number_format)],
    );
}
