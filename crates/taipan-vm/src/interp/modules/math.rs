//! The `math` module, with CPython 3.14's special cases and error
//! messages. Integer functions (`isqrt`, `comb`, `perm`, `factorial`,
//! `gcd`, `lcm`, `prod`) work on arbitrary-precision ints.

use super::*;
use crate::object::BinOp;
use crate::types::exceptions::OVERFLOW_ERROR;

// The C library's special functions (glibc's libm, linked by std).
extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma_r(x: f64, sign: *mut i32) -> f64;
}

/// A real number argument as f64.
pub(super) fn f(v: &Value) -> PyResult<f64> {
    if let Some(x) = crate::interp::builtins::real_value(v)? {
        return Ok(x);
    }
    Err(type_error(format!(
        "must be real number, not {}",
        v.type_of().name
    )))
}

/// An integer argument (floats rejected, as `__index__` does).
fn index(v: &Value) -> PyResult<Value> {
    if int::as_int(v).is_some() {
        return Ok(v.clone());
    }
    if let Some(m) = attrs::lookup_special(v, "__index__")? {
        let r = crate::interp::call_object(&attrs::bind(m, v)?, &[], &[])?;
        if int::as_int(&r).is_some() {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_of().name
    )))
}

fn is_negative(v: &Value) -> bool {
    int::as_int(v).is_some_and(|i| i.to_big().is_negative())
}

/// Checks the argument count (and that no keywords are given) with
/// CPython's messages for METH_O and fast-call functions.
fn nargs(name: &str, a: &[Value], k: &[Value], lo: usize, hi: usize) -> PyResult<()> {
    if !k.is_empty() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    crate::interp::builtins::check_count("math.", name, a.len(), lo, hi)
}

fn domain() -> PyErr {
    PyErr::new(&VALUE_ERROR, "math domain error")
}

fn range_error() -> PyErr {
    PyErr::new(&OVERFLOW_ERROR, "math range error")
}

/// How a one-argument function reports a domain error.
#[derive(Clone, Copy)]
enum Domain {
    Plain,
    /// A message followed by ", got X".
    Got(&'static str),
    /// A message alone.
    Only(&'static str),
}

fn domain_error(d: Domain, x: f64) -> PyErr {
    match d {
        Domain::Plain => domain(),
        Domain::Got(m) => PyErr::new(&VALUE_ERROR, format!("{m}, got {}", float::repr_f64(x))),
        Domain::Only(m) => PyErr::new(&VALUE_ERROR, m),
    }
}

/// CPython's `math_1`: NaN out of a non-NaN input is a domain error, an
/// infinity out of a finite input a range error (or a domain error for
/// functions with a pole).
fn math_1(x: f64, r: f64, overflows: bool, d: Domain) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(d, x));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if overflows {
            range_error()
        } else {
            domain_error(d, x)
        });
    }
    Ok(float::new(r))
}

macro_rules! unary {
    ($($name:ident, $py:literal, $overflows:expr, $domain:expr, $e:expr;)*) => {
        $(fn $name(a: &[Value], k: &[Value]) -> PyResult<Value> {
            nargs($py, a, k, 1, 1)?;
            let x = f(&a[0])?;
            let g: fn(f64) -> f64 = $e;
            math_1(x, g(x), $overflows, $domain)
        })*
    };
}

const FINITE: Domain = Domain::Got("expected a finite input");
const POSITIVE: Domain = Domain::Only("expected a positive input");
const UNIT: Domain = Domain::Got("expected a number in range from -1 up to 1");

unary! {
    m_sqrt, "sqrt", false, Domain::Got("expected a nonnegative input"), f64::sqrt;
    m_cbrt, "cbrt", false, Domain::Plain, c_cbrt;
    m_exp, "exp", true, Domain::Plain, f64::exp;
    m_exp2, "exp2", true, Domain::Plain, f64::exp2;
    m_expm1, "expm1", true, Domain::Plain, f64::exp_m1;
    m_sin, "sin", false, FINITE, f64::sin;
    m_cos, "cos", false, FINITE, f64::cos;
    m_tan, "tan", false, FINITE, f64::tan;
    m_asin, "asin", false, UNIT, f64::asin;
    m_acos, "acos", false, UNIT, f64::acos;
    m_atan, "atan", false, Domain::Plain, f64::atan;
    m_sinh, "sinh", true, Domain::Plain, f64::sinh;
    m_cosh, "cosh", true, Domain::Plain, f64::cosh;
    m_tanh, "tanh", false, Domain::Plain, f64::tanh;
    m_asinh, "asinh", false, Domain::Plain, f64::asinh;
    m_acosh, "acosh", false, Domain::Got("expected argument value not less than 1"), f64::acosh;
    m_atanh, "atanh", false, Domain::Got("expected a number between -1 and 1"), f64::atanh;
    m_log1p, "log1p", false, Domain::Got("expected argument value > -1"), f64::ln_1p;
    m_log2, "log2", false, POSITIVE, |x| if x <= 0.0 { f64::NAN } else { x.log2() };
    m_log10, "log10", false, POSITIVE, |x| if x <= 0.0 { f64::NAN } else { x.log10() };
    m_fabs, "fabs", false, Domain::Plain, f64::abs;
    m_degrees, "degrees", true, Domain::Plain, f64::to_degrees;
    m_radians, "radians", false, Domain::Plain, f64::to_radians;
    m_erf, "erf", false, Domain::Plain, c_erf;
    m_erfc, "erfc", false, Domain::Plain, c_erfc;
}

