//! A minimal `complex`: construction, repr, arithmetic with int/float,
//! equality, hash, `abs`, `.real`/`.imag`/`.conjugate()`.

use super::objects::simple_type;
use crate::error::{PyErr, PyResult};
use crate::object::{CompareOp, ObjHeader, PyPayload, TypeObject, Value};
use crate::types::exceptions::{TYPE_ERROR, ZERO_DIVISION_ERROR};
use crate::types::{float, int, singletons, str as pystr};

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
type Pair = (f64, f64);

pub fn new(re: f64, im: f64) -> Value {
    Value::from_box(Box::new(ComplexObject {
        header: ObjHeader::new(&COMPLEX_TYPE),
        re,
        im,
    }))
}

/// The operand as a complex number (ints and floats too).
fn parts(v: &Value) -> Option<Pair> {
    if let Some(c) = v.downcast::<ComplexObject>() {
        return Some((c.re, c.im));
    }
    if let Some(f) = float::as_f64(v) {
        return Some((f, 0.0));
    }
    int::as_int(v)
        .and_then(|i| i.to_f64().ok())
        .map(|f| (f, 0.0))
}

fn part_repr(x: f64) -> String {
    let r = float::repr_f64(x);
    r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
}

fn complex_repr(v: &Value) -> PyResult<Value> {
    let c = v.downcast::<ComplexObject>().expect("complex");
    let im = part_repr(c.im);
    if c.re == 0.0 && c.re.is_sign_positive() {
        return Ok(pystr::new(&format!("{im}j")));
    }
    let sign = if c.im.is_sign_negative() || c.im.is_nan() && im.starts_with('-') {
        ""
    } else {
        "+"
    };
    Ok(pystr::new(&format!("({}{sign}{im}j)", part_repr(c.re))))
}

fn complex_hash(v: &Value) -> PyResult<i64> {
    let c = v.downcast::<ComplexObject>().expect("complex");
    let hr = crate::hash::hash_f64(c.re).unwrap_or(0);
    let hi = crate::hash::hash_f64(c.im).unwrap_or(0);
    let h = hr.wrapping_add(hi.wrapping_mul(1_000_003));
    Ok(if h == -1 { -2 } else { h })
}

fn complex_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (parts(a), parts(b)) else {
        return Ok(singletons::not_implemented());
    };
    Ok(match op {
        CompareOp::Eq => singletons::bool(x == y),
        CompareOp::Ne => singletons::bool(x != y),
        _ => singletons::not_implemented(),
    })
}

fn binop(a: &Value, b: &Value, f: fn(Pair, Pair) -> PyResult<Pair>) -> PyResult<Value> {
    match (parts(a), parts(b)) {
        (Some(x), Some(y)) => f(x, y).map(|(re, im)| new(re, im)),
        _ => Ok(singletons::not_implemented()),
    }
}

