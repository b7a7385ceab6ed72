//! `float`: a boxed `f64` (with a per-thread free list). Arithmetic accepts
//! int operands (converted with correct rounding); comparisons with ints are
//! exact.

use std::cell::RefCell;
use std::cmp::Ordering;

use crate::error::{PyErr, PyResult};
use crate::hash;
use crate::object::payload::{alloc_recycled, dealloc_recycle, Recycle};
use crate::object::{
    tpflags, BinOp, BinaryFn, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value, NUM_BINOPS,
};
use crate::types::bigint::Big;
use crate::types::exceptions::{OVERFLOW_ERROR, VALUE_ERROR, ZERO_DIVISION_ERROR};
use crate::types::int::{self, IntRef};
use crate::types::{singletons, str as pystr, tuple};

#[repr(C)]
pub struct FloatObject {
    header: ObjHeader,
    value: f64,
}

// SAFETY: `#[repr(C)]`, header first; `float` and its subclasses use this
// layout.
unsafe impl PyPayload for FloatObject {
    fn type_object() -> &'static TypeObject {
        &FLOAT_TYPE
    }
}

impl FloatObject {
    #[inline(always)]
    pub fn value(&self) -> f64 {
        self.value
    }
}

thread_local! {
    // The boxes are the allocations being recycled.
    #[allow(clippy::vec_box)]
    static FREE_FLOATS: RefCell<Vec<Box<FloatObject>>> = const { RefCell::new(Vec::new()) };
}

impl Recycle for FloatObject {
    const MAX_FREE: usize = 100;

    fn with_free_list<R>(f: impl FnOnce(&mut Vec<Box<Self>>) -> R) -> Option<R> {
        FREE_FLOATS.try_with(|l| f(&mut l.borrow_mut())).ok()
    }
}

#[inline]
pub fn new(value: f64) -> Value {
    alloc_recycled(FloatObject {
        header: ObjHeader::new(&FLOAT_TYPE),
        value,
    })
}

/// The value of a `float` (or float subclass instance).
#[inline]
pub fn as_f64(v: &Value) -> Option<f64> {
    v.downcast::<FloatObject>().map(|f| f.value)
}

/// A float operand: a float, or an int converted to float.
#[inline]
fn operand(v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = as_f64(v) {
        return Some(Ok(f));
    }
    int::as_int(v).map(IntRef::to_f64)
}

macro_rules! operands {
    ($a:expr, $b:expr) => {
        match (operand($a), operand($b)) {
            (Some(x), Some(y)) => (x?, y?),
            _ => return Ok(singletons::not_implemented()),
        }
    };
}

fn zero_division() -> PyErr {
    PyErr::new(&ZERO_DIVISION_ERROR, "division by zero")
}

pub fn add(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(new(x + y))
}

pub fn sub(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(new(x - y))
}

pub fn mul(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(new(x * y))
}

pub fn truediv(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if y == 0.0 {
        return Err(zero_division());
    }
    Ok(new(x / y))
}

/// Python's float modulo: the result has the divisor's sign.
pub fn mod_f64(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float `divmod` (`y != 0`): floor quotient and modulo, with the
/// quotient corrected for the rounding of `(x - m) / y`.
pub fn divmod_f64(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let q = if div != 0.0 {
        let mut q = div.floor();
        if div - q > 0.5 {
            q += 1.0;
        }
        q
    } else {
        0.0f64.copysign(x / y)
    };
    (q, m)
}

pub fn floordiv(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if y == 0.0 {
        return Err(zero_division());
    }
    Ok(new(divmod_f64(x, y).0))
}

pub fn rem(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if y == 0.0 {
        return Err(zero_division());
    }
    Ok(new(mod_f64(x, y)))
}

pub fn divmod(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if y == 0.0 {
        return Err(zero_division());
    }
    let (q, m) = divmod_f64(x, y);
    Ok(tuple::new(vec![new(q), new(m)]))
}

pub fn pow(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    pow_values(x, y)
}

fn pow3(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if m.is(&singletons::none()) {
        return pow(a, b);
    }
    Err(PyErr::new(
        &crate::types::exceptions::TYPE_ERROR,
        "pow() 3rd argument not allowed unless all arguments are integers",
    ))
}

fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && y.fract() == 0.0 && (y / 2.0).fract() != 0.0
}