// Rust's runtime defines its own `cbrt` symbol, which a plain reference
// would bind to; the versioned name reaches glibc's, whose last bit
// CPython's results show (`cbrt(27)` is 3.0000000000000004).
#[cfg(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"))]
extern "C" {
    #[link_name = "cbrt@GLIBC_2.2.5"]
    fn glibc_cbrt(x: f64) -> f64;
}

#[cfg(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"))]
fn c_cbrt(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { glibc_cbrt(x) }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64")))]
fn c_cbrt(x: f64) -> f64 {
    x.cbrt()
}

fn c_erf(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { erf(x) }
}

fn c_erfc(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { erfc(x) }
}

const GAMMA_DOMAIN: Domain = Domain::Got("expected a noninteger or positive integer");

fn m_gamma(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("gamma", a, k, 1, 1)?;
    let x = f(&a[0])?;
    if x.is_finite() && x <= 0.0 && x == x.floor() {
        return Err(domain_error(GAMMA_DOMAIN, x));
    }
    // SAFETY: a pure libm function of one double.
    math_1(x, unsafe { tgamma(x) }, true, GAMMA_DOMAIN)
}

fn m_lgamma(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("lgamma", a, k, 1, 1)?;
    let x = f(&a[0])?;
    if x.is_finite() && x <= 0.0 && x == x.floor() {
        return Err(domain_error(GAMMA_DOMAIN, x));
    }
    let mut sign = 0i32;
    // SAFETY: the reentrant libm lgamma writes the sign to our local.
    let r = unsafe { lgamma_r(x, &mut sign) };
    math_1(x, r, true, GAMMA_DOMAIN)
}

fn m_isnan(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("isnan", a, k, 1, 1)?;
    Ok(singletons::bool(f(&a[0])?.is_nan()))
}
fn m_isinf(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("isinf", a, k, 1, 1)?;
    Ok(singletons::bool(f(&a[0])?.is_infinite()))
}
fn m_isfinite(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("isfinite", a, k, 1, 1)?;
    Ok(singletons::bool(f(&a[0])?.is_finite()))
}

/// `floor`/`ceil`/`trunc`: ints unchanged, floats rounded to an int,
/// other objects through their `__floor__`/`__ceil__`/`__trunc__`.
fn rounding(name: &str, a: &[Value], k: &[Value], op: fn(f64) -> f64) -> PyResult<Value> {
    nargs(name, a, k, 1, 1)?;
    let v = &a[0];
    if int::as_int(v).is_some() {
        return int::to_exact_int(v);
    }
    if let Some(x) = float::as_f64(v) {
        return float::to_int(op(x));
    }
    if let Some(m) = attrs::lookup_special(v, &format!("__{name}__"))? {
        return crate::interp::call_object(&attrs::bind(m, v)?, &[], &[]);
    }
    if name == "trunc" {
        return Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.type_of().name
        )));
    }
    float::to_int(op(f(v)?))
}
fn m_floor(a: &[Value], k: &[Value]) -> PyResult<Value> {
    rounding("floor", a, k, f64::floor)
}
fn m_ceil(a: &[Value], k: &[Value]) -> PyResult<Value> {
    rounding("ceil", a, k, f64::ceil)
}
fn m_trunc(a: &[Value], k: &[Value]) -> PyResult<Value> {
    rounding("trunc", a, k, f64::trunc)
}

