//! Inline fast paths the dispatch loop tries before the generic protocol:
//! operands of exact built-in types whose result is known without looking
//! anything up (no user code can run, so the answer equals the slots').

use crate::object::Value;
use crate::types::float::{self, FloatObject};

/// A float operand of an arithmetic fast path: an exact float, or a small
/// int (converted as `int.__float__` rounds: to nearest, ties to even).
#[inline]
fn float_operand(v: &Value) -> Option<f64> {
    match v.downcast_exact::<FloatObject>() {
        Some(f) => Some(f.value()),
        None => v.as_small_int().map(|i| i as f64),
    }
}

/// `BINARY_OP` (oparg = CPython's operator number, in-place forms
/// included) on exact floats, or a float and a small int: `+ - *` and `/`
/// by a nonzero divisor. None: take the generic path.
#[inline]
pub fn float_binary(arg: u32, a: &Value, b: &Value) -> Option<Value> {
    if a.downcast_exact::<FloatObject>().is_none() && b.downcast_exact::<FloatObject>().is_none() {
        return None;
    }
    let (x, y) = (float_operand(a)?, float_operand(b)?);
    let r = match arg {
        0 | 13 => x + y,
        10 | 23 => x - y,
        5 | 18 => x * y,
        11 | 24 if y != 0.0 => x / y,
        _ => return None,
    };
    Some(float::new(r))
}

/// `BINARY_OP` on two small ints, for the operators whose result is cheap
/// to compute exactly; None when the operator is another or the result
/// needs the generic path (overflow into a big int, a zero divisor, a
/// negative shift).
#[inline]
pub fn small_int_binary(arg: u32, x: i64, y: i64) -> Option<Value> {
    // Small ints have 63 bits, so none of these overflows an i64 except
    // where checked; `Value::small_int` rejects results outside the range.
    let r = match arg {
        0 | 13 => x + y,
        10 | 23 => x - y,
        5 | 18 => x.checked_mul(y)?,
        1 | 14 => x & y,
        7 | 20 => x | y,
        12 | 25 => x ^ y,
        6 | 19 if y != 0 => {
            let r = x % y;
            if r != 0 && (r ^ y) < 0 {
                r + y
            } else {
                r
            }
        }
        2 | 15 if y != 0 => {
            let q = x / y;
            if x % y != 0 && (x ^ y) < 0 {
                q - 1
            } else {
                q
            }
        }
        9 | 22 if y >= 0 => x >> y.min(63),
        3 | 16 if (0..63).contains(&y) => {
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        _ => return None,
    };
    Value::small_int(r)
}
