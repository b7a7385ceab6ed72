//! `complex`: construction (numbers and strings), repr, arithmetic with
//! CPython 3.14's mixed-mode rules (a real operand is not widened to a
//! complex with a zero imaginary part, so signed zeros and infinities come
//! out as in CPython), Smith's division with C99 Annex G recovery, powers,
//! comparison, hash and the methods.

use super::objects::simple_type;
use super::type_error;
use crate::error::{PyErr, PyResult};
use crate::object::{BinOp, CompareOp, ObjHeader, PyPayload, TypeObject, Value, NUM_BINOPS};
use crate::types::exceptions::{OVERFLOW_ERROR, VALUE_ERROR, ZERO_DIVISION_ERROR};
use crate::types::{dict, float, int, singletons, str as pystr, tuple};

#[repr(C)]
pub struct ComplexObject {
    header: ObjHeader,
    pub re: f64,
    pub im: f64,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for ComplexObject {
    fn type_object() -> &'static TypeObject {
        &COMPLEX_TYPE
    }
}

/// A complex number as (real, imaginary).
pub type Pair = (f64, f64);

pub fn new(re: f64, im: f64) -> Value {
    Value::from_box(Box::new(ComplexObject {
        header: ObjHeader::new(&COMPLEX_TYPE),
        re,
        im,
    }))
}

fn pair_of(v: &Value) -> Pair {
    let c = v.downcast::<ComplexObject>().expect("complex");
    (c.re, c.im)
}

/// An operand of complex arithmetic: a complex number or a real one.
enum Operand {
    Complex(Pair),
    Real(f64),
}

/// `None` for operands complex arithmetic does not accept.
fn operand(v: &Value) -> Option<PyResult<Operand>> {
    if let Some(c) = v.downcast::<ComplexObject>() {
        return Some(Ok(Operand::Complex((c.re, c.im))));
    }
    if let Some(f) = float::as_f64(v) {
        return Some(Ok(Operand::Real(f)));
    }
    int::as_int(v).map(|i| i.to_f64().map(Operand::Real))
}

/// Text of one part as `repr` shows it: shortest digits, no ".0".
fn part_repr(x: f64) -> String {
    float::format_f64(x, 'r', 0, false, false)
}

fn complex_repr(v: &Value) -> PyResult<Value> {
    let (re, im) = pair_of(v);
    let im_text = part_repr(im);
    if re == 0.0 && re.is_sign_positive() {
        return Ok(pystr::new(&format!("{im_text}j")));
    }
    let sign = if im_text.starts_with('-') { "" } else { "+" };
    Ok(pystr::new(&format!("({}{sign}{im_text}j)", part_repr(re))))
}

fn complex_hash(v: &Value) -> PyResult<i64> {
    let (re, im) = pair_of(v);
    // NaN parts hash by identity, as CPython's float hash does.
    let part = |x: f64| {
        crate::hash::hash_f64(x)
            .unwrap_or_else(|| crate::hash::hash_pointer(crate::types::object::address(v)))
    };
    let h = (part(re) as u64).wrapping_add((part(im) as u64).wrapping_mul(1_000_003)) as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn complex_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let (re, im) = pair_of(a);
    let equal = if let Some(i) = int::as_int(b) {
        // Exact: 2**60 + 1 is not equal to complex(2**60).
        im == 0.0 && float::cmp_with_int(re, i) == Some(std::cmp::Ordering::Equal)
    } else if let Some(f) = float::as_f64(b) {
        im == 0.0 && re == f
    } else if let Some(c) = b.downcast::<ComplexObject>() {
        re == c.re && im == c.im
    } else {
        return Ok(singletons::not_implemented());
    };
    Ok(singletons::bool(equal == (op == CompareOp::Eq)))
}

