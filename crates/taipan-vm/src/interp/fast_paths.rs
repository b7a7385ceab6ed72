//! Inline fast paths the dispatch loop tries before the generic protocol:
//! operands of exact built-in types whose result is known without looking
//! anything up (no user code can run, so the answer equals the slots').

use std::cell::RefCell;

use super::objects::{is_null, NativeFunction};
use crate::error::PyResult;
use crate::object::{TypeObject, Value};
use crate::ops;
use crate::types::bytes::BYTES_TYPE;
use crate::types::dict::{DictObject, DICT_TYPE};
use crate::types::float::{self, FloatObject, FLOAT_TYPE};
use crate::types::int::INT_TYPE;
use crate::types::list::{ListObject, LIST_TYPE};
use crate::types::object::lookup_in_type;
use crate::types::set::SET_TYPE;
use crate::types::str::{self as pystr, STR_TYPE};
use crate::types::tuple::TUPLE_TYPE;

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

/// `STORE_SUBSCR` on an exact dict, or an exact list with an in-range
/// small-int index. Gives the operands back when the generic path must run.
#[inline]
pub fn store_subscr(
    container: &Value,
    key: Value,
    v: Value,
) -> Result<PyResult<()>, (Value, Value)> {
    if let Some(d) = container.downcast_exact::<DictObject>() {
        return Ok(d.set_item(key, v));
    }
    if let (Some(l), Some(i)) = (container.downcast_exact::<ListObject>(), key.as_small_int()) {
        let j = if i < 0 { i + l.len() as i64 } else { i };
        if j >= 0 {
            if let Ok(j) = usize::try_from(j) {
                if l.set(j, v.clone()) {
                    return Ok(Ok(()));
                }
            }
        }
    }
    Err((key, v))
}

/// `container[key]` on an exact dict whose key is present (a missing key
/// takes the generic path, which raises `KeyError`).
#[inline]
pub fn dict_subscr(container: &Value, key: &Value) -> Option<PyResult<Value>> {
    let d = container.downcast_exact::<DictObject>()?;
    d.get_item(key).transpose()
}

/// A `CALL` of a built-in method (`d.get(k)`, `items.append(x)`, loaded
/// by `LOAD_ATTR` with its self) or of `str(x)`, without kwargs: called
/// directly. `w` is the call window: callable, self or NULL, arguments.
/// None when the generic call path must handle it (including every error
/// it would report before calling).
#[inline]
pub fn call_builtin(w: &[Value]) -> Option<PyResult<Value>> {
    let self_present = !is_null(&w[1]);
    let args = if self_present { &w[1..] } else { &w[2..] };
    if let Some(nf) = w[0].downcast::<NativeFunction>() {
        if nf.bound.is_none() && nf.owner.is_none() && nf.name == "len" {
            return Some((nf.f)(args, &[]));
        }
        let owner = nf.owner?;
        if nf.bound.is_some() || !args.first()?.type_of().is_subtype_of(owner) {
            return None;
        }
        nf.check_arity(args.len() - 1).ok()?;
        return Some((nf.f)(args, &[]));
    }
    let is_str = w[0]
        .downcast_exact::<TypeObject>()
        .is_some_and(|t| std::ptr::eq(t, &STR_TYPE));
    if is_str && args.len() == 1 {
        if let Some(i) = args[0].as_small_int() {
            return Some(Ok(small_int_str(i)));
        }
        return Some(ops::str(&args[0]));
    }
    None
}

/// `str(i)` of a small int without going through `repr`'s formatting.
fn small_int_str(i: i64) -> Value {
    // 19 digits and a sign hold any i64.
    let mut buf = [0u8; 20];
    let mut p = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        p -= 1;
        buf[p] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        p -= 1;
        buf[p] = b'-';
    }
    pystr::new(std::str::from_utf8(&buf[p..]).unwrap_or_default())
}

/// `a + b` (or `a += b`) on two exact strs.
#[inline]
pub fn str_concat(arg: u32, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if (arg == 0 || arg == 13) && a.is_exact(&STR_TYPE) && b.is_exact(&STR_TYPE) {
        return Some(pystr::concat(a, b));
    }
    None
}

/// Built-in types whose instances have no `__dict__` and whose attribute
/// lookup is the generic one; their type dicts never change, so a method
/// found there stays the answer.
fn plain_builtin(ty: &TypeObject) -> bool {
    [
        &LIST_TYPE,
        &DICT_TYPE,
        &STR_TYPE,
        &TUPLE_TYPE,
        &SET_TYPE,
        &INT_TYPE,
        &FLOAT_TYPE,
        &BYTES_TYPE,
    ]
    .into_iter()
    .any(|t| std::ptr::eq(t, ty))
}

const METHOD_CACHE_SIZE: usize = 256;

type MethodCacheEntry = Option<(usize, u64, Value)>;

thread_local! {
    /// (type address, interned name bits) -> method, direct-mapped.
    static METHOD_CACHE: RefCell<[MethodCacheEntry; METHOD_CACHE_SIZE]> =
        const { RefCell::new([const { None }; METHOD_CACHE_SIZE]) };
}

/// `LOAD_ATTR` of a method (`owner.name(...)`) on an instance of a plain
/// built-in type: the unbound native method, to be called with `owner`
/// as self. None: take the generic path.
#[inline]
pub fn builtin_method(owner: &Value, name: &Value) -> Option<Value> {
    let ty = owner.type_of();
    if !plain_builtin(ty) || !pystr::is_interned(name) {
        return None;
    }
    let key = (ty as *const TypeObject as usize, name.raw().bits());
    let slot = ((key.0 >> 4) ^ (key.1 >> 4) as usize) % METHOD_CACHE_SIZE;
    let hit = METHOD_CACHE.with(|c| match &c.borrow()[slot] {
        Some((t, n, m)) if (*t, *n) == key => Some(m.clone()),
        _ => None,
    });
    if hit.is_some() {
        return hit;
    }
    let m = lookup_in_type(ty, name).ok()??;
    let nf = m.downcast::<NativeFunction>()?;
    if nf.owner.is_none() || nf.bound.is_some() {
        return None;
    }
    let old = METHOD_CACHE.with(|c| c.borrow_mut()[slot].replace((key.0, key.1, m.clone())));
    drop(old);
    Some(m)
}
