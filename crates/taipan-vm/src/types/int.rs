//! `int`: small ints live inline in the `Value` word; the rest are heap
//! objects holding a [`Big`]. Exact `int` objects are canonical: a heap int
//! never holds a value of the small range. `bool` objects (and later
//! instances of `int` subclasses) share the heap layout and may hold any
//! value.

use std::cmp::Ordering;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use unicode_general_category::{get_general_category, GeneralCategory};

use crate::error::{PyErr, PyResult};
use crate::hash;
use crate::object::payload::dealloc_box;
use crate::object::{
    tpflags, BinOp, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value, NUM_BINOPS,
};
use crate::types::bigint::Big;
use crate::types::exceptions::{MEMORY_ERROR, OVERFLOW_ERROR, VALUE_ERROR, ZERO_DIVISION_ERROR};
use crate::types::{float, singletons, str as pystr, tuple};

/// The storage of a heap int.
pub enum IntData {
    /// Only in `bool` and subclass instances.
    Small(i64),
    Big(Big),
}

#[repr(C)]
pub struct IntObject {
    header: ObjHeader,
    data: IntData,
}

// SAFETY: `#[repr(C)]`, header first; `int`, `bool` and int subclasses use
// this layout.
unsafe impl PyPayload for IntObject {
    fn type_object() -> &'static TypeObject {
        &INT_TYPE
    }
}

impl IntObject {
    /// For the static `True` / `False`.
    pub(crate) const fn new_static(ty: &'static TypeObject, value: i64) -> IntObject {
        IntObject {
            header: ObjHeader::new_static(ty),
            data: IntData::Small(value),
        }
    }
}

/// An int operand, borrowed.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a Big),
}

impl IntRef<'_> {
    pub fn to_big(self) -> Big {
        match self {
            IntRef::Small(i) => Big::from_i64(i),
            IntRef::Big(b) => b.clone(),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    /// Correctly rounded; `OverflowError` when too large.
    pub fn to_f64(self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(i as f64),
            IntRef::Big(b) => b
                .to_f64()
                .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "int too large to convert to float")),
        }
    }
}

/// The int value of an `int` (or `bool`, or int subclass instance).
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    let obj = v.downcast::<IntObject>()?;
    Some(match &obj.data {
        IntData::Small(i) => IntRef::Small(*i),
        IntData::Big(b) => IntRef::Big(b),
    })
}

/// Allocations of heap ints, for tests that check the small-int paths
/// allocate nothing.
static HEAP_INTS_CREATED: AtomicUsize = AtomicUsize::new(0);

pub fn heap_ints_created() -> usize {
    HEAP_INTS_CREATED.load(AtomicOrdering::Relaxed)
}

/// An int from an `i64`.
#[inline]
pub fn from_i64(i: i64) -> Value {
    match Value::small_int(i) {
        Some(v) => v,
        None => new_heap(Big::from_i64(i)),
    }
}

pub fn from_i128(i: i128) -> Value {
    match i64::try_from(i).ok().and_then(Value::small_int) {
        Some(v) => v,
        None => new_heap(Big::from_i128(i)),
    }
}

pub fn from_u64(u: u64) -> Value {
    match i64::try_from(u).ok().and_then(Value::small_int) {
        Some(v) => v,
        None => new_heap(Big::from_u64(u)),
    }
}

/// An int from a bignum, small when it fits.
pub fn from_big(b: Big) -> Value {
    match b.to_i64().and_then(Value::small_int) {
        Some(v) => v,
        None => new_heap(b),
    }
}

fn new_heap(b: Big) -> Value {
    HEAP_INTS_CREATED.fetch_add(1, AtomicOrdering::Relaxed);
    Value::from_box(Box::new(IntObject {
        header: ObjHeader::new(&INT_TYPE),
        data: IntData::Big(b),
    }))
}

/// A new heap int object even for a small value (the layout that instances
/// of int subclasses are made from).
pub fn new_boxed(r: IntRef<'_>) -> Value {
    Value::from_box(Box::new(IntObject {
        header: ObjHeader::new(&INT_TYPE),
        data: match r {
            IntRef::Small(i) => IntData::Small(i),
            IntRef::Big(b) => IntData::Big(b.clone()),
        },
    }))
}

fn from_ref(r: IntRef<'_>) -> Value {
    match r {
        IntRef::Small(i) => from_i64(i),
        IntRef::Big(b) => from_big(b.clone()),
    }
}

/// Limit on the number of decimal digits converted to or from `str`
/// (`sys.set_int_max_str_digits`); 0 means no limit.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(AtomicOrdering::Relaxed)
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, AtomicOrdering::Relaxed);
}