/// Applies a binary operation to the operands in source order.
fn binop(
    a: &Value,
    b: &Value,
    both: fn(Pair, Pair) -> PyResult<Pair>,
    left_real: fn(f64, Pair) -> PyResult<Pair>,
    right_real: fn(Pair, f64) -> PyResult<Pair>,
) -> PyResult<Value> {
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        return Ok(singletons::not_implemented());
    };
    let r = match (x?, y?) {
        (Operand::Complex(x), Operand::Complex(y)) => both(x, y)?,
        (Operand::Real(x), Operand::Complex(y)) => left_real(x, y)?,
        (Operand::Complex(x), Operand::Real(y)) => right_real(x, y)?,
        (Operand::Real(_), Operand::Real(_)) => return Ok(singletons::not_implemented()),
    };
    Ok(new(r.0, r.1))
}

fn add(a: &Value, b: &Value) -> PyResult<Value> {
    binop(
        a,
        b,
        |x, y| Ok((x.0 + y.0, x.1 + y.1)),
        |x, y| Ok((x + y.0, y.1)),
        |x, y| Ok((x.0 + y, x.1)),
    )
}

fn sub(a: &Value, b: &Value) -> PyResult<Value> {
    binop(
        a,
        b,
        |x, y| Ok((x.0 - y.0, x.1 - y.1)),
        |x, y| Ok((x - y.0, -y.1)),
        |x, y| Ok((x.0 - y, x.1)),
    )
}

/// `x * y`, recovering infinities that the naive formula turns into
/// nan+nanj (C99 Annex G).
fn prod(x: Pair, y: Pair) -> Pair {
    let ((mut a, mut b), (mut c, mut d)) = (x, y);
    let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
    let r = (ac - bd, ad + bc);
    if !(r.0.is_nan() && r.1.is_nan()) {
        return r;
    }
    // An infinite operand becomes a unit vector of its direction; NaNs
    // beside infinities count as signed zeros.
    let unit = |v: f64| {
        if v.is_infinite() {
            1.0f64.copysign(v)
        } else {
            0.0f64.copysign(v)
        }
    };
    let nan_to_zero = |v: f64| if v.is_nan() { 0.0f64.copysign(v) } else { v };
    let mut recalc = false;
    if a.is_infinite() || b.is_infinite() {
        (a, b) = (unit(a), unit(b));
        (c, d) = (nan_to_zero(c), nan_to_zero(d));
        recalc = true;
    }
    if c.is_infinite() || d.is_infinite() {
        (c, d) = (unit(c), unit(d));
        (a, b) = (nan_to_zero(a), nan_to_zero(b));
        recalc = true;
    }
    if !recalc && [ac, bd, ad, bc].iter().any(|v| v.is_infinite()) {
        (a, b, c, d) = (
            nan_to_zero(a),
            nan_to_zero(b),
            nan_to_zero(c),
            nan_to_zero(d),
        );
        recalc = true;
    }
    if !recalc {
        return r;
    }
    (
        f64::INFINITY * (a * c - b * d),
        f64::INFINITY * (a * d + b * c),
    )
}

fn mul(a: &Value, b: &Value) -> PyResult<Value> {
    binop(
        a,
        b,
        |x, y| Ok(prod(x, y)),
        |x, y| Ok((x * y.0, x * y.1)),
        |x, y| Ok((x.0 * y, x.1 * y)),
    )
}

fn zero_division() -> PyErr {
    PyErr::new(&ZERO_DIVISION_ERROR, "division by zero")
}

/// `a / b` by Smith's method (no spurious overflow), then C99 Annex G's
/// recovery of infinities and zeros that came out as nan+nanj.
pub fn quot(a: Pair, b: Pair) -> PyResult<Pair> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    let mut r = if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(zero_division());
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        // A NaN in the divisor.
        (f64::NAN, f64::NAN)
    };
    if r.0.is_nan() && r.1.is_nan() {
        let unit = |x: f64| {
            if x.is_infinite() {
                1.0f64.copysign(x)
            } else {
                0.0f64.copysign(x)
            }
        };
        if (a.0.is_infinite() || a.1.is_infinite()) && b.0.is_finite() && b.1.is_finite() {
            let (x, y) = (unit(a.0), unit(a.1));
            r = (
                f64::INFINITY * (x * b.0 + y * b.1),
                f64::INFINITY * (y * b.0 - x * b.1),
            );
        } else if (abs_re.is_infinite() || abs_im.is_infinite())
            && a.0.is_finite()
            && a.1.is_finite()
        {
            let (x, y) = (unit(b.0), unit(b.1));
            r = (0.0 * (a.0 * x + a.1 * y), 0.0 * (a.1 * x - a.0 * y));
        }
    }
    Ok(r)
}