fn add(a: &Value, b: &Value) -> PyResult<Value> {
    binop(a, b, |x, y| Ok((x.0 + y.0, x.1 + y.1)))
}
fn sub(a: &Value, b: &Value) -> PyResult<Value> {
    binop(a, b, |x, y| Ok((x.0 - y.0, x.1 - y.1)))
}
fn mul(a: &Value, b: &Value) -> PyResult<Value> {
    binop(a, b, |x, y| {
        Ok((x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0))
    })
}
fn div(x: Pair, y: Pair) -> PyResult<Pair> {
    if y.0 == 0.0 && y.1 == 0.0 {
        return Err(PyErr::new(&ZERO_DIVISION_ERROR, "division by zero"));
    }
    let d = y.0 * y.0 + y.1 * y.1;
    Ok(((x.0 * y.0 + x.1 * y.1) / d, (x.1 * y.0 - x.0 * y.1) / d))
}
fn truediv(a: &Value, b: &Value) -> PyResult<Value> {
    binop(a, b, div)
}
fn pow(a: &Value, b: &Value) -> PyResult<Value> {
    binop(a, b, |x, y| {
        if y.1 == 0.0 && y.0.fract() == 0.0 && y.0.abs() < 1024.0 {
            let n = y.0 as i64;
            let mut r = (1.0, 0.0);
            for _ in 0..n.abs() {
                r = (r.0 * x.0 - r.1 * x.1, r.0 * x.1 + r.1 * x.0);
            }
            return if n < 0 { div((1.0, 0.0), r) } else { Ok(r) };
        }
        if x.0 == 0.0 && x.1 == 0.0 {
            return Ok((0.0, 0.0));
        }
        let (abs, arg) = (x.0.hypot(x.1), x.1.atan2(x.0));
        let len = abs.powf(y.0) * (-y.1 * arg).exp();
        let phase = arg * y.0 + y.1 * abs.ln();
        Ok((len * phase.cos(), len * phase.sin()))
    })
}
fn neg(v: &Value) -> PyResult<Value> {
    let (re, im) = parts(v).unwrap_or_default();
    Ok(new(-re, -im))
}
fn pos(v: &Value) -> PyResult<Value> {
    let (re, im) = parts(v).unwrap_or_default();
    Ok(new(re, im))
}
fn abs(v: &Value) -> PyResult<Value> {
    let (re, im) = parts(v).unwrap_or_default();
    Ok(float::new(re.hypot(im)))
}
fn truthy(v: &Value) -> PyResult<bool> {
    let (re, im) = parts(v).unwrap_or_default();
    Ok(re != 0.0 || im != 0.0)
}
fn getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let c = v.downcast::<ComplexObject>().expect("complex");
    match pystr::as_str(name) {
        Some("real") => Ok(float::new(c.re)),
        Some("imag") => Ok(float::new(c.im)),
        _ => super::attrs::generic_getattr(v, name),
    }
}

simple_type!(COMPLEX_TYPE, "complex", ComplexObject, {
    repr: Some(complex_repr),
    hash: Some(complex_hash),
    richcompare: Some(complex_richcompare),
    number: {
        let mut n: [Option<crate::object::BinaryFn>; crate::object::NUM_BINOPS] = [None; crate::object::NUM_BINOPS];
        n[0] = Some(add);
        n[10] = Some(sub);
        n[5] = Some(mul);
        n[11] = Some(truediv);
        n[8] = Some(pow);
        n
    },
    neg: Some(neg),
    pos: Some(pos),
    abs: Some(abs),
    bool: Some(truthy),
    getattr: Some(getattr),
});

fn m_conjugate(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let (re, im) = parts(&a[0]).unwrap_or_default();
    Ok(new(re, -im))
}

pub fn install() {
    let _ = crate::types::dict::set_item(
        COMPLEX_TYPE.dict(),
        pystr::intern("conjugate"),
        super::objects::native_method(&COMPLEX_TYPE, "conjugate", m_conjugate),
    );
}

/// `complex(real=0, imag=0)` and `complex("1+2j")`.
pub fn construct(args: &[Value]) -> PyResult<Value> {
    if let Some(s) = args.first().and_then(pystr::as_str) {
        let t = s.trim().trim_start_matches('(').trim_end_matches(')');
        let bad = || {
            PyErr::new(
                &crate::types::exceptions::VALUE_ERROR,
                "complex() arg is a malformed string",
            )
        };
        if let Some(body) = t.strip_suffix('j') {
            let split = body
                .char_indices()
                .skip(1)
                .filter(|(i, c)| (*c == '+' || *c == '-') && !body[..*i].ends_with(['e', 'E']))
                .map(|(i, _)| i)
                .last();
            let (re, im) = match split {
                Some(i) => (&body[..i], &body[i..]),
                None => ("0", body),
            };
            let im = match im {
                "" | "+" => "1",
                "-" => "-1",
                x => x,
            };
            let re: f64 = re.parse().map_err(|_| bad())?;
            let im: f64 = im.parse().map_err(|_| bad())?;
            return Ok(new(re, im));
        }
        return t.parse::<f64>().map(|re| new(re, 0.0)).map_err(|_| bad());
    }
    let get = |i: usize| -> PyResult<Pair> {
        match args.get(i) {
            None => Ok((0.0, 0.0)),
            Some(v) => parts(v).ok_or_else(|| {
                PyErr::new(
                    &TYPE_ERROR,
                    format!(
                        "complex() argument must be a string or a number, not {}",
                        v.type_of().name
                    ),
                )
            }),
        }
    };
    let (a, b) = (get(0)?, get(1)?);
    Ok(new(a.0 - b.1, a.1 + b.0))
}