/// Results larger than this many bits raise `MemoryError` instead of
/// attempting the allocation.
const MAX_RESULT_BITS: u64 = 1 << 35;

fn memory_error() -> PyErr {
    PyErr::with_args(&MEMORY_ERROR, Vec::new())
}

fn zero_division() -> PyErr {
    PyErr::new(&ZERO_DIVISION_ERROR, "division by zero")
}

macro_rules! operands {
    ($a:expr, $b:expr) => {
        match (as_int($a), as_int($b)) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok(singletons::not_implemented()),
        }
    };
}

/// `a + b` for ints; `NotImplemented` for other operands.
#[inline]
pub fn add(a: &Value, b: &Value) -> PyResult<Value> {
    let (ra, rb) = (a.raw(), b.raw());
    if ra.is_small_int() && rb.is_small_int() {
        if let Some(v) = ra.small_add(rb).and_then(Value::from_small_raw) {
            return Ok(v);
        }
    }
    let (x, y) = operands!(a, b);
    Ok(match (x, y) {
        (IntRef::Small(x), IntRef::Small(y)) => from_i64(x + y),
        _ => from_big(x.to_big().add(&y.to_big())),
    })
}

#[inline]
pub fn sub(a: &Value, b: &Value) -> PyResult<Value> {
    let (ra, rb) = (a.raw(), b.raw());
    if ra.is_small_int() && rb.is_small_int() {
        if let Some(v) = ra.small_sub(rb).and_then(Value::from_small_raw) {
            return Ok(v);
        }
    }
    let (x, y) = operands!(a, b);
    Ok(match (x, y) {
        (IntRef::Small(x), IntRef::Small(y)) => from_i64(x - y),
        _ => from_big(x.to_big().sub(&y.to_big())),
    })
}

#[inline]
pub fn mul(a: &Value, b: &Value) -> PyResult<Value> {
    let (ra, rb) = (a.raw(), b.raw());
    if ra.is_small_int() && rb.is_small_int() {
        if let Some(v) = ra.small_mul(rb).and_then(Value::from_small_raw) {
            return Ok(v);
        }
    }
    let (x, y) = operands!(a, b);
    Ok(match (x, y) {
        (IntRef::Small(x), IntRef::Small(y)) => from_i128(x as i128 * y as i128),
        _ => from_big(x.to_big().mul(&y.to_big())),
    })
}

/// Floor division and modulo of small ints (`y != 0`).
#[inline]
fn divmod_i64(x: i64, y: i64) -> (i64, i64) {
    // |x|, |y| < 2**62, so neither `/` nor `%` overflows.
    let (q, r) = (x / y, x % y);
    if r != 0 && ((r < 0) != (y < 0)) {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}

fn divmod_refs(x: IntRef<'_>, y: IntRef<'_>) -> PyResult<(Value, Value)> {
    if y.is_zero() {
        return Err(zero_division());
    }
    Ok(match (x, y) {
        (IntRef::Small(x), IntRef::Small(y)) => {
            let (q, r) = divmod_i64(x, y);
            (from_i64(q), from_i64(r))
        }
        _ => {
            let (q, r) = x.to_big().div_mod_floor(&y.to_big());
            (from_big(q), from_big(r))
        }
    })
}

pub fn floordiv(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if y != 0 {
            return Ok(from_i64(divmod_i64(x, y).0));
        }
    }
    Ok(divmod_refs(x, y)?.0)
}

pub fn rem(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if y != 0 {
            return Ok(from_i64(divmod_i64(x, y).1));
        }
    }
    Ok(divmod_refs(x, y)?.1)
}

/// `divmod(a, b)` as a tuple.
pub fn divmod(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    let (q, r) = divmod_refs(x, y)?;
    Ok(tuple::new(vec![q, r]))
}

/// `a / b`: a correctly rounded float.
pub fn truediv(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if y.is_zero() {
        return Err(zero_division());
    }
    const EXACT: i64 = 1 << 53;
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if (-EXACT..=EXACT).contains(&x) && (-EXACT..=EXACT).contains(&y) {
            // Both convert exactly, so the float division rounds once.
            return Ok(float::new(x as f64 / y as f64));
        }
    }
    match x.to_big().true_div(&y.to_big()) {
        Some(f) => Ok(float::new(f)),
        None => Err(PyErr::new(
            &OVERFLOW_ERROR,
            "integer division result too large for a float",
        )),
    }
}