/// `a / b` for a real `a`: Smith's method without the terms of a zero
/// imaginary part.
fn real_quot(a: f64, b: Pair) -> PyResult<Pair> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    let r = if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(zero_division());
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (a / denom, (-a * ratio) / denom)
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a * ratio) / denom, (-a) / denom)
    } else {
        (f64::NAN, f64::NAN)
    };
    if r.0.is_nan() && r.1.is_nan() {
        return quot((a, 0.0), b);
    }
    Ok(r)
}

fn truediv(a: &Value, b: &Value) -> PyResult<Value> {
    binop(a, b, quot, real_quot, |x, y| {
        if y == 0.0 {
            return Err(zero_division());
        }
        Ok((x.0 / y, x.1 / y))
    })
}

/// `x ** n` for a natural `n` by repeated squaring.
fn powu(x: Pair, n: u64) -> Pair {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b`; integral exponents up to 100 multiply exactly, others go
/// through polar form.
pub fn pow_pair(a: Pair, b: Pair) -> PyResult<Pair> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            powu(a, n as u64)
        } else {
            if a == (0.0, 0.0) {
                return Err(zero_power());
            }
            quot((1.0, 0.0), powu(a, n.unsigned_abs()))?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_power());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len *= (-at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        if phase.is_infinite() {
            // CPython reports the domain error libm's cos/sin flag here.
            return Err(zero_power());
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PyErr::new(&OVERFLOW_ERROR, "complex exponentiation"));
    }
    Ok(r)
}

fn zero_power() -> PyErr {
    PyErr::new(&ZERO_DIVISION_ERROR, "zero to a negative or complex power")
}

fn pow(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        return Ok(singletons::not_implemented());
    };
    let pair = |o: Operand| match o {
        Operand::Complex(p) => p,
        Operand::Real(r) => (r, 0.0),
    };
    let (x, y) = (x?, y?);
    if matches!((&x, &y), (Operand::Real(_), Operand::Real(_))) {
        return Ok(singletons::not_implemented());
    }
    let r = pow_pair(pair(x), pair(y))?;
    Ok(new(r.0, r.1))
}

fn pow3(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if singletons::is_none(m) {
        return pow(a, b);
    }
    if operand(a).is_none() || operand(b).is_none() {
        return Ok(singletons::not_implemented());
    }
    Err(PyErr::new(&VALUE_ERROR, "complex modulo"))
}

fn neg(v: &Value) -> PyResult<Value> {
    let (re, im) = pair_of(v);
    Ok(new(-re, -im))
}

fn pos(v: &Value) -> PyResult<Value> {
    let (re, im) = pair_of(v);
    Ok(new(re, im))
}

fn abs(v: &Value) -> PyResult<Value> {
    let (re, im) = pair_of(v);
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(PyErr::new(&OVERFLOW_ERROR, "absolute value too large"));
    }
    Ok(float::new(r))
}

fn truthy(v: &Value) -> PyResult<bool> {
    let (re, im) = pair_of(v);
    Ok(re != 0.0 || im != 0.0)
}

const fn number_slots() -> [Option<crate::object::BinaryFn>; NUM_BINOPS] {
    let mut n: [Option<crate::object::BinaryFn>; NUM_BINOPS] = [None; NUM_BINOPS];
    n[BinOp::Add as usize] = Some(add);
    n[BinOp::Sub as usize] = Some(sub);
    n[BinOp::Mul as usize] = Some(mul);
    n[BinOp::TrueDiv as usize] = Some(truediv);
    n[BinOp::Pow as usize] = Some(pow);
    n
}

simple_type!(COMPLEX_TYPE, "complex", ComplexObject, {
    repr: Some(complex_repr),
    hash: Some(complex_hash),
    richcompare: Some(complex_richcompare),
    number: number_slots(),
    pow3: Some(pow3),
    neg: Some(neg),
    pos: Some(pos),
    abs: Some(abs),
    bool: Some(truthy),
});

fn no_args(qualname: &str, a: &[Value]) -> PyResult<()> {
    if a.len() > 1 {
        return Err(type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

fn m_conjugate(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("complex.conjugate", a)?;
    let (re, im) = pair_of(&a[0]);
    Ok(new(re, -im))
}

fn m_complex(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("complex.__complex__", a)?;
    if a[0].is_exact(&COMPLEX_TYPE) {
        return Ok(a[0].clone());
    }
    let (re, im) = pair_of(&a[0]);
    Ok(new(re, im))
}

fn m_getnewargs(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("complex.__getnewargs__", a)?;
    let (re, im) = pair_of(&a[0]);
    Ok(tuple::new(vec![float::new(re), float::new(im)]))
}

fn m_real(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(float::new(pair_of(&a[0]).0))
}

fn m_imag(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(float::new(pair_of(&a[0]).1))
}

/// `complex.from_number(x)`: numbers only, not strings.
fn m_from_number(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(type_error(format!(
            "complex.from_number() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    let x = &a[1];
    let (re, im) = match number_parts(x)? {
        Some(p) => p,
        None => {
            return Err(type_error(format!(
                "must be real number, not {}",
                x.type_of().name
            )))
        }
    };
    let v = new(re, im);
    if a[0].is(&COMPLEX_TYPE.as_value()) {
        return Ok(v);
    }
    super::call_object(&a[0], &[v], &[])
}

pub fn install() {
    let d = COMPLEX_TYPE.dict();
    let method = |name: &'static str, f: super::objects::NativeFn| {
        let _ = dict::set_item(
            d,
            pystr::intern(name),
            super::objects::native_method(&COMPLEX_TYPE, name, f),
        );
    };
    method("conjugate", m_conjugate);
    method("__complex__", m_complex);
    method("__getnewargs__", m_getnewargs);
    for (name, f) in [
        ("real", m_real as super::objects::NativeFn),
        ("imag", m_imag),
    ] {
        let getter = super::slot_wrappers::new_getset(&COMPLEX_TYPE, name, f);
        let _ = dict::set_item(d, pystr::intern(name), getter);
    }
    let _ = dict::set_item(
        d,
        pystr::intern("from_number"),
        super::classes::new_wrapper(
            &super::classes::CLASSMETHOD_DESCRIPTOR_TYPE,
            super::objects::native("from_number", m_from_number),
        ),
    );
}

/// The value of a number as a complex pair through `__complex__`,
/// `__float__` or `__index__`; `None` when it is not a number.
pub fn number_parts(v: &Value) -> PyResult<Option<Pair>> {
    if let Some(c) = v.downcast::<ComplexObject>() {
        return Ok(Some((c.re, c.im)));
    }
    if let Some(f) = super::attrs::lookup_special(v, "__complex__")? {
        let r = super::call_object(&super::attrs::bind(f, v)?, &[], &[])?;
        return match r.downcast::<ComplexObject>() {
            Some(c) => Ok(Some((c.re, c.im))),
            None => Err(type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.type_of().name
            ))),
        };
    }
    Ok(super::builtins::real_value(v)?.map(|x| (x, 0.0)))
}

fn malformed() -> PyErr {
    PyErr::new(&VALUE_ERROR, "complex() arg is a malformed string")
}

/// Scans a float literal (or `inf`/`infinity`/`nan`, with a sign) at the
/// start of `s`: its value and length.
fn scan_float(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let rest = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if rest.starts_with(word) {
            let end = i + word.len();
            return float::parse_str(&s[..end]).map(|x| (x, end));
        }
    }
    let start = i;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_' || b[i] == b'.') {
        i += 1;
    }
    if i == start {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let digits = j;
        while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'_') {
            j += 1;
        }
        if j > digits {
            i = j;
        }
    }
    float::parse_str(&s[..i]).map(|x| (x, i))
}

/// `complex("1+2j")`: `[(] real | imag j | real (+|-) imag j [)]` with
/// surrounding whitespace; `j` alone stands for `1j`.
fn parse_complex(text: &str) -> PyResult<Pair> {
    let ascii;
    let s = if text.is_ascii() {
        text
    } else {
        ascii = int::transform_to_ascii(text);
        &ascii
    };
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let s = match s.strip_prefix('(') {
        Some(inner) => inner
            .strip_suffix(')')
            .ok_or_else(malformed)?
            .trim_matches(|c: char| c.is_ascii_whitespace()),
        None => s,
    };
    let is_j = |c: Option<u8>| matches!(c, Some(b'j' | b'J'));
    // An imaginary unit with an optional sign and nothing else after.
    let unit = |t: &str| -> Option<f64> {
        match t.as_bytes() {
            [b'+', j] | [j] if is_j(Some(*j)) => Some(1.0),
            [b'-', j] if is_j(Some(*j)) => Some(-1.0),
            _ => None,
        }
    };
    let Some((x, n)) = scan_float(s) else {
        return unit(s).map(|y| (0.0, y)).ok_or_else(malformed);
    };
    let rest = &s[n..];
    let next = rest.as_bytes().first().copied();
    if next.is_none() {
        return Ok((x, 0.0));
    }
    if is_j(next) {
        return if rest.len() == 1 {
            Ok((0.0, x))
        } else {
            Err(malformed())
        };
    }
    if !matches!(next, Some(b'+' | b'-')) {
        return Err(malformed());
    }
    if let Some(y) = unit(rest) {
        return Ok((x, y));
    }
    match scan_float(rest) {
        Some((y, m)) if rest.len() == m + 1 && is_j(rest.as_bytes().get(m).copied()) => Ok((x, y)),
        _ => Err(malformed()),
    }
}

/// `complex(real=0, imag=0)` and `complex("1+2j")`.
pub fn construct(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({npos} given)"
        )));
    }
    let mut params: [Option<Value>; 2] = [args.first().cloned(), args.get(1).cloned()];
    params[npos..].fill(None);
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = pystr::to_string_lossy(k);
        let i = match key.as_str() {
            "real" => 0,
            "imag" => 1,
            _ => {
                return Err(type_error(format!(
                    "complex() got an unexpected keyword argument '{key}'"
                )))
            }
        };
        if params[i].is_some() {
            return Err(type_error(format!(
                "argument for complex() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        params[i] = Some(v.clone());
    }
    let [real, imag] = params;
    let Some(real) = real else {
        let im = match &imag {
            None => 0.0,
            Some(i) => imag_part(i)?.0,
        };
        return Ok(new(0.0, im));
    };
    if let Some(s) = pystr::as_str(&real) {
        if imag.is_some() {
            return Err(type_error(
                "complex() argument 'real' must be a real number, not str",
            ));
        }
        let (re, im) = parse_complex(s)?;
        return Ok(new(re, im));
    }
    let real_is_complex = real.downcast::<ComplexObject>().is_some()
        || super::attrs::lookup_special(&real, "__complex__")?.is_some();
    let Some((re_r, re_i)) = number_parts(&real)? else {
        return Err(type_error(match imag {
            None => format!(
                "complex() argument must be a string or a number, not {}",
                real.type_of().name
            ),
            Some(_) => format!(
                "complex() argument 'real' must be a real number, not {}",
                real.type_of().name
            ),
        }));
    };
    let Some(imag) = imag else {
        if real.is_exact(&COMPLEX_TYPE) {
            return Ok(real);
        }
        return Ok(new(re_r, re_i));
    };
    let (im_r, im_i, imag_is_complex) = imag_part(&imag)?;
    let re = if imag_is_complex { re_r - im_i } else { re_r };
    let im = if real_is_complex { im_r + re_i } else { im_r };
    Ok(new(re, im))
}

/// The `imag` argument: its parts and whether it is complex.
fn imag_part(imag: &Value) -> PyResult<(f64, f64, bool)> {
    if let Some(c) = imag.downcast::<ComplexObject>() {
        return Ok((c.re, c.im, true));
    }
    let parts = if pystr::as_str(imag).is_some() {
        None
    } else {
        number_parts(imag)?
    };
    match parts {
        Some((r, i)) => Ok((r, i, false)),
        None => Err(type_error(format!(
            "complex() argument 'imag' must be a real number, not {}",
            imag.type_of().name
        ))),
    }
}
