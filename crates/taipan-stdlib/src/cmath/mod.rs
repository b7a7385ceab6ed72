//! The `cmath` module: mathematical functions of complex numbers, with
//! CPython's special values at branch cuts, infinities and NaNs, and its
//! errors (ValueError for domain errors, OverflowError for overflow).

mod functions;

use std::f64::consts::{E, PI, TAU};

use taipan_vm::interp::complex::{self, number_parts, quot};
use taipan_vm::interp::objects::{native_any_arity, new_module, NativeFn};
use taipan_vm::interp::type_error;
use taipan_vm::types::exceptions::{OVERFLOW_ERROR, VALUE_ERROR};
use taipan_vm::types::{dict, float, singletons, str as pystr, tuple};
use taipan_vm::{PyErr, PyResult, Value};

use crate::args::{bind, no_keywords};
use functions::{MathError, Out, C};

fn math_error(e: MathError) -> PyErr {
    match e {
        MathError::Domain => PyErr::new(&VALUE_ERROR, "math domain error"),
        MathError::Range => PyErr::new(&OVERFLOW_ERROR, "math range error"),
    }
}

/// A complex argument: a complex number, or anything with `__complex__`,
/// `__float__` or `__index__`.
fn arg(v: &Value) -> PyResult<C> {
    number_parts(v)?
        .ok_or_else(|| type_error(format!("must be real number, not {}", v.type_of().name)))
}

fn real_arg(v: &Value) -> PyResult<f64> {
    taipan_vm::interp::builtins::real_value(v)?
        .ok_or_else(|| type_error(format!("must be real number, not {}", v.type_of().name)))
}

fn one_arg<'a>(fname: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    no_keywords(fname, kw)?;
    taipan_vm::interp::builtins::check_count("cmath.", fname, args.len(), 1, 1)?;
    Ok(&args[0])
}

fn result(r: Out) -> PyResult<Value> {
    let (re, im) = r.map_err(math_error)?;
    Ok(complex::new(re, im))
}

macro_rules! unary {
    ($($name:ident),* $(,)?) => {
        $(pub(super) fn $name(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            result(functions::$name(arg(one_arg(stringify!($name), args, kw)?)?))
        })*
    };
}

mod entry {
    use super::*;
    unary!(
        sqrt, exp, log10, acos, acosh, asin, asinh, atan, atanh, cos, cosh, sin, sinh, tan, tanh
    );
}

/// `log(z[, base])`.
fn f_log(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("log", kw)?;
    taipan_vm::interp::builtins::check_count("", "log", args.len(), 1, 2)?;
    let x = functions::log(arg(&args[0])?).map_err(math_error)?;
    let Some(base) = args.get(1) else {
        return Ok(complex::new(x.0, x.1));
    };
    let b = functions::log(arg(base)?).map_err(math_error)?;
    // A zero divisor (base 1) is a domain error here, not ZeroDivisionError.
    let (re, im) = quot(x, b).map_err(|_| math_error(MathError::Domain))?;
    Ok(complex::new(re, im))
}

fn f_phase(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = arg(one_arg("phase", args, kw)?)?;
    Ok(float::new(functions::phase(z).map_err(math_error)?))
}

fn f_polar(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = arg(one_arg("polar", args, kw)?)?;
    let r = functions::modulus(z).map_err(math_error)?;
    // Unlike phase(), polar() ignores an underflowing angle.
    let phi = z.1.atan2(z.0);
    Ok(tuple::new(vec![float::new(r), float::new(phi)]))
}

fn f_rect(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("rect", kw)?;
    taipan_vm::interp::builtins::check_count("", "rect", args.len(), 2, 2)?;
    result(functions::rect(real_arg(&args[0])?, real_arg(&args[1])?))
}

fn predicate(fname: &str, args: &[Value], kw: &[Value], p: fn(C) -> bool) -> PyResult<Value> {
    Ok(singletons::bool(p(arg(one_arg(fname, args, kw)?)?)))
}

fn f_isfinite(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate("isfinite", args, kw, |z| z.0.is_finite() && z.1.is_finite())
}

fn f_isinf(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate("isinf", args, kw, |z| {
        z.0.is_infinite() || z.1.is_infinite()
    })
}

fn f_isnan(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate("isnan", args, kw, |z| z.0.is_nan() || z.1.is_nan())
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn f_isclose(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind("isclose", args, kw, &["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let a = arg(p[0].as_ref().expect("bound"))?;
    let b = arg(p[1].as_ref().expect("bound"))?;
    let rel = p[2].as_ref().map_or(Ok(1e-9), real_arg)?;
    let abs = p[3].as_ref().map_or(Ok(0.0), real_arg)?;
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::new(&VALUE_ERROR, "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(singletons::true_());
    }
    let inf = |z: C| z.0.is_infinite() || z.1.is_infinite();
    if inf(a) || inf(b) {
        return Ok(singletons::false_());
    }
    let diff = (a.0 - b.0).hypot(a.1 - b.1);
    let (ma, mb) = (a.0.hypot(a.1), b.0.hypot(b.1));
    Ok(singletons::bool(
        diff <= rel * mb || diff <= rel * ma || diff <= abs,
    ))
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let set = |name: &'static str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    let fns: [(&'static str, NativeFn); 23] = [
        ("sqrt", entry::sqrt),
        ("exp", entry::exp),
        ("log", f_log),
        ("log10", entry::log10),
        ("acos", entry::acos),
        ("acosh", entry::acosh),
        ("asin", entry::asin),
        ("asinh", entry::asinh),
        ("atan", entry::atan),
        ("atanh", entry::atanh),
        ("cos", entry::cos),
        ("cosh", entry::cosh),
        ("sin", entry::sin),
        ("sinh", entry::sinh),
        ("tan", entry::tan),
        ("tanh", entry::tanh),
        ("phase", f_phase),
        ("polar", f_polar),
        ("rect", f_rect),
        ("isfinite", f_isfinite),
        ("isinf", f_isinf),
        ("isnan", f_isnan),
        ("isclose", f_isclose),
    ];
    for (name, f) in fns {
        set(name, native_any_arity(name, f))?;
    }
    set("pi", float::new(PI))?;
    set("e", float::new(E))?;
    set("tau", float::new(TAU))?;
    set("inf", float::new(f64::INFINITY))?;
    set("nan", float::new(f64::NAN))?;
    set("infj", complex::new(0.0, f64::INFINITY))?;
    set("nanj", complex::new(0.0, f64::NAN))?;
    new_module("cmath", d)
}