/// `a ** b` (two arguments). A negative exponent gives a float.
pub fn pow(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    if y.is_negative() {
        return float::pow_values(x.to_f64()?, y.to_f64()?);
    }
    if let (IntRef::Small(base), IntRef::Small(exp)) = (x, y) {
        if let Ok(exp) = u32::try_from(exp) {
            if let Some(r) = base.checked_pow(exp) {
                return Ok(from_i64(r));
            }
        }
    }
    let base = x.to_big();
    // 0, 1 and -1 stay small for any exponent.
    if let Some(b @ -1..=1) = base.to_i64() {
        let odd = match y {
            IntRef::Small(e) => e & 1 == 1,
            IntRef::Big(e) => e.magnitude_bit(0),
        };
        return Ok(from_i64(match (b, y.is_zero()) {
            (_, true) => 1,
            (-1, false) => {
                if odd {
                    -1
                } else {
                    1
                }
            }
            (b, false) => b,
        }));
    }
    let exp = match y.to_i64().and_then(|e| u32::try_from(e).ok()) {
        Some(e) if base.bits().saturating_mul(e as u64) <= MAX_RESULT_BITS => e,
        _ => return Err(memory_error()),
    };
    Ok(from_big(base.pow(exp)))
}

/// `pow(a, b, m)`.
pub fn pow3(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let (Some(x), Some(y), Some(z)) = (as_int(a), as_int(b), as_int(m)) else {
        return Ok(singletons::not_implemented());
    };
    if z.is_zero() {
        return Err(PyErr::new(&VALUE_ERROR, "pow() 3rd argument cannot be 0"));
    }
    let modulus = z.to_big();
    let negative_mod = modulus.is_negative();
    let modulus = modulus.abs();
    let mut base = x.to_big();
    let mut exp = y.to_big();
    if exp.is_negative() {
        base = base.modinv(&modulus).ok_or_else(|| {
            PyErr::new(&VALUE_ERROR, "base is not invertible for the given modulus")
        })?;
        exp = exp.neg();
    }
    let mut r = base.modpow(&exp, &modulus);
    if negative_mod && !r.is_zero() {
        r = r.sub(&modulus);
    }
    Ok(from_big(r))
}

fn shift_count(y: IntRef<'_>) -> PyResult<Option<u64>> {
    if y.is_negative() {
        return Err(PyErr::new(&VALUE_ERROR, "negative shift count"));
    }
    Ok(match y {
        IntRef::Small(n) => Some(n as u64),
        IntRef::Big(b) => b.to_u64(),
    })
}

pub fn lshift(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    let count = shift_count(y)?;
    if x.is_zero() {
        return Ok(from_i64(0));
    }
    let Some(n) = count.filter(|&n| n <= i64::MAX as u64) else {
        return Err(PyErr::new(&OVERFLOW_ERROR, "too many digits in integer"));
    };
    if let IntRef::Small(x) = x {
        if n < 64 {
            let wide = (x as i128) << n;
            if wide >> n == x as i128 {
                return Ok(from_i128(wide));
            }
        }
    }
    let big = x.to_big();
    if big.bits().saturating_add(n) > MAX_RESULT_BITS {
        return Err(memory_error());
    }
    Ok(from_big(big.shl(n)))
}

pub fn rshift(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    let count = shift_count(y)?;
    Ok(match (x, count) {
        (IntRef::Small(x), Some(n)) => from_i64(x >> n.min(63)),
        (_, None) => from_i64(if x.is_negative() { -1 } else { 0 }),
        (x, Some(n)) => from_big(x.to_big().shr(n)),
    })
}

fn bitwise(
    a: &Value,
    b: &Value,
    small: fn(i64, i64) -> i64,
    big: fn(&Big, &Big) -> Big,
) -> PyResult<Value> {
    let (x, y) = operands!(a, b);
    Ok(match (x, y) {
        (IntRef::Small(x), IntRef::Small(y)) => from_i64(small(x, y)),
        _ => from_big(big(&x.to_big(), &y.to_big())),
    })
}

pub fn and(a: &Value, b: &Value) -> PyResult<Value> {
    bitwise(a, b, |x, y| x & y, Big::and)
}

pub fn or(a: &Value, b: &Value) -> PyResult<Value> {
    bitwise(a, b, |x, y| x | y, Big::or)
}

pub fn xor(a: &Value, b: &Value) -> PyResult<Value> {
    bitwise(a, b, |x, y| x ^ y, Big::xor)
}

