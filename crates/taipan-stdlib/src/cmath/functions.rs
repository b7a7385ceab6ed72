//! The complex functions of `cmath` on (re, im) pairs. Finite arguments
//! use formulas that avoid spurious overflow and cancellation; infinite
//! and NaN arguments get C99 Annex G's special values. A function's
//! `Err` says which Python exception the C library's errno would mean.

use std::f64::consts::{FRAC_PI_2, LN_2};

pub(crate) type C = (f64, f64);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MathError {
    /// ValueError: math domain error.
    Domain,
    /// OverflowError: math range error.
    Range,
}

pub(crate) type Out = Result<C, MathError>;

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;
/// Values above this may overflow in intermediate steps.
const LARGE: f64 = f64::MAX / 4.0;
const MANT_DIG: i32 = 53;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

extern "C" {
    #[link_name = "asinh"]
    fn libm_asinh(x: f64) -> f64;
}

/// The C library's `asinh` (Rust's own differs in the last bits).
fn asinh_real(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { libm_asinh(x) }
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// A zero with the sign of `a * b` (also for infinite `a` or `b`).
fn signed_zero(a: f64, b: f64) -> f64 {
    if a.is_sign_negative() != b.is_sign_negative() {
        -0.0
    } else {
        0.0
    }
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn any_nan(z: C) -> bool {
    z.0.is_nan() || z.1.is_nan()
}

fn any_inf(z: C) -> bool {
    z.0.is_infinite() || z.1.is_infinite()
}

/// Overflow of a result computed from a finite argument.
fn range_checked(r: C) -> Out {
    if r.0.is_infinite() || r.1.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

pub(crate) fn sqrt(z: C) -> Out {
    let (x, y) = z;
    if !finite(z) {
        return Ok(if y.is_infinite() {
            (INF, y)
        } else if x == -INF {
            if y.is_nan() {
                (NAN, INF)
            } else {
                (0.0, INF.copysign(y))
            }
        } else if x == INF {
            if y.is_nan() {
                (INF, NAN)
            } else {
                (INF, 0f64.copysign(y))
            }
        } else {
            (NAN, NAN)
        });
    }
    if x == 0.0 && y == 0.0 {
        return Ok((0.0, y));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scaled up so that hypot() is not subnormal.
        let ax = ldexp(ax, MANT_DIG);
        ldexp(
            (ax + ax.hypot(ldexp(ay, MANT_DIG))).sqrt(),
            -(MANT_DIG + 1) / 2,
        )
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    Ok(if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    })
}

pub(crate) fn exp(z: C) -> Out {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            let scale = if x > 0.0 { INF } else { 0.0 };
            (scale.copysign(y.cos()), scale.copysign(y.sin()))
        } else if x == -INF {
            (0.0, if y.is_finite() { 0f64.copysign(y) } else { 0.0 })
        } else if x == INF {
            if y == 0.0 {
                (INF, y)
            } else {
                (INF, NAN)
            }
        } else if x.is_nan() && y == 0.0 {
            (NAN, y)
        } else {
            (NAN, NAN)
        };
        if y.is_infinite() && (x.is_finite() || x == INF) {
            return Err(MathError::Domain);
        }
        return Ok(r);
    }
    let r = if x > log_large() {
        let l = (x - 1.0).exp();
        (
            l * y.cos() * std::f64::consts::E,
            l * y.sin() * std::f64::consts::E,
        )
    } else {
        let l = x.exp();
        (l * y.cos(), l * y.sin())
    };
    range_checked(r)
}

pub(crate) fn log(z: C) -> Out {
    let (x, y) = z;
    if !finite(z) {
        return Ok(if any_inf(z) {
            (INF, if any_nan(z) { NAN } else { y.atan2(x) })
        } else {
            (NAN, NAN)
        });
    }
    let (ax, ay) = (x.abs(), y.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - f64::from(MANT_DIG) * LN_2
        } else {
            return Err(MathError::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // Near the unit circle, log1p keeps the small result exact.
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok((re, y.atan2(x)))
}

pub(crate) fn log10(z: C) -> Out {
    let (re, im) = log(z)?;
    Ok((re / std::f64::consts::LN_10, im / std::f64::consts::LN_10))
}

pub(crate) fn acos(z: C) -> Out {
    let (x, y) = z;
    if !finite(z) {
        return Ok(if any_inf(z) {
            if x.is_nan() {
                (NAN, INF.copysign(-y))
            } else if y.is_nan() {
                (NAN, INF)
            } else {
                (y.abs().atan2(x), INF.copysign(-y))
            }
        } else if x == 0.0 {
            (FRAC_PI_2, NAN)
        } else {
            (NAN, NAN)
        });
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        let big = (x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0;
        let im = if x < 0.0 {
            -big.copysign(y)
        } else {
            big.copysign(-y)
        };
        return Ok((y.abs().atan2(x), im));
    }
    let s1 = sqrt((1.0 - x, -y))?;
    let s2 = sqrt((1.0 + x, y))?;
    Ok((
        2.0 * s1.0.atan2(s2.0),
        asinh_real(s2.0 * s1.1 - s2.1 * s1.0),
    ))
}

pub(crate) fn acosh(z: C) -> Out {
    let (x, y) = z;
    if !finite(z) {
        return Ok(if any_inf(z) {
            (INF, if any_nan(z) { NAN } else { y.atan2(x) })
        } else if x == 0.0 {
            (NAN, FRAC_PI_2)
        } else {
            (NAN, NAN)
        });
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        return Ok(((x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0, y.atan2(x)));
    }
    let s1 = sqrt((x - 1.0, y))?;
    let s2 = sqrt((x + 1.0, y))?;
    Ok((
        asinh_real(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * s1.1.atan2(s2.0),
    ))
}

pub(crate) fn asinh(z: C) -> Out {
    let (x, y) = z;
    if !finite(z) {
        return Ok(if any_inf(z) {
            if x.is_nan() {
                (INF, NAN)
            } else if y.is_nan() {
                (INF.copysign(x), NAN)
            } else {
                (INF.copysign(x), y.atan2(x.abs()))
            }
        } else if x.is_nan() && y == 0.0 {
            (NAN, y)
        } else {
            (NAN, NAN)
        });
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        let big = (x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0;
        let re = if y >= 0.0 {
            big.copysign(x)
        } else {
            -big.copysign(-x)
        };
        return Ok((re, y.atan2(x.abs())));
    }
    let s1 = sqrt((1.0 + y, -x))?;
    let s2 = sqrt((1.0 - y, x))?;
    Ok((
        asinh_real(s1.0 * s2.1 - s2.0 * s1.1),
        y.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    ))
}

/// `f(z) = -i g(iz)` for the trigonometric functions in terms of the
/// hyperbolic ones.
fn rotated(g: fn(C) -> Out, z: C) -> Out {
    let r = g((-z.1, z.0))?;
    Ok((r.1, -r.0))
}

pub(crate) fn asin(z: C) -> Out {
    rotated(asinh, z)
}

pub(crate) fn atan(z: C) -> Out {
    rotated(atanh, z)
}

pub(crate) fn atanh(z: C) -> Out {
    let (x, y) = z;
    if !finite(z) {
        return Ok(if any_inf(z) {
            (
                if x.is_nan() { 0.0 } else { 0f64.copysign(x) },
                if y.is_nan() {
                    NAN
                } else {
                    FRAC_PI_2.copysign(y)
                },
            )
        } else if x == 0.0 {
            (x, NAN)
        } else {
            (NAN, NAN)
        });
    }
    if x < 0.0 {
        let r = atanh((-x, -y))?;
        return Ok((-r.0, -r.1));
    }
    let ay = y.abs();
    if x > sqrt_large() || ay > sqrt_large() {
        // Far from the origin atanh(z) is about 1/z + i*pi/2.
        let h = (x / 2.0).hypot(y / 2.0);
        return Ok((x / 4.0 / h / h, -FRAC_PI_2.copysign(-y)));
    }
    if x == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(MathError::Domain);
        }
        return Ok((
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(y),
        ));
    }
    Ok((
        (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    ))
}

pub(crate) fn cosh(z: C) -> Out {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            let sign = if x > 0.0 { 1.0 } else { -1.0 };
            (INF.copysign(y.cos()), sign * INF.copysign(y.sin()))
        } else if x.is_infinite() {
            if y == 0.0 {
                (INF, signed_zero(x, y))
            } else {
                (INF, NAN)
            }
        } else if x == 0.0 || (x.is_nan() && y == 0.0) {
            (NAN, 0.0)
        } else {
            (NAN, NAN)
        };
        if y.is_infinite() && !x.is_nan() {
            return Err(MathError::Domain);
        }
        return Ok(r);
    }
    let r = if x.abs() > log_large() {
        let xm1 = x - 1f64.copysign(x);
        (
            y.cos() * xm1.cosh() * std::f64::consts::E,
            y.sin() * xm1.sinh() * std::f64::consts::E,
        )
    } else {
        (y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    range_checked(r)
}

pub(crate) fn sinh(z: C) -> Out {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            let sign = if x > 0.0 { 1.0 } else { -1.0 };
            (sign * INF.copysign(y.cos()), INF.copysign(y.sin()))
        } else if x.is_infinite() {
            if y == 0.0 {
                (x, y)
            } else if y.is_nan() {
                (INF, NAN)
            } else {
                (x, NAN)
            }
        } else if x == 0.0 {
            (0.0, NAN)
        } else if x.is_nan() && y == 0.0 {
            (NAN, y)
        } else {
            (NAN, NAN)
        };
        if y.is_infinite() && !x.is_nan() {
            return Err(MathError::Domain);
        }
        return Ok(r);
    }
    let r = if x.abs() > log_large() {
        let xm1 = x - 1f64.copysign(x);
        (
            y.cos() * xm1.sinh() * std::f64::consts::E,
            y.sin() * xm1.cosh() * std::f64::consts::E,
        )
    } else {
        (y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    range_checked(r)
}

pub(crate) fn tanh(z: C) -> Out {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            (1f64.copysign(x), 0f64.copysign(2.0 * y.sin() * y.cos()))
        } else if x.is_infinite() {
            (1f64.copysign(x), if y == 0.0 { y } else { 0.0 })
        } else if x == 0.0 && !y.is_finite() {
            (x, NAN)
        } else if x.is_nan() && y == 0.0 {
            (NAN, y)
        } else {
            (NAN, NAN)
        };
        if y.is_infinite() && x.is_finite() {
            return Err(MathError::Domain);
        }
        return Ok(r);
    }
    if x.abs() > log_large() {
        return Ok((
            1f64.copysign(x),
            4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
        ));
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

pub(crate) fn cos(z: C) -> Out {
    cosh((-z.1, z.0))
}

pub(crate) fn sin(z: C) -> Out {
    rotated(sinh, z)
}

pub(crate) fn tan(z: C) -> Out {
    rotated(tanh, z)
}

/// `r * exp(i*phi)`.
pub(crate) fn rect(r: f64, phi: f64) -> Out {
    if !r.is_finite() || !phi.is_finite() {
        let out = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let s = if r > 0.0 { 1.0 } else { -1.0 };
            (s * INF.copysign(phi.cos()), s * INF.copysign(phi.sin()))
        } else if r.is_infinite() {
            if phi == 0.0 {
                (r, signed_zero(r, phi))
            } else {
                (INF, NAN)
            }
        } else if r == 0.0 {
            (0.0, 0.0)
        } else if r.is_nan() && phi == 0.0 {
            (NAN, 0.0)
        } else {
            (NAN, NAN)
        };
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err(MathError::Domain);
        }
        return Ok(out);
    }
    if phi == 0.0 {
        return Ok((r, r * phi));
    }
    Ok((r * phi.cos(), r * phi.sin()))
}

/// `abs(z)`, with overflow an error.
pub(crate) fn modulus(z: C) -> Result<f64, MathError> {
    if any_inf(z) {
        return Ok(INF);
    }
    if any_nan(z) {
        return Ok(NAN);
    }
    let h = z.0.hypot(z.1);
    if h.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(h)
}

/// The argument of `z`; an angle that underflows to zero is a range
/// error, as the C library's `atan2` reports it.
pub(crate) fn phase(z: C) -> Result<f64, MathError> {
    let p = z.1.atan2(z.0);
    if finite(z) && z.1 != 0.0 && p == 0.0 {
        return Err(MathError::Range);
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branch_cuts_keep_the_sign_of_zero() {
        assert_eq!(sqrt((-4.0, -0.0)), Ok((0.0, -2.0)));
        assert_eq!(sqrt((-4.0, 0.0)), Ok((0.0, 2.0)));
        assert_eq!(log((-1.0, -0.0)).map(|r| r.1), Ok(-std::f64::consts::PI));
        assert_eq!(atanh((1.0, 0.0)), Err(MathError::Domain));
        assert_eq!(exp((-INF, INF)), Ok((0.0, 0.0)));
        assert_eq!(
            acosh((INF, INF)).map(|r| r.1),
            Ok(std::f64::consts::FRAC_PI_4)
        );
    }
}