/// `x ** y` for floats, with CPython's special cases and errors.
pub fn pow_values(x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(new(1.0));
    }
    if x.is_nan() {
        return Ok(new(x));
    }
    if y.is_nan() {
        return Ok(new(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(new(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(new(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(PyErr::new(&ZERO_DIVISION_ERROR, "zero to a negative power"));
        }
        return Ok(new(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let (base, negate) = if x < 0.0 {
        if y.fract() != 0.0 {
            // A negative base to a fractional power is complex.
            let (re, im) = crate::interp::complex::pow_pair((x, 0.0), (y, 0.0))?;
            return Ok(crate::interp::complex::new(re, im));
        }
        (-x, is_odd_integer(y))
    } else {
        (x, false)
    };
    if base == 1.0 {
        return Ok(new(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(PyErr::with_args(
            &OVERFLOW_ERROR,
            vec![
                int::from_i64(34),
                pystr::new("Numerical result out of range"),
            ],
        ));
    }
    Ok(new(if negate { -r } else { r }))
}

fn unary(v: &Value, f: fn(f64) -> f64) -> PyResult<Value> {
    match as_f64(v) {
        Some(x) => Ok(new(f(x))),
        None => Ok(singletons::not_implemented()),
    }
}

fn float_neg(v: &Value) -> PyResult<Value> {
    unary(v, |x| -x)
}

fn float_pos(v: &Value) -> PyResult<Value> {
    unary(v, |x| x)
}

fn float_abs(v: &Value) -> PyResult<Value> {
    unary(v, f64::abs)
}

fn float_bool(v: &Value) -> PyResult<bool> {
    Ok(as_f64(v).is_some_and(|x| x != 0.0))
}

/// `int(x)` for a float: truncation.
pub fn to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "cannot convert float NaN to integer",
        ));
    }
    if x.is_infinite() {
        return Err(PyErr::new(
            &OVERFLOW_ERROR,
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.0e15 {
        return Ok(int::from_i64(t as i64));
    }
    Ok(int::from_big(Big::from_f64_trunc(t)))
}

fn float_int(v: &Value) -> PyResult<Value> {
    match as_f64(v) {
        Some(x) => to_int(x),
        None => Ok(singletons::not_implemented()),
    }
}

fn float_float(v: &Value) -> PyResult<Value> {
    match as_f64(v) {
        Some(_) if v.is_exact(&FLOAT_TYPE) => Ok(v.clone()),
        Some(x) => Ok(new(x)),
        None => Ok(singletons::not_implemented()),
    }
}

fn float_hash(v: &Value) -> PyResult<i64> {
    let x = as_f64(v).unwrap_or(f64::NAN);
    Ok(hash::hash_f64(x).unwrap_or_else(|| hash::hash_pointer(crate::types::object::address(v))))
}

/// Exact comparison of a float with an int; `None` when `f` is NaN.
pub fn cmp_with_int(f: f64, i: IntRef<'_>) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    const EXACT: i64 = 1 << 53;
    if let IntRef::Small(i) = i {
        if (-EXACT..=EXACT).contains(&i) {
            return f.partial_cmp(&(i as f64));
        }
    }
    // Compare the integer part exactly, then the fraction breaks a tie.
    let floor = f.floor();
    let ord = Big::from_f64_trunc(floor).cmp(&i.to_big());
    Some(match ord {
        Ordering::Equal if f > floor => Ordering::Greater,
        ord => ord,
    })
}

fn richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let Some(x) = as_f64(a) else {
        return Ok(singletons::not_implemented());
    };
    let ord = if let Some(y) = as_f64(b) {
        x.partial_cmp(&y)
    } else if let Some(i) = int::as_int(b) {
        cmp_with_int(x, i)
    } else {
        return Ok(singletons::not_implemented());
    };
    Ok(singletons::bool(match ord {
        Some(ord) => op.test(ord),
        None => op == CompareOp::Ne,
    }))
}

/// `float(text)`: a decimal or `inf`/`infinity`/`nan` with an optional
/// sign, Unicode digits and whitespace, and underscores between digits;
/// `None` when malformed.
pub fn parse_str(text: &str) -> Option<f64> {
    let ascii;
    let s = if text.is_ascii() {
        text
    } else {
        ascii = int::transform_to_ascii(text);
        &ascii
    };
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace() || ('\x1c'..='\x1f').contains(&c));
    let b = s.as_bytes();
    let digit_at = |i: Option<usize>| i.and_then(|i| b.get(i)).is_some_and(u8::is_ascii_digit);
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' && !(digit_at(i.checked_sub(1)) && digit_at(Some(i + 1))) {
            return None;
        }
    }
    let cleaned: String = s.chars().filter(|&c| c != '_').collect();
    // Rust's grammar matches Python's apart from these.
    if cleaned.is_empty()
        || cleaned.contains(|c: char| !c.is_ascii_alphanumeric() && !"+-.".contains(c))
    {
        return None;
    }
    cleaned.parse::<f64>().ok()
}

/// The decimal digits of `a >= 0` and the exponent of the first one:
/// `decimals` digits after the first (correctly rounded), or the shortest
/// digits that round-trip when `None`.
fn sci_digits(a: f64, decimals: Option<usize>) -> (String, i32) {
    let sci = match decimals {
        Some(d) => format!("{a:.d$e}"),
        None => format!("{a:e}"),
    };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let exp = exp.parse().unwrap_or(0);
    match decimals {
        Some(_) => (digits, exp),
        None => shortest_tie_to_even(a, digits, exp),
    }
}

/// Rust's shortest digits break an exact tie between two equally near
/// shortest strings upwards; CPython's (David Gay's) take the one whose
/// last digit is even, as `repr(2.0**-25)` = '2.9802322387695312e-08'
/// shows. `digits` (no trailing zeros) times `10**(exp + 1 - len)` is
/// Rust's choice for `a`.
fn shortest_tie_to_even(a: f64, digits: String, exp: i32) -> (String, i32) {
    let (Ok(d), true) = (digits.parse::<u64>(), digits.len() >= 2) else {
        return (digits, exp);
    };
    if d % 2 == 0 {
        return (digits, exp);
    }
    let scale = exp + 1 - digits.len() as i32;
    // The neighbour whose midpoint with `d` is exactly `a`, if any.
    let other = if is_exact_half(a, 2 * d - 1, scale) {
        d - 1
    } else if is_exact_half(a, 2 * d + 1, scale) {
        d + 1
    } else {
        return (digits, exp);
    };
    // `other` has the same number of digits unless it is a power of ten.
    let text = other.to_string();
    let exp = exp + text.len() as i32 - digits.len() as i32;
    let kept = text.trim_end_matches('0');
    let candidate = format!("{}.{}e{exp}", &kept[..1], &kept[1..]);
    if candidate.parse::<f64>() == Ok(a) {
        (kept.to_string(), exp)
    } else {
        (digits, exp)
    }
}

/// Whether `a` is exactly `odd / 2 * 10**scale` (`odd` odd).
fn is_exact_half(a: f64, odd: u64, scale: i32) -> bool {
    // a = m * 2**e with m odd.
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if m == 0 {
        return false;
    }
    let zeros = m.trailing_zeros();
    m >>= zeros;
    e += zeros as i32;
    // odd * 5**scale * 2**(scale - 1) == m * 2**e, both sides' odd parts
    // and powers of two compared separately.
    let Some(pow5) = 5u128.checked_pow(scale.unsigned_abs()) else {
        return false;
    };
    let (lhs, rhs) = if scale >= 0 {
        (u128::from(odd).checked_mul(pow5), Some(u128::from(m)))
    } else {
        (Some(u128::from(odd)), u128::from(m).checked_mul(pow5))
    };
    e == scale - 1 && lhs.is_some() && lhs == rhs
}

/// Digits with the decimal point after `decpt` of them, in exponent or
/// positional notation; `alt` keeps a decimal point without fraction.
fn compose(digits: &str, decpt: i32, use_exp: bool, alt: bool) -> String {
    if use_exp {
        let (first, rest) = digits.split_at(1);
        let exp = decpt - 1;
        let dot = if rest.is_empty() && !alt { "" } else { "." };
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{first}{dot}{rest}e{sign}{:02}", exp.abs());
    }
    let n = digits.len() as i32;
    if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt >= n {
        let dot = if alt { "." } else { "" };
        format!("{digits}{}{dot}", "0".repeat((decpt - n) as usize))
    } else {
        let (int_part, frac) = digits.split_at(decpt as usize);
        format!("{int_part}.{frac}")
    }
}

/// CPython's `PyOS_double_to_string`: `code` is 'e', 'f', 'g' (upper case
/// for capitals) or 'r' (shortest round-trip, as `repr`); `alt` is the `#`
/// flag; `add_dot_0` makes integral results look like floats ("1.0") and
/// moves the switch to exponent notation one digit earlier, as the
/// format-spec type '' does.
pub fn format_f64(x: f64, code: char, precision: usize, alt: bool, add_dot_0: bool) -> String {
    let upper = code.is_ascii_uppercase();
    let sign = if x.is_sign_negative() && !x.is_nan() {
        "-"
    } else {
        ""
    };
    let body = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        let a = x.abs();
        let mut body = match code.to_ascii_lowercase() {
            'e' => {
                let (digits, exp) = sci_digits(a, Some(precision));
                compose(&digits, exp + 1, true, alt)
            }
            'f' => {
                let s = format!("{a:.precision$}");
                if alt && precision == 0 {
                    s + "."
                } else {
                    s
                }
            }
            'g' => {
                let p = precision.max(1);
                let (mut digits, exp) = sci_digits(a, Some(p - 1));
                if !alt {
                    let kept = digits.trim_end_matches('0').len().max(1);
                    digits.truncate(kept);
                }
                let decpt = exp + 1;
                let limit = p as i32 - i32::from(add_dot_0);
                compose(&digits, decpt, decpt <= -4 || decpt > limit, alt)
            }
            _ => {
                let (digits, exp) = sci_digits(a, None);
                let decpt = exp + 1;
                compose(&digits, decpt, decpt <= -4 || decpt > 16, alt)
            }
        };
        if add_dot_0 && !body.contains(['.', 'e']) {
            body.push_str(".0");
        }
        body
    };
    let out = format!("{sign}{body}");
    if upper {
        out.to_ascii_uppercase()
    } else {
        out
    }
}

/// `repr(x)`: the shortest string that round-trips, in CPython's format
/// (exponent notation when the decimal exponent is < -4 or >= 16).
pub fn repr_f64(x: f64) -> String {
    format_f64(x, 'r', 0, false, true)
}

fn float_repr(v: &Value) -> PyResult<Value> {
    Ok(pystr::new(&repr_f64(as_f64(v).unwrap_or(f64::NAN))))
}

const fn number_slots() -> [Option<BinaryFn>; NUM_BINOPS] {
    let mut n: [Option<BinaryFn>; NUM_BINOPS] = [None; NUM_BINOPS];
    n[BinOp::Add as usize] = Some(add);
    n[BinOp::Sub as usize] = Some(sub);
    n[BinOp::Mul as usize] = Some(mul);
    n[BinOp::TrueDiv as usize] = Some(truediv);
    n[BinOp::FloorDiv as usize] = Some(floordiv);
    n[BinOp::Rem as usize] = Some(rem);
    n[BinOp::Pow as usize] = Some(pow);
    n
}

pub static FLOAT_TYPE: TypeObject = TypeObject::new_static(
    "float",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::LEAF,
    Slots {
        hash: Some(float_hash),
        repr: Some(float_repr),
        richcompare: Some(richcompare),
        getattr: Some(crate::types::object::generic_getattr),
        number: number_slots(),
        divmod: Some(divmod),
        pow3: Some(pow3),
        neg: Some(float_neg),
        pos: Some(float_pos),
        abs: Some(float_abs),
        bool: Some(float_bool),
        int: Some(float_int),
        float: Some(float_float),
        ..Slots::new(dealloc_recycle::<FloatObject>)
    },
);