fn m_log(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("log", a, k, 1, 2)?;
    let ln = |v: &Value| -> PyResult<f64> {
        // Huge ints: log of the value scaled down by a power of two.
        if let Some(i) = int::as_int(v) {
            let big = i.to_big();
            if big.is_negative() || big.is_zero() {
                return Err(domain_error(POSITIVE, 0.0));
            }
            if big.bits() > 1000 {
                let shift = big.bits() - 64;
                let top = big.shr(shift).to_f64().unwrap_or(f64::INFINITY);
                return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
            }
        }
        let x = f(v)?;
        if x.is_nan() {
            return Ok(x);
        }
        if x <= 0.0 {
            return Err(domain_error(POSITIVE, x));
        }
        Ok(x.ln())
    };
    let num = ln(&a[0])?;
    match a.get(1) {
        None => Ok(float::new(num)),
        Some(b) => {
            let den = ln(b)?;
            if den == 0.0 {
                return Err(PyErr::new(
                    &exceptions::ZERO_DIVISION_ERROR,
                    "division by zero",
                ));
            }
            Ok(float::new(num / den))
        }
    }
}

fn two(name: &str, a: &[Value], k: &[Value]) -> PyResult<(f64, f64)> {
    nargs(name, a, k, 2, 2)?;
    Ok((f(&a[0])?, f(&a[1])?))
}