fn unary(v: &Value, small: fn(i64) -> i64, big: fn(&Big) -> Big) -> PyResult<Value> {
    match as_int(v) {
        // |x| < 2**62: negation and inversion cannot overflow an i64.
        Some(IntRef::Small(x)) => Ok(from_i64(small(x))),
        Some(IntRef::Big(b)) => Ok(from_big(big(b))),
        None => Ok(singletons::not_implemented()),
    }
}

pub fn neg(v: &Value) -> PyResult<Value> {
    unary(v, |x| -x, Big::neg)
}

pub fn invert(v: &Value) -> PyResult<Value> {
    unary(v, |x| !x, |b| b.neg().sub(&Big::from_i64(1)))
}

pub fn abs(v: &Value) -> PyResult<Value> {
    unary(v, i64::abs, Big::abs)
}

/// `+v`, `int(v)`, `operator.index(v)`: the value as an exact int.
pub fn to_exact_int(v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(r) => Ok(from_ref(r)),
        None => Ok(singletons::not_implemented()),
    }
}

fn int_bool(v: &Value) -> PyResult<bool> {
    Ok(as_int(v).is_some_and(|r| !r.is_zero()))
}

fn int_float(v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(r) => Ok(float::new(r.to_f64()?)),
        None => Ok(singletons::not_implemented()),
    }
}

pub fn hash(v: &Value) -> PyResult<i64> {
    Ok(match as_int(v) {
        Some(IntRef::Small(i)) => hash::hash_i64(i),
        Some(IntRef::Big(b)) => hash::hash_magnitude(b.is_negative(), &b.magnitude_digits()),
        None => hash::hash_pointer(crate::types::object::address(v)),
    })
}

/// Compares two ints.
pub fn cmp(x: IntRef<'_>, y: IntRef<'_>) -> Ordering {
    match (x, y) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        (IntRef::Big(x), IntRef::Small(y)) => x.cmp_i64(y),
        (IntRef::Small(x), IntRef::Big(y)) => y.cmp_i64(x).reverse(),
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
    }
}

pub fn richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (ra, rb) = (a.raw(), b.raw());
    if ra.is_small_int() && rb.is_small_int() {
        // The tagged words order as the ints do.
        return Ok(singletons::bool(
            op.test((ra.bits() as i64).cmp(&(rb.bits() as i64))),
        ));
    }
    let (x, y) = operands!(a, b);
    Ok(singletons::bool(op.test(cmp(x, y))))
}

/// Decimal representation, subject to the digit limit.
pub fn to_decimal_string(r: IntRef<'_>) -> PyResult<String> {
    match r {
        IntRef::Small(i) => Ok(i.to_string()),
        IntRef::Big(b) => {
            let limit = max_str_digits();
            // 10**limit needs more than limit * log2(10) bits.
            let too_long = || {
                PyErr::new(
                    &VALUE_ERROR,
                    format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion; \
                         use sys.set_int_max_str_digits() to increase the limit"
                    ),
                )
            };
            if limit > 0 && b.bits() > (limit as u64) * 3322 / 1000 + 2 {
                return Err(too_long());
            }
            let s = b.to_str_radix(10);
            let digits = s.len() - b.is_negative() as usize;
            if limit > 0 && digits > limit {
                return Err(too_long());
            }
            Ok(s)
        }
    }
}

fn int_repr(v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(r) => Ok(pystr::new(&to_decimal_string(r)?)),
        None => Ok(pystr::new("<int>")),
    }
}

/// `int(text, base)`: CPython's literal rules (surrounding whitespace, a
/// sign, a base prefix matching `base` or any prefix for base 0,
/// underscores between digits).
pub fn from_str(text: &str, base: u32) -> PyResult<Value> {
    from_text(text, base, &|| {
        crate::ops::repr(&pystr::new(text))
            .map(|r| pystr::to_string_lossy(&r))
            .unwrap_or_default()
    })
}

