//! The abstract object protocol: the generic operations the interpreter
//! calls (hash, repr, comparison, arithmetic, item access, iteration),
//! dispatching through the type slots with CPython's rules (reflected
//! operands, subclass priority, `NotImplemented`) and its error messages.

use std::cell::RefCell;

use crate::error::{PyErr, PyResult};
use crate::object::{BinOp, BinaryFn, CompareOp, TypeObject, Value};
use crate::types::exceptions::{ATTRIBUTE_ERROR, TYPE_ERROR};
use crate::types::float::{self, FloatObject};
use crate::types::singletons::{self, is_not_implemented};
use crate::types::str::{self as pystr, StrObject, STR_TYPE};
use crate::types::{int, object};

/// `hash(v)`.
#[inline]
pub fn hash(v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::hash::hash_i64(i));
    }
    if let Some(s) = v.downcast_exact::<StrObject>() {
        return Ok(s.hash());
    }
    match v.type_of().slots.hash {
        Some(f) => f(v),
        None => Err(unhashable(v)),
    }
}

pub(crate) fn unhashable(v: &Value) -> PyErr {
    PyErr::new(
        &TYPE_ERROR,
        format!("unhashable type: '{}'", v.type_of().tp_name()),
    )
}

fn check_str_result(r: Value, what: &str) -> PyResult<Value> {
    if r.downcast::<StrObject>().is_some() {
        Ok(r)
    } else {
        Err(PyErr::new(
            &TYPE_ERROR,
            format!("{what} returned non-string (type {})", r.type_of().name),
        ))
    }
}

/// Most nested `repr` calls (the interpreter keeps it at the recursion
/// limit); deeper nesting raises `RecursionError` instead of exhausting the
/// Rust stack.
pub static REPR_DEPTH_LIMIT: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(1000);