fn m_pow(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (x, y) = two("pow", a, k)?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(float::new(r))
}
fn m_atan2(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (y, x) = two("atan2", a, k)?;
    Ok(float::new(y.atan2(x)))
}
fn m_copysign(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (x, y) = two("copysign", a, k)?;
    Ok(float::new(x.copysign(y)))
}
fn m_fmod(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (x, y) = two("fmod", a, k)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(float::new(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(float::new(r))
}
/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`
/// (ties to even).
fn m_remainder(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (x, y) = two("remainder", a, k)?;
    if x.is_nan() {
        return Ok(float::new(x));
    }
    if y.is_nan() {
        return Ok(float::new(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(float::new(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(float::new(1.0f64.copysign(x) * r))
}

fn m_hypot(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(type_error("math.hypot() takes no keyword arguments"));
    }
    let xs = a.iter().map(f).collect::<PyResult<Vec<f64>>>()?;
    Ok(float::new(hypot_of(&xs)))
}

fn hypot_of(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    xs.iter().fold(0.0f64, |acc, x| acc.hypot(*x))
}

fn m_dist(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("dist", a, k, 2, 2)?;
    let p = collect(&a[0])?;
    let q = collect(&a[1])?;
    if p.len() != q.len() {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "both points must have the same number of dimensions",
        ));
    }
    let diffs = p
        .iter()
        .zip(&q)
        .map(|(x, y)| Ok((f(x)? - f(y)?).abs()))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(float::new(hypot_of(&diffs)))
}

fn m_isclose(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = a.len() - k.len();
    if n != 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({n} given)"
        )));
    }
    let (x, y) = (f(&a[0])?, f(&a[1])?);
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (name, v) in k.iter().zip(&a[n..]) {
        match pystr::as_str(name) {
            Some("rel_tol") => rel = f(v)?,
            Some("abs_tol") => abs = f(v)?,
            _ => {
                return Err(type_error(format!(
                    "isclose() got an unexpected keyword argument '{}'",
                    s(name)
                )))
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::new(&VALUE_ERROR, "tolerances must be non-negative"));
    }
    if x == y {
        return Ok(singletons::true_());
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(singletons::false_());
    }
    let d = (x - y).abs();
    Ok(singletons::bool(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
    ))
}

fn m_frexp(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("frexp", a, k, 1, 1)?;
    let x = f(&a[0])?;
    let (m, e) = frexp(x);
    Ok(tuple::new(vec![float::new(m), int::from_i64(e)]))
}

/// `x = m * 2**e` with `0.5 <= |m| < 1` (m = x, e = 0 for 0, inf, nan).
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, extra) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp + extra)
}

fn m_ldexp(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("ldexp", a, k, 2, 2)?;
    let x = f(&a[0])?;
    let e = index(&a[1])?;
    let e = int::as_int(&e)
        .and_then(|i| i.to_i64())
        .unwrap_or(if is_negative(&e) { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(float::new(x));
    }
    let e = e.clamp(-10_000, 10_000) as i32;
    // Scale in steps so that intermediate results neither overflow nor
    // lose subnormal bits early.
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        left -= step;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(float::new(r))
}

fn m_modf(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("modf", a, k, 1, 1)?;
    let x = f(&a[0])?;
    let (frac, int_part) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(tuple::new(vec![float::new(frac), float::new(int_part)]))
}

fn m_nextafter(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = a.len() - k.len();
    if n != 2 {
        return Err(type_error(format!(
            "nextafter expected 2 arguments, got {n}"
        )));
    }
    let (x, y) = (f(&a[0])?, f(&a[1])?);
    let mut steps = 1i64;
    for (name, v) in k.iter().zip(&a[n..]) {
        if pystr::as_str(name) != Some("steps") {
            return Err(type_error(format!(
                "nextafter() got an unexpected keyword argument '{}'",
                s(name)
            )));
        }
        steps = int::as_int(&index(v)?)
            .and_then(|i| i.to_i64())
            .unwrap_or(i64::MAX);
        if steps < 0 {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "steps must be a non-negative integer",
            ));
        }
    }
    let mut r = x;
    for _ in 0..steps.min(1 << 12) {
        r = next_toward(r, y);
        if r == y {
            break;
        }
    }
    Ok(float::new(r))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_ulp(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("ulp", a, k, 1, 1)?;
    let x = f(&a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(float::new(x));
    }
    if x == f64::MAX {
        return Ok(float::new(x - next_toward(x, 0.0)));
    }
    Ok(float::new(next_toward(x, f64::INFINITY) - x))
}

// ---------------------------------------------------------------- integers

fn ints(name: &str, a: &[Value], k: &[Value]) -> PyResult<Vec<Value>> {
    if !k.is_empty() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    a.iter().map(index).collect()
}

fn gcd2(x: &Value, y: &Value) -> PyResult<Value> {
    let (mut p, mut q) = (int::abs(x)?, int::abs(y)?);
    while !ops::eq(&q, &int::from_i64(0))? {
        let r = int::rem(&p, &q)?;
        p = q;
        q = r;
    }
    Ok(p)
}

fn m_gcd(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let mut g = int::from_i64(0);
    for x in ints("gcd", a, k)? {
        g = gcd2(&g, &x)?;
    }
    Ok(g)
}

fn m_lcm(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let mut l = int::from_i64(1);
    for x in ints("lcm", a, k)? {
        if ops::eq(&x, &int::from_i64(0))? {
            return Ok(int::from_i64(0));
        }
        let g = gcd2(&l, &x)?;
        l = int::abs(&int::mul(&int::floordiv(&l, &g)?, &x)?)?;
    }
    Ok(l)
}

/// The product of the integers `lo..=hi` (an empty range gives 1), by
/// halving so the big multiplications stay balanced.
fn range_product(lo: i64, hi: i64) -> PyResult<Value> {
    if lo > hi {
        return Ok(int::from_i64(1));
    }
    if hi - lo < 8 {
        let mut acc = int::from_i64(lo);
        for i in lo + 1..=hi {
            acc = int::mul(&acc, &int::from_i64(i))?;
        }
        return Ok(acc);
    }
    let mid = lo + (hi - lo) / 2;
    int::mul(&range_product(lo, mid)?, &range_product(mid + 1, hi)?)
}

fn small(v: &Value, what: &str) -> PyResult<i64> {
    int::as_int(v).and_then(|i| i.to_i64()).ok_or_else(|| {
        PyErr::new(
            &OVERFLOW_ERROR,
            format!("{what} must not exceed {}", i64::MAX),
        )
    })
}

fn m_factorial(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("factorial", a, k, 1, 1)?;
    let n = index(&a[0])?;
    if is_negative(&n) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "factorial() not defined for negative values",
        ));
    }
    let n = int::as_int(&n).and_then(|i| i.to_i64()).ok_or_else(|| {
        PyErr::new(
            &OVERFLOW_ERROR,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    range_product(2, n)
}

fn m_perm(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("perm", a, k, 1, 2)?;
    let n = index(&a[0])?;
    let Some(kv) = a.get(1).filter(|v| !singletons::is_none(v)) else {
        return m_factorial(&a[..1], &[]);
    };
    let kk = index(kv)?;
    if is_negative(&n) {
        return Err(PyErr::new(&VALUE_ERROR, "n must be a non-negative integer"));
    }
    if is_negative(&kk) {
        return Err(PyErr::new(&VALUE_ERROR, "k must be a non-negative integer"));
    }
    if ops::richcompare_bool(&kk, &n, crate::object::CompareOp::Gt)? {
        return Ok(int::from_i64(0));
    }
    let (n, kk) = (small(&n, "n")?, small(&kk, "k")?);
    range_product(n - kk + 1, n)
}

fn m_comb(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("comb", a, k, 2, 2)?;
    let n = index(&a[0])?;
    let kk = index(&a[1])?;
    if is_negative(&n) {
        return Err(PyErr::new(&VALUE_ERROR, "n must be a non-negative integer"));
    }
    if is_negative(&kk) {
        return Err(PyErr::new(&VALUE_ERROR, "k must be a non-negative integer"));
    }
    if ops::richcompare_bool(&kk, &n, crate::object::CompareOp::Gt)? {
        return Ok(int::from_i64(0));
    }
    let (n, kk) = (small(&n, "n")?, small(&kk, "k")?);
    let kk = kk.min(n - kk);
    let num = range_product(n - kk + 1, n)?;
    int::floordiv(&num, &range_product(2, kk)?)
}

fn m_isqrt(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("isqrt", a, k, 1, 1)?;
    let n = index(&a[0])?;
    if is_negative(&n) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "isqrt() argument must be nonnegative",
        ));
    }
    let bits = int::as_int(&n).map_or(0, |i| i.to_big().bits());
    if bits == 0 {
        return Ok(int::from_i64(0));
    }
    // Newton's iteration from a power of two above the root.
    let one = int::from_i64(1);
    let mut x = int::lshift(&one, &int::from_i64(bits.div_ceil(2) as i64))?;
    loop {
        let y = int::rshift(&int::add(&x, &int::floordiv(&n, &x)?)?, &one)?;
        if !ops::richcompare_bool(&y, &x, crate::object::CompareOp::Lt)? {
            return Ok(x);
        }
        x = y;
    }
}

fn kw_start(name: &str, a: &[Value], k: &[Value], default: Value) -> PyResult<(usize, Value)> {
    let n = a.len() - k.len();
    let mut start = default;
    for (key, v) in k.iter().zip(&a[n..]) {
        if pystr::as_str(key) != Some("start") {
            return Err(type_error(format!(
                "{name}() got an unexpected keyword argument '{}'",
                s(key)
            )));
        }
        start = v.clone();
    }
    Ok((n, start))
}

fn m_prod(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (n, mut acc) = kw_start("prod", a, k, int::from_i64(1))?;
    if n != 1 {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({n} given)"
        )));
    }
    for x in collect(&a[0])? {
        acc = ops::binary_op(&acc, &x, BinOp::Mul)?;
    }
    Ok(acc)
}

fn m_sumprod(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("sumprod", a, k, 2, 2)?;
    let p = collect(&a[0])?;
    let q = collect(&a[1])?;
    if p.len() != q.len() {
        return Err(PyErr::new(&VALUE_ERROR, "Inputs are not the same length"));
    }
    let all_float = p.iter().chain(&q).all(|v| float::as_f64(v).is_some());
    if all_float {
        let pairs: Vec<f64> = p
            .iter()
            .zip(&q)
            .map(|(x, y)| f(x).unwrap_or(0.0) * f(y).unwrap_or(0.0))
            .collect();
        return Ok(float::new(exact_sum(&pairs)?));
    }
    let mut acc = int::from_i64(0);
    for (x, y) in p.iter().zip(&q) {
        let m = ops::binary_op(x, y, BinOp::Mul)?;
        acc = ops::binary_op(&acc, &m, BinOp::Add)?;
    }
    Ok(acc)
}

/// The correctly rounded sum of `xs` (Shewchuk's partials, as `fsum`).
fn exact_sum(xs: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in xs {
        let mut x = x0;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(PyErr::new(&OVERFLOW_ERROR, "intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::new(&VALUE_ERROR, "-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across the remaining partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn m_fsum(a: &[Value], k: &[Value]) -> PyResult<Value> {
    nargs("fsum", a, k, 1, 1)?;
    let xs = collect(&a[0])?
        .iter()
        .map(f)
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(float::new(exact_sum(&xs)?))
}

pub(super) fn math_module() -> PyResult<Value> {
    let d = dict::new();
    let fns: &[(&'static str, crate::interp::objects::NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("cbrt", m_cbrt),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("asinh", m_asinh),
        ("acosh", m_acosh),
        ("atanh", m_atanh),
        ("log", m_log),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("log10", m_log10),
        ("fabs", m_fabs),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("pow", m_pow),
        ("atan2", m_atan2),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("hypot", m_hypot),
        ("dist", m_dist),
        ("isclose", m_isclose),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("factorial", m_factorial),
        ("perm", m_perm),
        ("comb", m_comb),
        ("isqrt", m_isqrt),
        ("prod", m_prod),
        ("sumprod", m_sumprod),
        ("fsum", m_fsum),
    ];
    for (n, func) in fns {
        set(&d, n, crate::interp::objects::native_any_arity(n, *func));
    }
    set(&d, "pi", float::new(std::f64::consts::PI));
    set(&d, "e", float::new(std::f64::consts::E));
    set(&d, "tau", float::new(std::f64::consts::TAU));
    set(&d, "inf", float::new(f64::INFINITY));
    set(&d, "nan", float::new(f64::NAN));
    new_module("math", d)
}