/// `from_str` for any text object; `shown` gives the object's repr for
/// the error message.
pub fn from_text(text: &str, base: u32, shown: &dyn Fn() -> String) -> PyResult<Value> {
    if base == 1 || base > 36 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let invalid = || {
        let r: String = shown().chars().take(200).collect();
        PyErr::new(
            &VALUE_ERROR,
            format!("invalid literal for int() with base {base}: {r}"),
        )
    };
    let ascii;
    let s = if text.is_ascii() {
        text
    } else {
        ascii = transform_to_ascii(text);
        &ascii
    };
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace() || ('\x1c'..='\x1f').contains(&c));
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 0,
    };
    let (radix, mut body, had_prefix) = if prefix_base != 0 && (base == 0 || base == prefix_base) {
        (prefix_base, &s[2..], true)
    } else {
        (if base == 0 { 10 } else { base }, s, false)
    };
    // An underscore may follow a prefix directly.
    if had_prefix {
        if let Some(rest) = body.strip_prefix('_') {
            body = rest;
        }
    }
    let mut digits = Vec::with_capacity(body.len());
    let mut prev_underscore = true;
    for &c in body.as_bytes() {
        if c == b'_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
            continue;
        }
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'z' => c - b'a' + 10,
            b'A'..=b'Z' => c - b'A' + 10,
            _ => return Err(invalid()),
        };
        if d as u32 >= radix {
            return Err(invalid());
        }
        digits.push(c);
        prev_underscore = false;
    }
    if digits.is_empty() || prev_underscore {
        return Err(invalid());
    }
    // Base 0 forbids leading zeros in a nonzero decimal literal.
    if base == 0 && !had_prefix && digits[0] == b'0' && digits.iter().any(|&d| d != b'0') {
        return Err(invalid());
    }
    let limit = max_str_digits();
    if limit > 0 && !radix.is_power_of_two() && digits.len() > limit {
        return Err(PyErr::new(
            &VALUE_ERROR,
            format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {} digits; use sys.set_int_max_str_digits() to increase the limit",
                digits.len()
            ),
        ));
    }
    if digits.len() <= 18 && radix == 10 {
        let mut n: i64 = 0;
        for &d in &digits {
            n = n * 10 + (d - b'0') as i64;
        }
        return Ok(from_i64(if negative { -n } else { n }));
    }
    let magnitude = Big::parse_digits(&digits, radix).ok_or_else(invalid)?;
    Ok(from_big(if negative { magnitude.neg() } else { magnitude }))
}

/// Maps Unicode decimal digits to ASCII digits and Unicode whitespace to
/// spaces (as `int()` and `float()` accept them); other non-ASCII
/// characters become '?'.
pub fn transform_to_ascii(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if c.is_whitespace() {
                ' '
            } else if let Some(d) = decimal_value(c) {
                (b'0' + d) as char
            } else {
                '?'
            }
        })
        .collect()
}

fn is_decimal(c: char) -> bool {
    get_general_category(c) == GeneralCategory::DecimalNumber
}

/// The value of a decimal digit (category Nd). Unicode allocates decimal
/// digits in contiguous runs of ten, zero first, so the value is the
/// number of digits just before it, modulo 10.
fn decimal_value(c: char) -> Option<u8> {
    if !is_decimal(c) {
        return None;
    }
    let mut run = 0u32;
    let mut cp = c as u32;
    while run < 100 {
        match cp.checked_sub(1).and_then(char::from_u32) {
            Some(prev) if is_decimal(prev) => {
                run += 1;
                cp -= 1;
            }
            _ => break,
        }
    }
    Some((run % 10) as u8)
}

const fn number_slots() -> [Option<crate::object::BinaryFn>; NUM_BINOPS] {
    let mut n: [Option<crate::object::BinaryFn>; NUM_BINOPS] = [None; NUM_BINOPS];
    n[BinOp::Add as usize] = Some(add);
    n[BinOp::Sub as usize] = Some(sub);
    n[BinOp::Mul as usize] = Some(mul);
    n[BinOp::FloorDiv as usize] = Some(floordiv);
    n[BinOp::Rem as usize] = Some(rem);
    n[BinOp::TrueDiv as usize] = Some(truediv);
    n[BinOp::Pow as usize] = Some(pow);
    n[BinOp::LShift as usize] = Some(lshift);
    n[BinOp::RShift as usize] = Some(rshift);
    n[BinOp::And as usize] = Some(and);
    n[BinOp::Or as usize] = Some(or);
    n[BinOp::Xor as usize] = Some(xor);
    n
}

pub(crate) const INT_SLOTS: Slots = Slots {
    hash: Some(hash),
    repr: Some(int_repr),
    richcompare: Some(richcompare),
    getattr: Some(crate::types::object::generic_getattr),
    number: number_slots(),
    divmod: Some(divmod),
    pow3: Some(pow3),
    neg: Some(neg),
    pos: Some(to_exact_int),
    invert: Some(invert),
    abs: Some(abs),
    bool: Some(int_bool),
    int: Some(to_exact_int),
    float: Some(int_float),
    index: Some(to_exact_int),
    ..Slots::new(dealloc_box::<IntObject>)
};

pub static INT_TYPE: TypeObject = TypeObject::new_static(
    "int",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::INT_SUBCLASS | tpflags::LEAF,
    INT_SLOTS,
);
