//! The numeric built-in functions: `round`, `pow`, `divmod`, `bin`,
//! `oct`, `hex`.

use super::float_methods::round_number;
use super::int_methods::{bind_args, Params};
use super::*;
use crate::types::int::IntRef;

/// `round(number, ndigits=None)`.
pub(super) fn bi_round(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = Params {
        name: "round",
        names: &["number", "ndigits"],
        positional: 2,
        required: 1,
    };
    let args = bind_args(&p, a, k)?;
    let nd = args[1].as_ref().filter(|v| !singletons::is_none(v));
    round_number(args[0].as_ref().expect("required"), nd)
}

/// `pow(base, exp, mod=None)`.
pub(super) fn bi_pow(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = Params {
        name: "pow",
        names: &["base", "exp", "mod"],
        positional: 3,
        required: 2,
    };
    let args = bind_args(&p, a, k)?;
    let (base, exp) = (
        args[0].as_ref().expect("required"),
        args[1].as_ref().expect("required"),
    );
    match &args[2] {
        Some(m) => ops::pow3(base, exp, m),
        None => ops::binary_op(base, exp, crate::object::BinOp::Pow),
    }
}

/// `divmod(a, b)`.
pub(super) fn bi_divmod(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(type_error(format!(
            "divmod expected 2 arguments, got {}",
            a.len()
        )));
    }
    ops::divmod(&a[0], &a[1])
}

/// `bin`/`oct`/`hex`: the integer in `radix` with a prefix.
fn int_text(name: &str, a: &[Value], radix: u32, prefix: &str) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let i = ops::index(&a[0])?;
    let (negative, digits) = match int::as_int(&i).expect("index") {
        IntRef::Small(n) => {
            let m = n.unsigned_abs();
            let d = match radix {
                2 => format!("{m:b}"),
                8 => format!("{m:o}"),
                _ => format!("{m:x}"),
            };
            (n < 0, d)
        }
        IntRef::Big(b) => (b.is_negative(), b.abs().to_str_radix(radix)),
    };
    let sign = if negative { "-" } else { "" };
    Ok(pystr::new(&format!("{sign}{prefix}{digits}")))
}

pub(super) fn bi_bin(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    int_text("bin", a, 2, "0b")
}

pub(super) fn bi_oct(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    int_text("oct", a, 8, "0o")
}

pub(super) fn bi_hex(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    int_text("hex", a, 16, "0x")
}

/// Float accumulation with Neumaier's compensation, as CPython's `sum`.
struct FloatSum {
    total: f64,
    compensation: f64,
}

impl FloatSum {
    fn add(&mut self, x: f64) {
        let t = self.total + x;
        if self.total.abs() >= x.abs() {
            self.compensation += (self.total - t) + x;
        } else {
            self.compensation += (x - t) + self.total;
        }
        self.total = t;
    }

    fn value(&self) -> f64 {
        if self.compensation != 0.0 && self.compensation.is_finite() {
            self.total + self.compensation
        } else {
            self.total
        }
    }
}

/// `sum(iterable, /, start=0)`: exact ints and floats are added without
/// boxing (floats with compensated summation), anything else with `+`.
pub(super) fn bi_sum(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = Params {
        name: "sum",
        names: &["iterable", "start"],
        positional: 2,
        required: 1,
    };
    if a.len() == k.len() {
        return Err(type_error(format!(
            "sum() takes at least 1 positional argument ({} given)",
            a.len() - k.len()
        )));
    }
    let args = bind_args(&p, a, k)?;
    let mut acc = args[1].clone().unwrap_or_else(|| int::from_i64(0));
    let refuse = |what: &str, hint: &str| {
        Err(type_error(format!(
            "sum() can't sum {what} [use {hint}.join(seq) instead]"
        )))
    };
    if pystr::as_str(&acc).is_some() {
        return refuse("strings", "''");
    }
    if crate::types::bytes::as_bytes(&acc).is_some() {
        return refuse("bytes", "b''");
    }
    if acc.is_exact(&crate::interp::bytearray::BYTEARRAY_TYPE) {
        return refuse("bytearray", "b''");
    }
    let it = attrs::iter(args[0].as_ref().expect("required"))?;
    let mut floats: Option<FloatSum> = None;
    while let Some(x) = attrs::next(&it)? {
        if acc.is_small_int() && x.is_small_int() {
            acc = int::add(&acc, &x)?;
            continue;
        }
        if floats.is_none() && acc.is_exact(&float::FLOAT_TYPE) {
            floats = Some(FloatSum {
                total: float::as_f64(&acc).expect("float"),
                compensation: 0.0,
            });
        }
        if let Some(fs) = floats.as_mut() {
            // As CPython: any machine-word int joins the float sum.
            let term = if x.is_exact(&float::FLOAT_TYPE) {
                float::as_f64(&x)
            } else {
                x.as_small_int().map(|i| i as f64)
            };
            if let Some(t) = term {
                fs.add(t);
                continue;
            }
            acc = float::new(fs.value());
            floats = None;
        }
        acc = ops::binary_op(&acc, &x, crate::object::BinOp::Add)?;
    }
    if let Some(fs) = floats {
        return Ok(float::new(fs.value()));
    }
    Ok(acc)
}