thread_local! {
    static REPR_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// `repr(v)`: a `str`.
pub fn repr(v: &Value) -> PyResult<Value> {
    let depth = REPR_DEPTH.with(|d| d.get());
    if depth >= REPR_DEPTH_LIMIT.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(PyErr::new(
            &crate::types::exceptions::RECURSION_ERROR,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    REPR_DEPTH.with(|d| d.set(depth + 1));
    let r = repr_inner(v);
    REPR_DEPTH.with(|d| d.set(depth));
    r
}

fn repr_inner(v: &Value) -> PyResult<Value> {
    match v.type_of().slots.repr {
        Some(f) => check_str_result(f(v)?, "__repr__"),
        None => Ok(pystr::new(&object::default_repr_text(v))),
    }
}

/// `str(v)`: a `str`.
pub fn str(v: &Value) -> PyResult<Value> {
    if v.is_exact(&STR_TYPE) {
        return Ok(v.clone());
    }
    match v.type_of().slots.str {
        Some(f) => check_str_result(f(v)?, "__str__"),
        None => repr(v),
    }
}

thread_local! {
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Guards a container's `repr` against recursion (`[...]`): `enter`
/// returns `None` when the object's repr is already in progress.
pub struct ReprGuard {
    addr: usize,
}

impl ReprGuard {
    pub fn enter(v: &Value) -> Option<ReprGuard> {
        let addr = object::address(v);
        REPR_STACK
            .try_with(|s| {
                let mut s = s.borrow_mut();
                if s.contains(&addr) {
                    None
                } else {
                    s.push(addr);
                    Some(ReprGuard { addr })
                }
            })
            .ok()
            .flatten()
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        let _ = REPR_STACK.try_with(|s| {
            let mut s = s.borrow_mut();
            if let Some(pos) = s.iter().rposition(|&a| a == self.addr) {
                s.remove(pos);
            }
        });
    }
}

/// `a <op> b`, any result object.
pub fn richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    // Containers compare their items through here: bound the nesting
    // (self-referencing containers) before it exhausts the Rust stack.
    let depth = COMPARE_DEPTH.with(|d| d.get());
    if depth >= REPR_DEPTH_LIMIT.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(PyErr::new(
            &crate::types::exceptions::RECURSION_ERROR,
            "maximum recursion depth exceeded in comparison",
        ));
    }
    COMPARE_DEPTH.with(|d| d.set(depth + 1));
    let r = richcompare_inner(a, b, op);
    COMPARE_DEPTH.with(|d| d.set(depth));
    r
}

thread_local! {
    static COMPARE_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn richcompare_inner(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let ta = a.type_of();
    let tb = b.type_of();
    let mut checked_reverse = false;
    if !std::ptr::eq(ta, tb) && tb.is_subtype_of(ta) {
        if let Some(f) = tb.slots.richcompare {
            checked_reverse = true;
            let r = f(b, a, op.swapped())?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.slots.richcompare {
        let r = f(a, b, op)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = tb.slots.richcompare {
            let r = f(b, a, op.swapped())?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(singletons::bool(a.is(b))),
        CompareOp::Ne => Ok(singletons::bool(!a.is(b))),
        _ => Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                ta.tp_name(),
                tb.tp_name()
            ),
        )),
    }
}

/// `a <op> b` as a truth value; identical objects are equal (as CPython's
/// containers assume).
#[inline]
pub fn richcompare_bool(a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    if a.is(b) {
        match op {
            CompareOp::Eq => return Ok(true),
            CompareOp::Ne => return Ok(false),
            _ => {}
        }
    }
    let r = richcompare(a, b, op)?;
    truthy(&r)
}

/// `a == b` for containers and lookups.
#[inline]
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    richcompare_bool(a, b, CompareOp::Eq)
}

/// `bool(v)`.
pub fn truthy(v: &Value) -> PyResult<bool> {
    if v.is(&singletons::true_()) {
        return Ok(true);
    }
    if v.is(&singletons::false_()) || singletons::is_none(v) {
        return Ok(false);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    let slots = &v.type_of().slots;
    if let Some(f) = slots.bool {
        return f(v);
    }
    if let Some(f) = slots.length {
        return Ok(f(v)? != 0);
    }
    Ok(true)
}

/// The binary operator slots of `a` and `b` tried in CPython's order:
/// the right operand first when its type is a proper subtype of the left
/// one's; each slot is called with the operands in their original order.
fn binary_op1(
    a: &Value,
    b: &Value,
    slot: impl Fn(&TypeObject) -> Option<BinaryFn>,
) -> PyResult<Value> {
    let ta = a.type_of();
    let tb = b.type_of();
    let slotv = slot(ta);
    let mut slotw = if std::ptr::eq(ta, tb) { None } else { slot(tb) };
    if slotw.map(|f| f as usize) == slotv.map(|f| f as usize) {
        slotw = None;
    }
    if let Some(fv) = slotv {
        if let Some(fw) = slotw {
            if tb.is_subtype_of(ta) {
                let r = fw(a, b)?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
                slotw = None;
            }
        }
        let r = fv(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(fw) = slotw {
        return fw(a, b);
    }
    Ok(singletons::not_implemented())
}

fn unsupported(a: &Value, b: &Value, symbol: &str) -> PyErr {
    PyErr::new(
        &TYPE_ERROR,
        format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            a.type_of().name,
            b.type_of().name
        ),
    )
}

/// Sequence fallbacks of `+` and `*` once the number slots declined.
fn sequence_fallback(a: &Value, b: &Value, op: BinOp, inplace: bool) -> Option<PyResult<Value>> {
    let sa = &a.type_of().slots;
    match op {
        BinOp::Add => {
            let f = if inplace {
                sa.inplace_concat.or(sa.concat)
            } else {
                sa.concat
            };
            f.map(|f| f(a, b))
        }
        BinOp::Mul => {
            if let Some(f) = sa.repeat {
                return Some(f(a, b));
            }
            let sb = &b.type_of().slots;
            sb.repeat
                .filter(|_| int::as_int(a).is_some())
                .map(|f| f(b, a))
        }
        _ => None,
    }
}

/// `a <op> b`.
#[inline]
pub fn binary_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if a.is_small_int() && b.is_small_int() {
        match op {
            BinOp::Add => return int::add(a, b),
            BinOp::Sub => return int::sub(a, b),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (
        a.downcast_exact::<FloatObject>(),
        b.downcast_exact::<FloatObject>(),
    ) {
        let (x, y) = (x.value(), y.value());
        match op {
            BinOp::Add => return Ok(float::new(x + y)),
            BinOp::Sub => return Ok(float::new(x - y)),
            BinOp::Mul => return Ok(float::new(x * y)),
            _ => {}
        }
    }
    binary_op_generic(a, b, op)
}

fn binary_op_generic(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let r = binary_op1(a, b, |t| t.slots.number[op as usize])?;
    if !is_not_implemented(&r) {
        return Ok(r);
    }
    if let Some(r) = sequence_fallback(a, b, op, false) {
        return r;
    }
    Err(unsupported(a, b, op.symbol()))
}

/// `a <op>= b`: the in-place slot of `a`, then the binary operator.
pub fn inplace_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let Some(f) = a.type_of().slots.inplace[op as usize] {
        let r = f(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let r = binary_op1(a, b, |t| t.slots.number[op as usize])?;
    if !is_not_implemented(&r) {
        return Ok(r);
    }
    if let Some(r) = sequence_fallback(a, b, op, true) {
        return r;
    }
    Err(unsupported(a, b, op.inplace_symbol()))
}

/// `divmod(a, b)`.
pub fn divmod(a: &Value, b: &Value) -> PyResult<Value> {
    let r = binary_op1(a, b, |t| t.slots.divmod)?;
    if !is_not_implemented(&r) {
        return Ok(r);
    }
    Err(unsupported(a, b, "divmod()"))
}

/// `pow(a, b, m)`.
pub fn pow3(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if singletons::is_none(m) {
        return binary_op(a, b, BinOp::Pow);
    }
    let mut tried: Vec<usize> = Vec::new();
    for t in [a.type_of(), b.type_of(), m.type_of()] {
        if let Some(f) = t.slots.pow3 {
            if tried.contains(&(f as usize)) {
                continue;
            }
            tried.push(f as usize);
            let r = f(a, b, m)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    Err(PyErr::new(
        &TYPE_ERROR,
        format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            a.type_of().name,
            b.type_of().name,
            m.type_of().name
        ),
    ))
}

fn unary(v: &Value, slot: Option<crate::object::UnaryFn>, what: &str) -> PyResult<Value> {
    if let Some(f) = slot {
        let r = f(v)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(PyErr::new(
        &TYPE_ERROR,
        format!("bad operand type for {what}: '{}'", v.type_of().name),
    ))
}

/// `-v`.
pub fn neg(v: &Value) -> PyResult<Value> {
    unary(v, v.type_of().slots.neg, "unary -")
}

/// `+v`.
pub fn pos(v: &Value) -> PyResult<Value> {
    unary(v, v.type_of().slots.pos, "unary +")
}

/// `~v`.
pub fn invert(v: &Value) -> PyResult<Value> {
    unary(v, v.type_of().slots.invert, "unary ~")
}

/// `abs(v)`.
pub fn abs(v: &Value) -> PyResult<Value> {
    unary(v, v.type_of().slots.abs, "abs()")
}

/// `operator.index(v)`: an exact int through `__index__`.
pub fn index(v: &Value) -> PyResult<Value> {
    if v.is_small_int() || v.is_exact(&int::INT_TYPE) {
        return Ok(v.clone());
    }
    if let Some(f) = v.type_of().slots.index {
        let r = f(v)?;
        if int::as_int(&r).is_some() && !is_not_implemented(&r) {
            return int::to_exact_int(&r);
        }
        if !is_not_implemented(&r) {
            return Err(PyErr::new(
                &TYPE_ERROR,
                format!("__index__ returned non-int (type {})", r.type_of().name),
            ));
        }
    }
    Err(PyErr::new(
        &TYPE_ERROR,
        format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_of().name
        ),
    ))
}

/// `v` as an int where sequences take one (subscripts, repeat counts): `v`
/// itself when an int, else what its `__index__` returns; `None` when its
/// type has no `__index__`.
pub fn index_operand(v: &Value) -> PyResult<Option<Value>> {
    if int::as_int(v).is_some() {
        return Ok(Some(v.clone()));
    }
    if v.type_of().slots.index.is_none() {
        return Ok(None);
    }
    index(v).map(Some)
}

/// `len(v)`.
pub fn len(v: &Value) -> PyResult<usize> {
    match v.type_of().slots.length {
        Some(f) => f(v),
        None => Err(PyErr::new(
            &TYPE_ERROR,
            format!("object of type '{}' has no len()", v.type_of().name),
        )),
    }
}

/// `obj[key]`.
pub fn getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    match obj.type_of().slots.getitem {
        Some(f) => f(obj, key),
        None => Err(PyErr::new(
            &TYPE_ERROR,
            format!("'{}' object is not subscriptable", obj.type_of().name),
        )),
    }
}

/// `obj[key] = value`, or `del obj[key]` when `value` is `None`.
pub fn setitem(obj: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    match obj.type_of().slots.setitem {
        Some(f) => f(obj, key, value),
        None => Err(PyErr::new(
            &TYPE_ERROR,
            match value {
                Some(_) => format!(
                    "'{}' object does not support item assignment",
                    obj.type_of().name
                ),
                None => format!(
                    "'{}' object doesn't support item deletion",
                    obj.type_of().name
                ),
            },
        )),
    }
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    let slots = &container.type_of().slots;
    if let Some(f) = slots.contains {
        return f(container, item);
    }
    if slots.iter.is_some() {
        let it = iter(container)?;
        while let Some(x) = next(&it)? {
            if eq(&x, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(PyErr::new(
        &TYPE_ERROR,
        format!(
            "argument of type '{}' is not a container or iterable",
            container.type_of().name
        ),
    ))
}

/// `iter(v)`.
pub fn iter(v: &Value) -> PyResult<Value> {
    match v.type_of().slots.iter {
        Some(f) => f(v),
        None => Err(PyErr::new(
            &TYPE_ERROR,
            format!("'{}' object is not iterable", v.type_of().name),
        )),
    }
}

/// `next(it)`; `Ok(None)` at the end.
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    match it.type_of().slots.next {
        Some(f) => f(it),
        None => Err(PyErr::new(
            &TYPE_ERROR,
            format!("'{}' object is not an iterator", it.type_of().name),
        )),
    }
}

/// Collects an iterable into a vector.
pub fn collect(iterable: &Value) -> PyResult<Vec<Value>> {
    let it = iter(iterable)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `getattr(v, name)`; `name` is a `str`.
pub fn getattr(v: &Value, name: &Value) -> PyResult<Value> {
    match v.type_of().slots.getattr {
        Some(f) => f(v, name),
        None => Err(PyErr::new(
            &ATTRIBUTE_ERROR,
            format!(
                "'{}' object has no attribute '{}'",
                v.type_of().name,
                pystr::to_string_lossy(name)
            ),
        )),
    }
}

/// `setattr(v, name, value)`, or `delattr` when `value` is `None`.
pub fn setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    match v.type_of().slots.setattr {
        Some(f) => f(v, name, value),
        // CPython's `PyObject_GenericSetAttr`, the default of every type.
        None => crate::interp::attrs::generic_setattr(v, name, value),
    }
}
