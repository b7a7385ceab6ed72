//! The `math` module.

use super::*;

pub(super) fn f(v: &Value) -> PyResult<f64> {
    if let Some(x) = float::as_f64(v) {
        return Ok(x);
    }
    if let Some(i) = int::as_int(v) {
        return i.to_f64();
    }
    Err(type_error(format!(
        "must be real number, not {}",
        v.type_of().name
    )))
}
macro_rules! math1 {
    ($($name:ident => $e:expr;)*) => {
        $(fn $name(a: &[Value], _k: &[Value]) -> PyResult<Value> {
            let x = f(a.first().ok_or_else(|| type_error("missing argument"))?)?;
            let g: fn(f64) -> PyResult<Value> = $e;
            g(x)
        })*
    };
}
pub(super) fn domain() -> PyErr {
    PyErr::new(&VALUE_ERROR, "math domain error")
}
math1! {
    m_sqrt => |x| if x < 0.0 { Err(PyErr::new(&VALUE_ERROR, "expected a nonnegative input, got ".to_string() + &float::repr_f64(x))) } else { Ok(float::new(x.sqrt())) };
    m_floor => |x| float::to_int(x.floor());
    m_ceil => |x| float::to_int(x.ceil());
    m_trunc => |x| float::to_int(x.trunc());
    m_exp => |x| Ok(float::new(x.exp()));
    m_sin => |x| Ok(float::new(x.sin()));
    m_cos => |x| Ok(float::new(x.cos()));
    m_tan => |x| Ok(float::new(x.tan()));
    m_atan => |x| Ok(float::new(x.atan()));
    m_fabs => |x| Ok(float::new(x.abs()));
    m_isnan => |x| Ok(singletons::bool(x.is_nan()));
    m_isinf => |x| Ok(singletons::bool(x.is_infinite()));
    m_isfinite => |x| Ok(singletons::bool(x.is_finite()));
    m_log10 => |x| if x <= 0.0 { Err(domain()) } else { Ok(float::new(x.log10())) };
    m_log2 => |x| if x <= 0.0 { Err(domain()) } else { Ok(float::new(x.log2())) };
    m_degrees => |x| Ok(float::new(x.to_degrees()));
    m_radians => |x| Ok(float::new(x.to_radians()));
}
pub(super) fn m_log(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = f(&a[0])?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(float::new(match a.get(1) {
        Some(b) => x.ln() / f(b)?.ln(),
        None => x.ln(),
    }))
}
pub(super) fn m_pow(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(float::new(f(&a[0])?.powf(f(&a[1])?)))
}
pub(super) fn m_atan2(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(float::new(f(&a[0])?.atan2(f(&a[1])?)))
}
pub(super) fn m_hypot(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for x in a {
        acc = acc.hypot(f(x)?);
    }
    Ok(float::new(acc))
}
pub(super) fn m_copysign(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(float::new(f(&a[0])?.copysign(f(&a[1])?)))
}
pub(super) fn m_isclose(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = a.len() - k.len();
    let (x, y) = (f(&a[0])?, f(&a[1])?);
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (name, v) in k.iter().zip(&a[n..]) {
        match pystr::as_str(name) {
            Some("rel_tol") => rel = f(v)?,
            Some("abs_tol") => abs = f(v)?,
            _ => {}
        }
    }
    if x == y {
        return Ok(singletons::true_());
    }
    let d = (x - y).abs();
    Ok(singletons::bool(
        d <= (rel * y.abs()).max(rel * x.abs()) || d <= abs,
    ))
}
pub(super) fn m_gcd(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut g = int::from_i64(0);
    for x in a {
        let (mut p, mut q) = (ops::abs(&g)?, ops::abs(x)?);
        while !ops::eq(&q, &int::from_i64(0))? {
            let r = ops::binary_op(&p, &q, crate::object::BinOp::Rem)?;
            p = q;
            q = r;
        }
        g = p;
    }
    Ok(g)
}
pub(super) fn m_factorial(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = a[0]
        .as_small_int()
        .ok_or_else(|| type_error("factorial() only accepts integral values"))?;
    if n < 0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "factorial() not defined for negative values",
        ));
    }
    let mut acc = int::from_i64(1);
    for i in 2..=n {
        acc = int::mul(&acc, &int::from_i64(i))?;
    }
    Ok(acc)
}
pub(super) fn m_isqrt(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = a[0]
        .as_small_int()
        .ok_or_else(|| type_error("isqrt() needs an int"))?;
    if n < 0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "isqrt() argument must be nonnegative",
        ));
    }
    let mut r = (n as f64).sqrt() as i64;
    while r * r > n {
        r -= 1;
    }
    while (r + 1) * (r + 1) <= n {
        r += 1;
    }
    Ok(int::from_i64(r))
}
pub(super) fn m_prod(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut acc = int::from_i64(1);
    for x in collect(&a[0])? {
        acc = ops::binary_op(&acc, &x, crate::object::BinOp::Mul)?;
    }
    Ok(acc)
}
pub(super) fn m_fsum(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut acc = 0.0;
    for x in collect(&a[0])? {
        acc += f(&x)?;
    }
    Ok(float::new(acc))
}

pub(super) fn math_module() -> PyResult<Value> {
    let d = dict::new();
    let fns: &[(&'static str, crate::interp::objects::NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("exp", m_exp),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("atan", m_atan),
        ("fabs", m_fabs),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("log10", m_log10),
        ("log2", m_log2),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("log", m_log),
        ("pow", m_pow),
        ("atan2", m_atan2),
        ("hypot", m_hypot),
        ("copysign", m_copysign),
        ("isclose", m_isclose),
        ("gcd", m_gcd),
        ("factorial", m_factorial),
        ("isqrt", m_isqrt),
        ("prod", m_prod),
        ("fsum", m_fsum),
    ];
    for (n, func) in fns {
        set(&d, n, native(n, *func));
    }
    set(&d, "pi", float::new(std::f64::consts::PI));
    set(&d, "e", float::new(std::f64::consts::E));
    set(&d, "tau", float::new(std::f64::consts::TAU));
    set(&d, "inf", float::new(f64::INFINITY));
    set(&d, "nan", float::new(f64::NAN));
    new_module("math", d)
}
