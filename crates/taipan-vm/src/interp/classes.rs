//! User classes: `__build_class__`, heap types with C3 MRO and metaclasses,
//! instances (the solid base's layout plus an `InstanceExt` holding the
//! `__dict__` and `__slots__` values, `object::extend`), slot trampolines
//! that dispatch dunder methods, descriptors (property, classmethod,
//! staticmethod, slot members) and `super`.

use super::attrs::{self, generic_getattr, generic_setattr};
use super::objects::{simple_type, FunctionObject};
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::extend::{self, ext_offset, InstanceExt};
use crate::object::typeobj::DeallocFn;
use crate::object::{tpflags, Cell, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{ATTRIBUTE_ERROR, BASE_EXCEPTION, KEY_ERROR, VALUE_ERROR};
use crate::types::object::{lookup_in_type, OBJECT_TYPE, TYPE_TYPE};
use crate::types::{dict, int, singletons, str as pystr, tuple};

/// The layout of a bare `object()`; instances of heap types whose solid
/// base is `object` are `Extended<InstanceObject>`.
#[repr(C)]
pub struct InstanceObject {
    header: ObjHeader,
}
// SAFETY: `#[repr(C)]`, header first; every object starts with a header.
unsafe impl PyPayload for InstanceObject {
    fn type_object() -> &'static TypeObject {
        &OBJECT_TYPE
    }
}

impl InstanceObject {
    /// A bare `object()`.
    pub fn plain() -> InstanceObject {
        InstanceObject {
            header: ObjHeader::new(&OBJECT_TYPE),
        }
    }
}

/// Checks that a native method got `self` plus exactly `n` positional
/// arguments and no keywords.
pub fn check_args(a: &[Value], k: &[Value], n: usize) -> PyResult<()> {
    if !k.is_empty() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    let given = a.len().saturating_sub(1);
    if given != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {given}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn attr(ty: &TypeObject, name: &str) -> Option<Value> {
    lookup_in_type(ty, &pystr::intern(name)).ok().flatten()
}

fn call_dunder(v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    match attr(v.type_of(), name) {
        Some(f) => {
            let bound = attrs::bind(f, v)?;
            call_object(&bound, args, &[]).map(Some)
        }
        None => Ok(None),
    }
}

/// Like `call_dunder`, but a missing method is an `AttributeError` naming
/// it (CPython's `slot_tp_descr_set` and friends).
fn call_required(v: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    call_dunder(v, name, args)?.ok_or_else(|| PyErr::new(&ATTRIBUTE_ERROR, name))
}

/// `getattr` slot of heap types: `object.__getattribute__`, then
/// `__getattr__` on `AttributeError`.
pub fn instance_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    getattr_fallback(v, name, generic_getattr(v, name))
}

/// `getattr` slot of heap types that override `__getattribute__`.
fn instance_getattribute(v: &Value, name: &Value) -> PyResult<Value> {
    let r = match attr(v.type_of(), "__getattribute__") {
        Some(f) => call_object(&attrs::bind(f, v)?, std::slice::from_ref(name), &[]),
        None => generic_getattr(v, name),
    };
    getattr_fallback(v, name, r)
}

fn getattr_fallback(v: &Value, name: &Value, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => match attr(v.type_of(), "__getattr__") {
            Some(f) => call_object(&attrs::bind(f, v)?, std::slice::from_ref(name), &[]),
            None => Err(e),
        },
        r => r,
    }
}

fn instance_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let hook = if value.is_some() {
        "__setattr__"
    } else {
        "__delattr__"
    };
    if let Some(f) = attr(v.type_of(), hook) {
        if f.downcast::<super::objects::NativeFunction>().is_none() {
            let mut args = vec![name.clone()];
            args.extend(value.cloned());
            return call_object(&attrs::bind(f, v)?, &args, &[]).map(drop);
        }
    }
    generic_setattr(v, name, value)
}

fn default_repr(v: &Value) -> Value {
    pystr::new(&crate::types::object::default_repr_text(v))
}

fn slot_repr(v: &Value) -> PyResult<Value> {
    Ok(call_dunder(v, "__repr__", &[])?.unwrap_or_else(|| default_repr(v)))
}
fn slot_str(v: &Value) -> PyResult<Value> {
    match call_dunder(v, "__str__", &[])? {
        Some(r) => Ok(r),
        None => slot_repr(v),
    }
}
fn slot_hash(v: &Value) -> PyResult<i64> {
    match attr(v.type_of(), "__hash__") {
        Some(f) if singletons::is_none(&f) => Err(type_error(format!(
            "unhashable type: '{}'",
            v.type_of().name
        ))),
        Some(f) => {
            let r = call_object(&attrs::bind(f, v)?, &[], &[])?;
            match int::as_int(&r) {
                Some(i) => Ok(match i.to_i64() {
                    Some(-1) => -2,
                    Some(h) => h,
                    None => ops::hash(&int::to_exact_int(&r)?)?,
                }),
                None => Err(type_error("__hash__ method should return an integer")),
            }
        }
        None => crate::types::object::identity_hash(v),
    }
}
fn slot_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let name = op.dunder();
    if let Some(f) = attr(a.type_of(), name) {
        if !singletons::is_none(&f) {
            return call_object(&attrs::bind(f, a)?, std::slice::from_ref(b), &[]);
        }
    }
    Ok(singletons::not_implemented())
}
/// The dunders behind `object`'s default repr, hash and comparison slots,
/// which a class may get after it is made (dataclasses adds them).
const LATE_DUNDERS: &[&str] = &[
    "__repr__", "__hash__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
];

pub(crate) fn is_late_dunder(name: &Value) -> bool {
    pystr::as_str(name).is_some_and(|n| LATE_DUNDERS.contains(&n))
}

/// Whether `v`'s class got dunder `name` after it was made: the first class
/// along the MRO defining it is a heap class, and the class is marked.
fn defines_late(v: &Value, name: &str) -> bool {
    let ty = v.type_of();
    if !ty.late_dunders.load(std::sync::atomic::Ordering::Relaxed) {
        return false;
    }
    let key = pystr::intern(name);
    for t in tuple::items(ty.mro()) {
        let Some(t) = t.downcast::<TypeObject>() else {
            continue;
        };
        if t.dict_if_created()
            .is_some_and(|d| dict::get_item(d, &key).ok().flatten().is_some())
        {
            return t.has_flag(tpflags::HEAPTYPE);
        }
    }
    false
}

/// `object`'s repr/hash/comparison slots for a class that got the dunder
/// after it was made (`late_dunders`); None: the default applies.
pub(crate) fn late_repr(v: &Value) -> Option<PyResult<Value>> {
    defines_late(v, "__repr__").then(|| slot_repr(v))
}

pub(crate) fn late_hash(v: &Value) -> Option<PyResult<i64>> {
    defines_late(v, "__hash__").then(|| slot_hash(v))
}

pub(crate) fn late_richcompare(a: &Value, b: &Value, op: CompareOp) -> Option<PyResult<Value>> {
    let name = op.dunder();
    if defines_late(a, name) {
        return Some(slot_richcompare(a, b, op));
    }
    // `!=` without a `__ne__` of its own inverts `__eq__`, as object's does.
    if op == CompareOp::Ne && defines_late(a, "__eq__") {
        return Some(slot_richcompare(a, b, CompareOp::Eq).and_then(|r| {
            if r.is(&singletons::not_implemented()) {
                Ok(r)
            } else {
                Ok(singletons::bool(!crate::ops::truthy(&r)?))
            }
        }));
    }
    None
}

fn slot_iter(v: &Value) -> PyResult<Value> {
    match attr(v.type_of(), "__iter__") {
        Some(f) if !singletons::is_none(&f) => call_object(&attrs::bind(f, v)?, &[], &[]),
        _ => Err(type_error(format!(
            "'{}' object is not iterable",
            v.type_of().name
        ))),
    }
}
fn slot_next(v: &Value) -> PyResult<Option<Value>> {
    match call_dunder(v, "__next__", &[]) {
        Ok(r) => Ok(r),
        Err(e) if e.matches(&crate::types::exceptions::STOP_ITERATION) => Ok(None),
        Err(e) => Err(e),
    }
}
fn slot_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let f = attr(v.type_of(), "__call__").ok_or_else(|| type_error("not callable"))?;
    super::call_slot(&attrs::bind(f, v)?, args, kwargs)
}
fn slot_len(v: &Value) -> PyResult<usize> {
    let r = call_dunder(v, "__len__", &[])?.ok_or_else(|| type_error("no len"))?;
    // Any `__index__` result counts, as long as it fits a Py_ssize_t.
    let n = crate::ops::index(&r)?;
    let n = int::as_int(&n).and_then(|i| i.to_i64()).ok_or_else(|| {
        PyErr::new(
            &crate::types::exceptions::OVERFLOW_ERROR,
            "cannot fit 'int' into an index-sized integer",
        )
    })?;
    if n < 0 {
        return Err(PyErr::new(
            &crate::types::exceptions::VALUE_ERROR,
            "__len__() should return >= 0",
        ));
    }
    Ok(n as usize)
}
fn slot_bool(v: &Value) -> PyResult<bool> {
    if let Some(r) = call_dunder(v, "__bool__", &[])? {
        if r.is_exact(&crate::types::singletons::BOOL_TYPE) {
            return Ok(r.is(&singletons::true_()));
        }
        return Err(type_error(format!(
            "__bool__ should return bool, returned {}",
            r.type_of().name
        )));
    }
    if attr(v.type_of(), "__len__").is_some() {
        return Ok(slot_len(v)? > 0);
    }
    Ok(true)
}
fn slot_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    call_dunder(v, "__getitem__", std::slice::from_ref(k))?.ok_or_else(|| {
        type_error(format!(
            "'{}' object is not subscriptable",
            v.type_of().name
        ))
    })
}
fn slot_setitem(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
    let r = match x {
        Some(x) => call_dunder(v, "__setitem__", &[k.clone(), x.clone()])?,
        None => call_dunder(v, "__delitem__", std::slice::from_ref(k))?,
    };
    r.map(drop).ok_or_else(|| {
        type_error(format!(
            "'{}' object does not support item assignment",
            v.type_of().name
        ))
    })
}
fn slot_contains(v: &Value, k: &Value) -> PyResult<bool> {
    match call_dunder(v, "__contains__", std::slice::from_ref(k))? {
        Some(r) => ops::truthy(&r),
        None => {
            let it = attrs::iter(v)?;
            while let Some(x) = attrs::next(&it)? {
                if x.is(k) || ops::eq(&x, k)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}
fn unary(v: &Value, name: &str, sym: &str) -> PyResult<Value> {
    call_dunder(v, name, &[])?.ok_or_else(|| {
        type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            v.type_of().name
        ))
    })
}
fn slot_pos(v: &Value) -> PyResult<Value> {
    unary(v, "__pos__", "+")
}
fn slot_invert(v: &Value) -> PyResult<Value> {
    unary(v, "__invert__", "~")
}
fn slot_abs(v: &Value) -> PyResult<Value> {
    call_dunder(v, "__abs__", &[])?.ok_or_else(|| {
        type_error(format!(
            "bad operand type for abs(): '{}'",
            v.type_of().name
        ))
    })
}
fn slot_index(v: &Value) -> PyResult<Value> {
    call_dunder(v, "__index__", &[])?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_of().name
        ))
    })
}
fn slot_int(v: &Value) -> PyResult<Value> {
    match call_dunder(v, "__int__", &[])? {
        Some(r) => Ok(r),
        None => slot_index(v),
    }
}
fn slot_float(v: &Value) -> PyResult<Value> {
    call_dunder(v, "__float__", &[])?
        .ok_or_else(|| type_error(format!("must be real number, not {}", v.type_of().name)))
}
fn slot_neg(v: &Value) -> PyResult<Value> {
    call_dunder(v, "__neg__", &[])?.ok_or_else(|| {
        type_error(format!(
            "bad operand type for unary -: '{}'",
            v.type_of().name
        ))
    })
}

const BIN_NAMES: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// Whether `sub` finds another `name` than `base` does (CPython's
/// `method_is_overloaded`): the subclass's reflected method then goes first.
fn overloads(base: &TypeObject, sub: &TypeObject, name: &str) -> PyResult<bool> {
    let n = pystr::intern(name);
    Ok(match lookup_in_type(sub, &n)? {
        None => false,
        Some(f) => !lookup_in_type(base, &n)?.is_some_and(|g| g.is(&f)),
    })
}

fn heap_binop<const N: usize>(a: &Value, b: &Value) -> PyResult<Value> {
    let (name, rname, _) = BIN_NAMES[N];
    binop_dunders(a, b, name, rname)
}

/// `divmod(a, b)` of heap types: `__divmod__` / `__rdivmod__`.
fn slot_divmod(a: &Value, b: &Value) -> PyResult<Value> {
    binop_dunders(a, b, "__divmod__", "__rdivmod__")
}

/// `pow(a, b, m)` of heap types: `a.__pow__(b, m)`.
fn slot_pow3(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if a.type_of().has_flag(tpflags::HEAPTYPE) {
        if let Some(r) = call_dunder(a, "__pow__", &[b.clone(), m.clone()])? {
            return Ok(r);
        }
    }
    Ok(singletons::not_implemented())
}

/// A binary operator of heap types, CPython's `SLOT1BINFULL`: the right
/// operand's reflected method first when its class is a subclass that
/// overrides it, then the left's method, then the right's reflected one.
fn binop_dunders(a: &Value, b: &Value, name: &str, rname: &str) -> PyResult<Value> {
    let a_heap = a.type_of().has_flag(tpflags::HEAPTYPE);
    let b_heap = b.type_of().has_flag(tpflags::HEAPTYPE);
    let b_first = b_heap
        && !std::ptr::eq(a.type_of(), b.type_of())
        && b.type_of().is_subtype_of(a.type_of())
        && overloads(a.type_of(), b.type_of(), rname)?;
    if b_first {
        if let Some(r) = call_dunder(b, rname, std::slice::from_ref(a))? {
            if !singletons::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if a_heap {
        if let Some(r) = call_dunder(a, name, std::slice::from_ref(b))? {
            if !singletons::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if !b_first && b_heap && !std::ptr::eq(a.type_of(), b.type_of()) {
        if let Some(r) = call_dunder(b, rname, std::slice::from_ref(a))? {
            return Ok(r);
        }
    }
    Ok(singletons::not_implemented())
}

fn heap_inplace<const N: usize>(a: &Value, b: &Value) -> PyResult<Value> {
    let (_, _, iname) = BIN_NAMES[N];
    if let Some(r) = call_dunder(a, iname, std::slice::from_ref(b))? {
        return Ok(r);
    }
    Ok(singletons::not_implemented())
}

macro_rules! binops {
    ($($n:literal)*) => {
        [$(Some(heap_binop::<$n> as crate::object::BinaryFn)),*]
    };
}
macro_rules! inplaces {
    ($($n:literal)*) => {
        [$(Some(heap_inplace::<$n> as crate::object::BinaryFn)),*]
    };
}

/// `getitem` of dict subclasses that define `__missing__`.
fn slot_getitem_missing(v: &Value, k: &Value) -> PyResult<Value> {
    let base = crate::types::dict::DICT_TYPE
        .slots
        .getitem
        .expect("dict getitem");
    match base(v, k) {
        Err(e) if e.matches(&KEY_ERROR) => call_required(v, "__missing__", std::slice::from_ref(k)),
        r => r,
    }
}

/// `iter` slot checking that `__iter__` returned an iterator.
fn slot_iter_checked(v: &Value) -> PyResult<Value> {
    let it = slot_iter(v)?;
    if it.type_of().slots.next.is_none() {
        return Err(type_error(format!(
            "iter() returned non-iterator of type '{}'",
            it.type_of().name
        )));
    }
    Ok(it)
}

/// The slots of a new heap type: the solid base's, with a trampoline for
/// every dunder that a heap class in the MRO defines (`has`).
fn heap_slots(solid: &TypeObject, has: impl Fn(&str) -> bool) -> Slots {
    let mut s = solid.slots;
    let any = |names: &[&str]| names.iter().any(|n| has(n));
    if has("__repr__") {
        s.repr = Some(slot_repr);
    }
    if any(&["__str__", "__repr__"]) {
        s.str = Some(slot_str);
    }
    if any(&["__hash__", "__eq__"]) {
        s.hash = Some(slot_hash);
    }
    if any(&["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]) {
        s.richcompare = Some(slot_richcompare);
    }
    if has("__iter__") {
        s.iter = Some(slot_iter_checked);
    }
    if has("__next__") {
        s.next = Some(slot_next);
    }
    if has("__call__") {
        s.call = Some(slot_call);
    }
    if has("__len__") {
        s.length = Some(slot_len);
    }
    if any(&["__bool__", "__len__"]) {
        s.bool = Some(slot_bool);
    }
    if has("__getitem__") {
        s.getitem = Some(slot_getitem);
    } else if has("__missing__") && solid.is_subtype_of(&crate::types::dict::DICT_TYPE) {
        s.getitem = Some(slot_getitem_missing);
    }
    if any(&["__setitem__", "__delitem__"]) {
        s.setitem = Some(slot_setitem);
    }
    if has("__contains__") {
        s.contains = Some(slot_contains);
    }
    let unary: [(
        &str,
        &mut Option<crate::object::UnaryFn>,
        crate::object::UnaryFn,
    ); 7] = [
        ("__neg__", &mut s.neg, slot_neg),
        ("__pos__", &mut s.pos, slot_pos),
        ("__invert__", &mut s.invert, slot_invert),
        ("__abs__", &mut s.abs, slot_abs),
        ("__index__", &mut s.index, slot_index),
        ("__float__", &mut s.float, slot_float),
        ("__int__", &mut s.int, slot_int),
    ];
    for (n, slot, f) in unary {
        if has(n) {
            *slot = Some(f);
        }
    }
    if has("__index__") && s.int.is_none() {
        s.int = Some(slot_int);
    }
    let bin = binops!(0 1 2 3 4 5 6 7 8 9 10 11 12);
    let inp = inplaces!(0 1 2 3 4 5 6 7 8 9 10 11 12);
    for (i, (n, r, ip)) in BIN_NAMES.iter().enumerate() {
        if has(n) || has(r) {
            s.number[i] = bin[i];
        }
        if has(ip) {
            s.inplace[i] = inp[i];
        }
    }
    if any(&["__divmod__", "__rdivmod__"]) {
        s.divmod = Some(slot_divmod);
    }
    if has("__pow__") {
        s.pow3 = Some(slot_pow3);
    }
    if has("__del__") {
        s.finalize = Some(run_del);
    }
    s
}

/// `__del__`, called with a temporary reference before an instance is
/// freed; errors are reported as CPython reports them and then ignored.
fn run_del(v: &Value) {
    if let Some(f) = attr(v.type_of(), "__del__") {
        let r = attrs::bind(f.clone(), v).and_then(|m| call_object(&m, &[], &[]));
        if let Err(e) = r {
            let what = ops::repr(&f)
                .map(|r| pystr::to_string_lossy(&r))
                .unwrap_or_default();
            super::builtins::write_stderr(&format!(
                "Exception ignored while calling deallocator {what}:\n{}",
                super::traceback::format_unraisable(e.instance())
            ));
        }
    }
}

/// Operations on the layout of a built-in type that heap types extend.
#[derive(Clone, Copy)]
struct Layout {
    dealloc: DeallocFn,
    offset: usize,
    extend: fn(Value, &TypeObject, &TypeObject, InstanceExt) -> Result<Value, Value>,
    /// An unshared object of the base type with the value of `v`, for when
    /// the constructor handed back a shared one (small int, empty str, ...).
    fresh: fn(&Value) -> PyResult<Value>,
}

macro_rules! layout {
    ($t:ty, $fresh:expr) => {
        Layout {
            dealloc: extend::dealloc_extended::<$t>,
            offset: ext_offset::<$t>(),
            extend: extend::extend::<$t>,
            fresh: $fresh,
        }
    };
}

fn layout_of(solid: &TypeObject) -> Option<Layout> {
    use crate::types::bytes::{self, BytesObject, BYTES_TYPE};
    use crate::types::dict::{DictObject, DICT_TYPE};
    use crate::types::float::{self, FloatObject, FLOAT_TYPE};
    use crate::types::int::{IntObject, INT_TYPE};
    use crate::types::list::{self, ListObject, LIST_TYPE};
    use crate::types::set::{self, SetObject, FROZENSET_TYPE, SET_TYPE};
    use crate::types::str::{StrObject, STR_TYPE};
    use crate::types::tuple::{TupleObject, TUPLE_TYPE};
    let is = |t: &TypeObject| std::ptr::eq(solid, t);
    Some(if is(&OBJECT_TYPE) {
        layout!(InstanceObject, |_| Ok(Value::from_box(Box::new(
            InstanceObject::plain()
        ))))
    } else if is(&INT_TYPE) {
        layout!(IntObject, |v| Ok(int::new_boxed(
            int::as_int(v).ok_or_else(|| type_error("int expected"))?
        )))
    } else if is(&FLOAT_TYPE) {
        layout!(FloatObject, |v| Ok(float::new(
            float::as_f64(v).ok_or_else(|| type_error("float expected"))?
        )))
    } else if is(&STR_TYPE) {
        layout!(StrObject, |v| Ok(pystr::new_unshared(
            v.downcast::<StrObject>()
                .ok_or_else(|| type_error("str expected"))?
                .as_bytes()
        )))
    } else if is(&BYTES_TYPE) {
        layout!(BytesObject, |v| Ok(bytes::from_vec(
            bytes::as_bytes(v)
                .ok_or_else(|| type_error("bytes expected"))?
                .to_vec()
        )))
    } else if is(&TUPLE_TYPE) {
        layout!(TupleObject, |v| Ok(tuple::new_unshared(attrs::collect(v)?)))
    } else if is(&LIST_TYPE) {
        layout!(ListObject, |v| Ok(list::new(attrs::collect(v)?)))
    } else if is(&DICT_TYPE) {
        layout!(DictObject, |v| {
            let d = dict::new();
            for (k, x) in attrs::dict_items(v) {
                dict::set_item(&d, k, x)?;
            }
            Ok(d)
        })
    } else if is(&SET_TYPE) {
        layout!(SetObject, |v| set::new_set(attrs::collect(v)?))
    } else if is(&FROZENSET_TYPE) {
        layout!(SetObject, |v| set::new_frozenset(attrs::collect(v)?))
    } else if is(&super::weakrefs::REF_TYPE) {
        // Weak references are made unshared, so `fresh` is never needed.
        layout!(super::weakrefs::WeakRefObject, |_| Err(type_error(
            "weak reference expected"
        )))
    } else if is(&GENERIC_ALIAS_TYPE) {
        layout!(GenericAlias, |v| {
            let a = v
                .downcast::<GenericAlias>()
                .ok_or_else(|| type_error("GenericAlias expected"))?;
            Ok(new_alias(a.origin.clone(), &a.args))
        })
    } else {
        return NATIVE_LAYOUTS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .find(|(t, _)| is(t))
            .map(|(_, l)| *l);
    })
}

/// The layouts of subclassable static types of native modules
/// (`itertools.count`, ...), registered when their module is built.
static NATIVE_LAYOUTS: std::sync::Mutex<Vec<(&'static TypeObject, Layout)>> =
    std::sync::Mutex::new(Vec::new());

/// Lets classes subclass `ty`, a static type whose objects are `Box<T>`
/// allocations that its `__new__` makes fresh (never shared), so that
/// `make_instance` can always extend them in place.
pub fn register_layout<T: PyPayload>(ty: &'static TypeObject) {
    let mut layouts = NATIVE_LAYOUTS.lock().unwrap_or_else(|e| e.into_inner());
    if !layouts.iter().any(|(t, _)| std::ptr::eq(*t, ty)) {
        layouts.push((
            ty,
            layout!(T, |_| Err(PyErr::new(
                &crate::types::exceptions::SYSTEM_ERROR,
                "a native object to subclass must be unshared"
            ))),
        ));
    }
}

/// The built-in type whose layout instances of `t` have.
pub fn solid_base(t: &TypeObject) -> &TypeObject {
    let mut cur = t;
    while cur.has_flag(tpflags::HEAPTYPE) {
        cur = cur.base().expect("heap types have a base");
    }
    cur
}

/// Makes `v` (a new object of `ty`'s solid base type) an instance of the
/// heap type `ty`.
pub fn make_instance(ty: &TypeObject, v: Value) -> PyResult<Value> {
    let solid = solid_base(ty);
    let layout = layout_of(solid).ok_or_else(|| type_error("bad instance layout"))?;
    let ext = || InstanceExt::new(ty.instance_dict, ty.nslots);
    match (layout.extend)(v, solid, ty, ext()) {
        Ok(x) => Ok(x),
        Err(v) => {
            let fresh = (layout.fresh)(&v)?;
            (layout.extend)(fresh, solid, ty, ext())
                .map_err(|_| PyErr::new(&crate::types::exceptions::SYSTEM_ERROR, "bad instance"))
        }
    }
}

/// The exception types whose CPython instances have fields of their own;
/// the others share their base's layout.
fn has_own_exception_layout(t: &TypeObject) -> bool {
    use crate::types::exceptions as e;
    [
        &BASE_EXCEPTION,
        &e::BASE_EXCEPTION_GROUP,
        &e::SYSTEM_EXIT,
        &e::ATTRIBUTE_ERROR,
        &e::IMPORT_ERROR,
        &e::NAME_ERROR,
        &e::OS_ERROR,
        &e::STOP_ITERATION,
        &e::SYNTAX_ERROR,
        &e::UNICODE_DECODE_ERROR,
        &e::UNICODE_ENCODE_ERROR,
        &e::UNICODE_TRANSLATE_ERROR,
    ]
    .iter()
    .any(|x| std::ptr::eq(*x, t))
}

/// The solid base whose layout decides whether bases conflict: for an
/// exception type, the nearest one with fields of its own (so
/// `class E(OSError, ValueError)` is allowed, as in CPython).
fn layout_base(t: &TypeObject) -> &TypeObject {
    let mut cur = solid_base(t);
    while cur.is_subtype_of(&BASE_EXCEPTION) && !has_own_exception_layout(cur) {
        match cur.base() {
            Some(b) => cur = b,
            None => break,
        }
    }
    cur
}

/// The class whose `__slots__` last added to `t`'s instance layout:
/// `t` itself, or the nearest base with as many slots.
fn slots_owner(t: &TypeObject) -> &TypeObject {
    let mut cur = t;
    while let Some(b) = cur.base() {
        if b.nslots != cur.nslots {
            break;
        }
        cur = b;
    }
    cur
}

/// C3 linearization.
fn c3_mro(ty_value: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| tuple::items(b.downcast::<TypeObject>().expect("type").mro()).to_vec())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ty_value.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            // The heads that could not be placed, as CPython lists them.
            let mut heads: Vec<&Value> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<String> = heads
                .iter()
                .map(|b| {
                    b.downcast::<TypeObject>()
                        .map(|t| t.name.to_string())
                        .unwrap_or_default()
                })
                .collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in &mut seqs {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The most derived metaclass of `meta` and the bases' metaclasses.
fn calculate_meta<'a>(meta: &'a TypeObject, bases: &'a [Value]) -> PyResult<&'a TypeObject> {
    let mut winner = meta;
    for b in bases {
        let t = b.type_of();
        if winner.is_subtype_of(t) {
            continue;
        }
        if t.is_subtype_of(winner) {
            winner = t;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = &args[0];
    if func.downcast::<FunctionObject>().is_none() {
        return Err(type_error("__build_class__: func must be a function"));
    }
    let name = args[1].clone();
    if pystr::as_str(&name).is_none() {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &args[2..npos];
    // PEP 560: bases that are not classes may stand for others.
    let mut bases = Vec::new();
    let mut replaced = false;
    for b in orig_bases {
        if b.downcast::<TypeObject>().is_none() {
            if let Some(me) = attr(b.type_of(), "__mro_entries__") {
                let r = call_object(
                    &attrs::bind(me, b)?,
                    &[tuple::new(orig_bases.to_vec())],
                    &[],
                )?;
                if r.downcast::<tuple::TupleObject>().is_none() {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                }
                bases.extend_from_slice(tuple::items(&r));
                replaced = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta = None;
    let mut kw_names = Vec::new();
    let mut kw_values = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        if pystr::as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_values.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => match m.downcast::<TypeObject>() {
            Some(t) => calculate_meta(t, &bases)?.as_value(),
            None => m,
        },
        None => match bases.first() {
            Some(b) => calculate_meta(b.type_of(), &bases)?.as_value(),
            None => TYPE_TYPE.as_value(),
        },
    };
    let bases_t = tuple::new(bases);
    let mut call_args = vec![name.clone(), bases_t.clone()];
    let ns = match attrs::getattr_str(&meta, "__prepare__") {
        Ok(prep) => {
            let mut a = call_args.clone();
            a.extend(kw_values.iter().cloned());
            call_object(&prep, &a, &kw_names)?
        }
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => dict::new(),
        Err(e) => return Err(e),
    };
    let cell = super::run_class_body(func, &ns)?;
    if replaced {
        attrs::mapping_set(
            &ns,
            pystr::intern("__orig_bases__"),
            tuple::new(orig_bases.to_vec()),
        )?;
    }
    call_args.push(ns);
    call_args.extend(kw_values);
    let cls = call_object(&meta, &call_args, &kw_names)?;
    if let Some(c) = cell {
        if let Some(c) = c.downcast::<super::objects::CellObject>() {
            c.set(cls.clone());
        }
    }
    Ok(cls)
}

/// `type(name, bases, ns)`.
pub fn new_class(name: &str, bases: Vec<Value>, ns: &Value) -> PyResult<Value> {
    create_class(&TYPE_TYPE, &pystr::new(name), bases, ns, &[], &[])
}

/// `type.__new__(meta, name, bases, ns, **kwds)`: a new heap type.
pub fn create_class(
    meta: &TypeObject,
    name_v: &Value,
    bases: Vec<Value>,
    ns: &Value,
    kw_values: &[Value],
    kw_names: &[Value],
) -> PyResult<Value> {
    let meta_v = calculate_meta(meta, &bases)?.as_value();
    let meta = meta_v.downcast::<TypeObject>().expect("type");
    let name = pystr::as_str(name_v)
        .ok_or_else(|| type_error("type.__new__() argument 1 must be str"))?
        .to_string();
    let bases = if bases.is_empty() {
        vec![OBJECT_TYPE.as_value()]
    } else {
        bases
    };
    let mut base_types: Vec<&TypeObject> = Vec::new();
    for b in &bases {
        let t = b
            .downcast::<TypeObject>()
            .ok_or_else(|| type_error("bases must be types"))?;
        if base_types.iter().any(|x| std::ptr::eq(*x, t)) {
            return Err(type_error(format!("duplicate base class {}", t.name)));
        }
        if !t.has_flag(tpflags::BASETYPE) {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                t.name
            )));
        }
        base_types.push(t);
    }
    // The base whose layout instances extend: the one with the most derived
    // solid base (and the most slots).
    let mut best = base_types[0];
    for &t in &base_types[1..] {
        let (sb, st) = (layout_base(best), layout_base(t));
        if std::ptr::eq(sb, st) {
            // Same native layout: the slots of one must extend the other's.
            let (ob, ot) = (slots_owner(best), slots_owner(t));
            if ot.is_subtype_of(ob) && !std::ptr::eq(ot, ob) {
                best = t;
            } else if !ob.is_subtype_of(ot) {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
        } else if sb.is_subtype_of(st) {
            // Slots over a less derived native layout cannot fit in best's.
            if t.nslots > 0 {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
        } else if st.is_subtype_of(sb) {
            if best.nslots > 0 {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            best = t;
        } else {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
    }
    let solid = solid_base(best);
    let is_exc = solid.is_subtype_of(&BASE_EXCEPTION);
    let is_meta = solid.is_subtype_of(&TYPE_TYPE);
    let layout = if is_exc || is_meta {
        None
    } else {
        Some(layout_of(solid).ok_or_else(|| {
            PyErr::new(
                &crate::types::exceptions::SYSTEM_ERROR,
                format!(
                    "subclassing built-in type '{}' is not supported yet",
                    solid.name
                ),
            )
        })?)
    };
    let d = dict::new();
    for (k, v) in attrs::dict_items(ns) {
        dict::set_item(&d, k, v)?;
    }
    let key = pystr::intern;
    for n in ["__classdictcell__", "__classcell__"] {
        if dict::get_item(&d, &key(n))?.is_some() {
            dict::del_item(&d, &key(n))?;
        }
    }
    let qualname = match dict::get_item(&d, &key("__qualname__"))? {
        Some(q) => {
            let s = pystr::as_str(&q).map(str::to_string).ok_or_else(|| {
                type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    q.type_of().name
                ))
            })?;
            dict::del_item(&d, &key("__qualname__"))?;
            s
        }
        None => name.clone(),
    };
    // A namespace without `__module__` (a `type(name, bases, ns)` call)
    // takes the `__name__` of the calling code's globals.
    if dict::get_item(&d, &key("__module__"))?.is_none() {
        if let Some(name) = caller_module_name()? {
            dict::set_item(&d, key("__module__"), name)?;
        }
    }
    let module = dict::get_item(&d, &key("__module__"))?
        .map(|m| pystr::to_string_lossy(&m))
        .unwrap_or_else(|| "builtins".to_string());
    // Implicit classmethods and staticmethods.
    for n in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict::get_item(&d, &key(n))? {
            if f.downcast::<FunctionObject>().is_some() {
                dict::set_item(&d, key(n), new_wrapper(&CLASSMETHOD_TYPE, f))?;
            }
        }
    }
    if let Some(f) = dict::get_item(&d, &key("__new__"))? {
        if f.downcast::<FunctionObject>().is_some() {
            dict::set_item(&d, key("__new__"), new_wrapper(&STATICMETHOD_TYPE, f))?;
        }
    }
    if dict::get_item(&d, &key("__eq__"))?.is_some()
        && dict::get_item(&d, &key("__hash__"))?.is_none()
    {
        dict::set_item(&d, key("__hash__"), singletons::none())?;
    }
    // __slots__
    let mut nslots = best.nslots;
    let mut instance_dict = base_types.iter().any(|t| t.instance_dict);
    let mut slot_members = Vec::new();
    let inherited_dict = instance_dict;
    let mut weakref = false;
    match dict::get_item(&d, &key("__slots__"))? {
        None => {
            instance_dict = !is_exc && !is_meta;
            weakref = !is_meta;
        }
        Some(sl) => {
            let names = if pystr::as_str(&sl).is_some() {
                vec![sl.clone()]
            } else {
                attrs::collect(&sl)?
            };
            for n in names {
                let Some(s) = pystr::as_str(&n) else {
                    return Err(type_error(format!(
                        "__slots__ items must be strings, not '{}'",
                        n.type_of().name
                    )));
                };
                if s == "__dict__" {
                    instance_dict = true;
                    continue;
                }
                if s == "__weakref__" {
                    weakref = true;
                    continue;
                }
                let mangled = if s.starts_with("__") && !s.ends_with("__") {
                    format!("_{}{}", name.trim_start_matches('_'), s)
                } else {
                    s.to_string()
                };
                let mk = pystr::intern(&mangled);
                if dict::get_item(&d, &mk)?.is_some() {
                    return Err(PyErr::new(
                        &VALUE_ERROR,
                        format!("'{s}' in __slots__ conflicts with class variable"),
                    ));
                }
                slot_members.push((mk, nslots));
                nslots += 1;
            }
            if (is_exc || is_meta) && nslots > best.nslots {
                return Err(type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    solid.name
                )));
            }
        }
    }
    // After the __slots__ check: a slot named __doc__ is no conflict.
    if dict::get_item(&d, &key("__doc__"))?.is_none() {
        dict::set_item(&d, key("__doc__"), singletons::none())?;
    }
    // The dunders defined by this class or a heap class it inherits from.
    let heap_defines = |n: &str| -> bool {
        let k = pystr::intern(n);
        if dict::get_item(&d, &k).ok().flatten().is_some() {
            return true;
        }
        base_types.iter().any(|t| {
            tuple::items(t.mro()).iter().any(|m| {
                m.downcast::<TypeObject>().is_some_and(|m| {
                    m.has_flag(tpflags::HEAPTYPE)
                        && m.dict_if_created()
                            .is_some_and(|md| dict::get_item(md, &k).ok().flatten().is_some())
                })
            })
        })
    };
    let mut slots = heap_slots(solid, heap_defines);
    if let Some(l) = &layout {
        slots.dealloc = l.dealloc;
        slots.getattr = Some(if heap_defines("__getattribute__") {
            instance_getattribute
        } else {
            instance_getattr
        });
        slots.setattr = Some(instance_setattr);
    } else if is_exc && slots.finalize.is_some() {
        slots.dealloc = extend::dealloc_finalized::<crate::types::exceptions::ExceptionObject>;
    } else {
        slots.finalize = None;
    }
    // Weak references: variable-sized layouts (int, tuple, bytes) take
    // none, as in CPython.
    let inherited_weakref = base_types
        .iter()
        .any(|t| super::weakrefs::is_weakrefable(t));
    let var_sized = [
        &crate::types::int::INT_TYPE,
        &crate::types::tuple::TUPLE_TYPE,
        &crate::types::bytes::BYTES_TYPE,
    ]
    .iter()
    .any(|t| std::ptr::eq(solid, *t));
    let weakref = weakref && !inherited_weakref && !var_sized;
    let weakref_flag = if weakref || inherited_weakref {
        tpflags::WEAKREFABLE
    } else {
        0
    };
    let mut ty = TypeObject::new_heap(
        name,
        qualname,
        module,
        best,
        tpflags::BASETYPE | (solid.flags & SUBCLASS_FLAGS) | weakref_flag,
        slots,
        tuple::new(bases.clone()),
        d,
    );
    ty.ext_offset = layout.as_ref().map_or(0, |l| l.offset);
    ty.instance_dict = instance_dict && layout.is_some();
    ty.nslots = nslots;
    let tv = Value::from_box(Box::new(ty));
    let t = tv.downcast::<TypeObject>().expect("type");
    if let Some(h) = tv.header() {
        h.set_ob_type(meta);
        // Classes are immortal: instances and caches point to them.
        h.make_immortal();
    }
    t.set_mro(tuple::new(c3_mro(&tv, &bases)?));
    for b in &base_types {
        b.add_subclass(tv.clone());
    }
    for (n, index) in slot_members {
        dict::set_item(t.dict(), n.clone(), new_member(n, index, &tv))?;
    }
    // The class that introduces `__dict__` / `__weakref__` shows them.
    if t.instance_dict && !inherited_dict {
        dict::set_item(t.dict(), key("__dict__"), new_getset("__dict__", &tv))?;
    }
    if weakref {
        dict::set_item(t.dict(), key("__weakref__"), new_getset("__weakref__", &tv))?;
    }
    // __set_name__ on the attributes, then the parent's __init_subclass__.
    for (k, v) in attrs::dict_items(t.dict()) {
        if let Some(f) = attr(v.type_of(), "__set_name__") {
            call_object(&attrs::bind(f, &v)?, &[tv.clone(), k], &[])?;
        }
    }
    let init_sub = key("__init_subclass__");
    for m in &tuple::items(t.mro())[1..] {
        let mt = m.downcast::<TypeObject>().expect("__mro__ holds types");
        if let Some(f) = mt
            .dict_if_created()
            .and_then(|md| dict::get_item(md, &init_sub).ok().flatten())
        {
            let bound = descr_get_for_class(f, &tv)?;
            call_object(&bound, kw_values, kw_names)?;
            break;
        }
    }
    Ok(tv)
}

/// The fast-subclass flags a heap type inherits from its solid base.
const SUBCLASS_FLAGS: u64 = tpflags::INT_SUBCLASS
    | tpflags::LIST_SUBCLASS
    | tpflags::TUPLE_SUBCLASS
    | tpflags::BYTES_SUBCLASS
    | tpflags::STR_SUBCLASS
    | tpflags::DICT_SUBCLASS
    | tpflags::BASE_EXC_SUBCLASS
    | tpflags::TYPE_SUBCLASS;

/// Whether `ty` finds `name` somewhere other than in `object`'s dict.
pub fn overrides(ty: &TypeObject, name: &str) -> bool {
    let own = super::builtins::object_method(name);
    match attr(ty, name) {
        Some(f) => !own.is_some_and(|o| o.is(&f)),
        None => false,
    }
}

/// Calling a type object: a metaclass's `__call__`, else `type.__call__`.
pub fn call_type(
    callable: &Value,
    ty: &TypeObject,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let meta = callable.type_of();
    if meta.has_flag(tpflags::HEAPTYPE) {
        if let Some(f) = attr(meta, "__call__") {
            if f.downcast::<super::objects::NativeFunction>().is_none() {
                return call_object(&attrs::bind(f, callable)?, args, kwnames);
            }
        }
    }
    type_call(callable, ty, args, kwnames)
}

/// `__name__` in the globals of the running Python frame, if any.
fn caller_module_name() -> PyResult<Option<Value>> {
    let Ok(frame) = super::frame_object::getframe(0) else {
        return Ok(None);
    };
    let globals = attrs::getattr_str(&frame, "f_globals")?;
    dict::get_item(&globals, &pystr::intern("__name__"))
}

/// `type.__call__(cls, *args, **kwds)`: `__new__`, then `__init__` when
/// the result is an instance of `cls`.
pub fn type_call(
    callable: &Value,
    ty: &TypeObject,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if std::ptr::eq(ty, &TYPE_TYPE) {
        if npos == 1 && kwnames.is_empty() {
            return Ok(args[0].type_of().as_value());
        }
        if npos != 3 {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
        let bases = match args[1].downcast::<tuple::TupleObject>() {
            Some(_) => tuple::items(&args[1]).to_vec(),
            None => {
                return Err(type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    args[1].type_of().name
                )))
            }
        };
        // `type(name, bases, ns)` with a base of a more derived metaclass
        // builds the class with that metaclass (`enum`'s functional API).
        let winner = calculate_meta(&TYPE_TYPE, &bases)?;
        if winner.has_flag(tpflags::HEAPTYPE) {
            return call_object(&winner.as_value(), args, kwnames);
        }
        return create_class(&TYPE_TYPE, &args[0], bases, &args[2], &args[3..], kwnames);
    }
    if !ty.has_flag(tpflags::HEAPTYPE) {
        return super::builtins::construct_builtin(callable, ty, args, kwnames);
    }
    let newf = attr(ty, "__new__").ok_or_else(|| type_error("no __new__"))?;
    let inst = if super::builtins::object_method("__new__").is_some_and(|o| o.is(&newf)) {
        check_object_new_args(ty, args)?;
        new_instance(ty, &args[..npos])?
    } else {
        let f = descr_get(newf, None)?;
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(callable.clone());
        all.extend_from_slice(args);
        call_object(&f, &all, kwnames)?
    };
    if !inst.type_of().is_subtype_of(ty) {
        return Ok(inst);
    }
    if let Some(init) = attr(inst.type_of(), "__init__") {
        let r = call_object(&attrs::bind(init, &inst)?, args, kwnames)?;
        if !singletons::is_none(&r) {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                r.type_of().name
            )));
        }
    }
    Ok(inst)
}

/// `object.__new__`'s check of extra arguments.
pub fn check_object_new_args(ty: &TypeObject, args: &[Value]) -> PyResult<()> {
    if !args.is_empty() {
        if overrides(ty, "__new__") {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(ty, "__init__") {
            return Err(type_error(format!("{}() takes no arguments", ty.name)));
        }
    }
    Ok(())
}

/// `object.__new__(cls)` for heap types.
pub fn new_instance(ty: &TypeObject, args: &[Value]) -> PyResult<Value> {
    if ty.is_subtype_of(&BASE_EXCEPTION) {
        return Ok(crate::types::exceptions::new_exception_of(
            ty,
            args.to_vec(),
        ));
    }
    let solid = solid_base(ty);
    if !std::ptr::eq(solid, &OBJECT_TYPE) {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            ty.name, solid.name
        )));
    }
    if !ty.has_flag(tpflags::HEAPTYPE) {
        return Ok(Value::from_box(Box::new(InstanceObject::plain())));
    }
    check_abstract(ty)?;
    make_instance(ty, Value::from_box(Box::new(InstanceObject::plain())))
}

/// Classes with abstract methods left (`abc.ABCMeta` sets
/// `__abstractmethods__`) cannot be instantiated.
fn check_abstract(ty: &TypeObject) -> PyResult<()> {
    if std::ptr::eq(ty.header.ob_type(), &TYPE_TYPE) {
        return Ok(());
    }
    let Some(d) = ty.dict_if_created() else {
        return Ok(());
    };
    let Some(names) = dict::get_item(d, &pystr::intern("__abstractmethods__"))? else {
        return Ok(());
    };
    let mut names: Vec<String> = attrs::collect(&names)?
        .iter()
        .map(pystr::to_string_lossy)
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let list: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    Err(type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
        ty.name,
        if names.len() == 1 { "" } else { "s" },
        list.join(", ")
    )))
}

/// `isinstance(inst, cls)`: the metaclass's `__instancecheck__` decides
/// for classes with a custom metaclass.
pub fn isinstance(inst: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<TypeObject>() {
        if inst.type_of().is_subtype_of(t) {
            return Ok(true);
        }
        return check_hook(cls, "__instancecheck__", inst);
    }
    if cls.downcast::<tuple::TupleObject>().is_some() {
        for c in tuple::items(cls) {
            if isinstance(inst, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(u) = cls.downcast::<UnionObject>() {
        return union_check(u, inst, true);
    }
    match attr(cls.type_of(), "__instancecheck__") {
        Some(f) => ops::truthy(&call_object(
            &attrs::bind(f, cls)?,
            std::slice::from_ref(inst),
            &[],
        )?),
        None => Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

/// `issubclass(sub, cls)`, with the metaclass's `__subclasscheck__`.
pub fn issubclass(sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<TypeObject>() {
        let s = sub
            .downcast::<TypeObject>()
            .ok_or_else(|| type_error("issubclass() arg 1 must be a class"))?;
        if s.is_subtype_of(t) {
            return Ok(true);
        }
        return check_hook(cls, "__subclasscheck__", sub);
    }
    if cls.downcast::<tuple::TupleObject>().is_some() {
        for c in tuple::items(cls) {
            if issubclass(sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(u) = cls.downcast::<UnionObject>() {
        if sub.downcast::<TypeObject>().is_none() {
            return Err(type_error("issubclass() arg 1 must be a class"));
        }
        return union_check(u, sub, false);
    }
    match attr(cls.type_of(), "__subclasscheck__") {
        Some(f) => ops::truthy(&call_object(
            &attrs::bind(f, cls)?,
            std::slice::from_ref(sub),
            &[],
        )?),
        None => Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

/// A heap metaclass's `__instancecheck__` / `__subclasscheck__`.
fn check_hook(cls: &Value, name: &str, arg: &Value) -> PyResult<bool> {
    let meta = cls.type_of();
    if !meta.has_flag(tpflags::HEAPTYPE) {
        return Ok(false);
    }
    match attr(meta, name) {
        Some(f) if f.downcast::<super::objects::NativeFunction>().is_none() => ops::truthy(
            &call_object(&attrs::bind(f, cls)?, std::slice::from_ref(arg), &[])?,
        ),
        _ => Ok(false),
    }
}

// ---------------------------------------------------------------- slot members

/// A `__slots__` entry: reads and writes one value of the instance's
/// `InstanceExt`.
#[repr(C)]
pub struct MemberObject {
    header: ObjHeader,
    pub name: Value,
    pub index: usize,
    pub owner: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for MemberObject {
    fn type_object() -> &'static TypeObject {
        &MEMBER_TYPE
    }
}
fn member_repr(v: &Value) -> PyResult<Value> {
    let m = v.downcast::<MemberObject>().expect("member");
    Ok(pystr::new(&format!(
        "<member '{}' of '{}' objects>",
        pystr::to_string_lossy(&m.name),
        m.owner.downcast::<TypeObject>().map_or("?", |t| &t.name)
    )))
}
fn member_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let m = v.downcast::<MemberObject>().expect("member");
    match pystr::as_str(name) {
        Some("__name__") => Ok(m.name.clone()),
        Some("__objclass__") => Ok(m.owner.clone()),
        Some("__doc__") => Ok(singletons::none()),
        _ => generic_getattr(v, name),
    }
}
simple_type!(MEMBER_TYPE, "member_descriptor", MemberObject, {
    repr: Some(member_repr),
    getattr: Some(member_getattr),
});

/// A `__slots__`-style member descriptor reading value `index` of the
/// instances' `InstanceExt`.
pub fn new_member(name: Value, index: usize, owner: &Value) -> Value {
    Value::from_box(Box::new(MemberObject {
        header: ObjHeader::new(&MEMBER_TYPE),
        name,
        index,
        owner: owner.clone(),
    }))
}

fn member_check<'a>(m: &MemberObject, obj: &'a Value) -> PyResult<&'a InstanceExt> {
    let owner = m.owner.downcast::<TypeObject>().expect("type");
    match extend::ext_of(obj) {
        Some(ext) if obj.type_of().is_subtype_of(owner) => Ok(ext),
        _ => Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            pystr::to_string_lossy(&m.name),
            owner.name,
            obj.type_of().name
        ))),
    }
}

/// `MemberObject::index` of a member of a built-in type: the value is the
/// attribute its type's getattr/setattr slots compute (`function.__globals__`).
const BUILTIN_MEMBER: usize = usize::MAX;

/// A member descriptor on a built-in type for an attribute its instances'
/// getattr slot provides, so the class exposes it as CPython's does.
pub fn new_builtin_member(owner: &'static TypeObject, name: &str) -> Value {
    new_member(pystr::intern(name), BUILTIN_MEMBER, &owner.as_value())
}

/// The instance a built-in member applies to (`None`: a `__slots__` member).
fn builtin_member_target<'a>(m: &MemberObject, obj: &'a Value) -> PyResult<Option<&'a Value>> {
    if m.index != BUILTIN_MEMBER {
        return Ok(None);
    }
    let owner = m.owner.downcast::<TypeObject>().expect("type");
    if !obj.type_of().is_subtype_of(owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            pystr::to_string_lossy(&m.name),
            owner.name,
            obj.type_of().name
        )));
    }
    Ok(Some(obj))
}

fn member_get(m: &MemberObject, obj: &Value) -> PyResult<Value> {
    if let Some(o) = builtin_member_target(m, obj)? {
        return attrs::getattr(o, &m.name);
    }
    let ext = member_check(m, obj)?;
    let h = obj.header().expect("heap object");
    ext.slots
        .with(h, |s| s.get(m.index).cloned().flatten())
        .ok_or_else(|| {
            PyErr::new(
                &ATTRIBUTE_ERROR,
                format!(
                    "'{}' object has no attribute '{}'",
                    obj.type_of().name,
                    pystr::to_string_lossy(&m.name)
                ),
            )
        })
}

fn member_set(m: &MemberObject, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    if let Some(o) = builtin_member_target(m, obj)? {
        return attrs::setattr(o, &m.name, value);
    }
    let ext = member_check(m, obj)?;
    let h = obj.header().expect("heap object");
    let old = ext.slots.with(h, |s| {
        s.get_mut(m.index)
            .map(|slot| std::mem::replace(slot, value.cloned()))
    });
    match old {
        Some(None) if value.is_none() => Err(PyErr::new(
            &ATTRIBUTE_ERROR,
            format!(
                "'{}' object has no attribute '{}'",
                obj.type_of().name,
                pystr::to_string_lossy(&m.name)
            ),
        )),
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------- descriptors

#[repr(C)]
pub struct WrapperObject {
    header: ObjHeader,
    pub func: Value,
    pub setter: Value,
    pub deleter: Value,
    /// Property: `__doc__` (None: the getter's).
    pub doc: Value,
    /// Property: the attribute name (`__set_name__`; NULL-like None).
    pub name: Cell<Value>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for WrapperObject {
    fn type_object() -> &'static TypeObject {
        &PROPERTY_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &PROPERTY_TYPE)
            || is_classmethod(ty)
            || std::ptr::eq(ty, &STATICMETHOD_TYPE)
    }
}
fn wrapper_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let w = v.downcast::<WrapperObject>().expect("wrapper");
    let is_prop = std::ptr::eq(v.type_of(), &PROPERTY_TYPE);
    match pystr::as_str(name) {
        Some("__func__" | "__wrapped__") if !is_prop => return Ok(w.func.clone()),
        Some("fget") if is_prop => return Ok(w.func.clone()),
        Some("fset") if is_prop => return Ok(w.setter.clone()),
        Some("fdel") if is_prop => return Ok(w.deleter.clone()),
        Some("__name__") if is_prop => return property_name(w),
        Some("__doc__") if is_prop => {
            if !singletons::is_none(&w.doc) {
                return Ok(w.doc.clone());
            }
            if singletons::is_none(&w.func) {
                return Ok(singletons::none());
            }
            return attrs::getattr_str(&w.func, "__doc__");
        }
        // classmethod and staticmethod show their function's docstring.
        Some("__doc__") => return attrs::getattr_str(&w.func, "__doc__"),
        Some("__isabstractmethod__") => {
            for f in [&w.func, &w.setter, &w.deleter] {
                if let Ok(x) = attrs::getattr_str(f, "__isabstractmethod__") {
                    if ops::truthy(&x)? {
                        return Ok(singletons::true_());
                    }
                }
            }
            return Ok(singletons::false_());
        }
        _ => {}
    }
    match generic_getattr(v, name) {
        Err(e) if !is_prop && e.matches(&ATTRIBUTE_ERROR) => attrs::getattr(&w.func, name),
        r => r,
    }
}

fn property_name(w: &WrapperObject) -> PyResult<Value> {
    let n = w.name.get(&w.header);
    if !singletons::is_none(&n) {
        return Ok(n);
    }
    if !singletons::is_none(&w.func) {
        return attrs::getattr_str(&w.func, "__name__");
    }
    Err(PyErr::new(
        &ATTRIBUTE_ERROR,
        "'property' object has no attribute '__name__'",
    ))
}

fn prop_of(v: &Value) -> PyResult<&WrapperObject> {
    v.downcast::<WrapperObject>()
        .filter(|_| std::ptr::eq(v.type_of(), &PROPERTY_TYPE))
        .ok_or_else(|| type_error("descriptor requires a 'property' object"))
}

/// `property.getter` / `setter` / `deleter`: a copy with one function
/// replaced (index 0, 1, 2).
fn property_copy<const WHICH: usize>(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = prop_of(&args[0])?;
    let f = args
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("expected 1 argument"))?;
    let mut parts = [p.func.clone(), p.setter.clone(), p.deleter.clone()];
    parts[WHICH] = f;
    let [fget, fset, fdel] = parts;
    // An explicit doc is kept; otherwise `__doc__` is the (new) getter's.
    let np = new_property(fget, fset, fdel, p.doc.clone());
    let w = np.downcast::<WrapperObject>().expect("property");
    drop(w.name.replace(&w.header, p.name.get(&p.header)));
    Ok(np)
}

fn property_set_name(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = prop_of(&args[0])?;
    if args.len() != 3 {
        return Err(type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            args.len() - 1
        )));
    }
    drop(p.name.replace(&p.header, args[2].clone()));
    Ok(singletons::none())
}

fn property_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let obj = args.get(1).filter(|o| !singletons::is_none(o));
    descr_get(args[0].clone(), obj)
}

fn property_set(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(args, kw, 2)?;
    descr_set(&args[0], &args[1], Some(&args[2]))?;
    Ok(singletons::none())
}

fn property_delete(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(args, kw, 1)?;
    descr_set(&args[0], &args[1], None)?;
    Ok(singletons::none())
}

fn method_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let owner = args.get(2).filter(|o| !singletons::is_none(o));
    match args.get(1).filter(|o| !singletons::is_none(o)) {
        Some(obj) => descr_get(args[0].clone(), Some(obj)),
        None => match owner {
            Some(cls) => descr_get_for_class(args[0].clone(), cls),
            None => Ok(args[0].clone()),
        },
    }
}

/// Methods of property, classmethod and staticmethod objects.
pub fn install_descriptor_methods() {
    let add = |ty: &'static TypeObject, name: &'static str, f: super::objects::NativeFn| {
        let _ = dict::set_item(
            ty.dict(),
            pystr::intern(name),
            super::objects::native_method(ty, name, f),
        );
    };
    add(&PROPERTY_TYPE, "getter", property_copy::<0>);
    add(&PROPERTY_TYPE, "setter", property_copy::<1>);
    add(&PROPERTY_TYPE, "deleter", property_copy::<2>);
    add(&PROPERTY_TYPE, "__set_name__", property_set_name);
    add(&PROPERTY_TYPE, "__get__", property_get);
    add(&PROPERTY_TYPE, "__set__", property_set);
    add(&PROPERTY_TYPE, "__delete__", property_delete);
    add(&CLASSMETHOD_TYPE, "__get__", method_get);
    add(&CLASSMETHOD_DESCRIPTOR_TYPE, "__get__", method_get);
    add(&STATICMETHOD_TYPE, "__get__", method_get);
    add(&MEMBER_TYPE, "__get__", method_get);
    add(&MEMBER_TYPE, "__set__", property_set);
    add(&MEMBER_TYPE, "__delete__", property_delete);
    add(&super::objects::FUNCTION_TYPE, "__get__", function_get);
    add(
        &super::objects::METHOD_DESCRIPTOR_TYPE,
        "__get__",
        method_descriptor_get,
    );
    let methods: [super::objects::NativeFn; 5] = [
        proxy_method::<0>,
        proxy_method::<1>,
        proxy_method::<2>,
        proxy_method::<3>,
        proxy_method::<4>,
    ];
    for (name, f) in PROXY_METHODS.into_iter().zip(methods) {
        add(&MAPPINGPROXY_TYPE, name, f);
    }
    let _ = dict::set_item(
        MAPPINGPROXY_TYPE.dict(),
        pystr::intern("__new__"),
        new_wrapper(
            &STATICMETHOD_TYPE,
            super::objects::native("__new__", mappingproxy_new),
        ),
    );
}

/// `types.MappingProxyType(mapping)`: a read-only view of any mapping
/// (something subscriptable that is not a list or tuple).
fn mappingproxy_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let npos = a.len() - k.len();
    let mapping = match (npos, k) {
        (2, []) => &a[1],
        (1, [name]) if pystr::as_str(name) == Some("mapping") => &a[1],
        (1, []) => {
            return Err(type_error(
                "mappingproxy() missing required argument 'mapping' (pos 1)",
            ))
        }
        _ => {
            return Err(type_error(format!(
                "mappingproxy() takes at most 1 argument ({} given)",
                a.len() - 1
            )))
        }
    };
    let ty = mapping.type_of();
    let sequence =
        ty.is_subtype_of(&crate::types::list::LIST_TYPE) || ty.is_subtype_of(&tuple::TUPLE_TYPE);
    if sequence || ty.slots.getitem.is_none() {
        return Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            ty.name
        )));
    }
    Ok(new_mappingproxy(mapping.clone()))
}

simple_type!(PROPERTY_TYPE, "property", WrapperObject, { getattr: Some(wrapper_getattr) });
simple_type!(CLASSMETHOD_TYPE, "classmethod", WrapperObject, { getattr: Some(wrapper_getattr) });
// The classmethods of built-in types (`dict.fromkeys`), which CPython types
// apart from `classmethod` objects.
simple_type!(CLASSMETHOD_DESCRIPTOR_TYPE, "classmethod_descriptor", WrapperObject, { getattr: Some(wrapper_getattr) });

/// Whether `ty` binds its function to the class: `classmethod` or a
/// built-in type's classmethod.
fn is_classmethod(ty: &TypeObject) -> bool {
    std::ptr::eq(ty, &CLASSMETHOD_TYPE) || std::ptr::eq(ty, &CLASSMETHOD_DESCRIPTOR_TYPE)
}
simple_type!(STATICMETHOD_TYPE, "staticmethod", WrapperObject, { getattr: Some(wrapper_getattr), call: Some(staticmethod_call) });

fn staticmethod_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let w = v.downcast::<WrapperObject>().expect("wrapper");
    super::call_slot(&w.func, args, kwargs)
}

pub fn new_wrapper(ty: &'static TypeObject, func: Value) -> Value {
    Value::from_box(Box::new(WrapperObject {
        header: ObjHeader::new(ty),
        func,
        setter: singletons::none(),
        deleter: singletons::none(),
        doc: singletons::none(),
        name: Cell::new(singletons::none()),
    }))
}

pub fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    Value::from_box(Box::new(WrapperObject {
        header: ObjHeader::new(&PROPERTY_TYPE),
        func: fget,
        setter: fset,
        deleter: fdel,
        doc,
        name: Cell::new(singletons::none()),
    }))
}

pub fn is_data_descriptor(v: &Value) -> bool {
    let ty = v.type_of();
    if std::ptr::eq(ty, &PROPERTY_TYPE)
        || std::ptr::eq(ty, &MEMBER_TYPE)
        || std::ptr::eq(ty, &GETSET_TYPE)
    {
        return true;
    }
    ty.has_flag(tpflags::HEAPTYPE | tpflags::DESCR_GET)
        && (attr(ty, "__set__").is_some() || attr(ty, "__delete__").is_some())
}

/// The AttributeError of a property without the function asked for.
fn property_missing(w: &WrapperObject, obj: &Value, what: &str) -> PyErr {
    let qual = &obj.type_of().qualname;
    let name = w.name.get(&w.header);
    let name = if singletons::is_none(&name) && !singletons::is_none(&w.func) {
        attrs::getattr_str(&w.func, "__name__").ok()
    } else if singletons::is_none(&name) {
        None
    } else {
        Some(name)
    };
    let msg = match name.and_then(|n| ops::repr(&n).ok()) {
        Some(n) => format!(
            "property {} of '{qual}' object has no {what}",
            pystr::to_string_lossy(&n)
        ),
        None => format!("property of '{qual}' object has no {what}"),
    };
    PyErr::new(&ATTRIBUTE_ERROR, msg)
}

/// `descr.__get__(obj, type(obj))`; `obj` None for class access.
pub fn descr_get(d: Value, obj: Option<&Value>) -> PyResult<Value> {
    let ty = d.type_of();
    if let Some(w) = d.downcast::<WrapperObject>() {
        if std::ptr::eq(ty, &PROPERTY_TYPE) {
            return match obj {
                Some(o) => {
                    if singletons::is_none(&w.func) {
                        return Err(property_missing(w, o, "getter"));
                    }
                    call_object(&w.func, std::slice::from_ref(o), &[])
                }
                None => Ok(d.clone()),
            };
        }
        if std::ptr::eq(ty, &STATICMETHOD_TYPE) {
            return Ok(w.func.clone());
        }
        if is_classmethod(ty) {
            let cls = match obj {
                Some(o) => o.type_of().as_value(),
                None => return Ok(d.clone()),
            };
            return Ok(super::objects::new_method(w.func.clone(), cls));
        }
    }
    if let Some(m) = d.downcast::<MemberObject>() {
        return match obj {
            Some(o) => member_get(m, o),
            None => Ok(d.clone()),
        };
    }
    if let Some(g) = d.downcast::<GetSetObject>() {
        return match obj {
            Some(o) => getset_get(g, o),
            None => Ok(d.clone()),
        };
    }
    if ty.has_flag(tpflags::HEAPTYPE | tpflags::DESCR_GET) {
        if let Some(g) = attr(ty, "__get__") {
            let (o, t) = match obj {
                Some(o) => (o.clone(), o.type_of().as_value()),
                None => (singletons::none(), singletons::none()),
            };
            return call_object(&attrs::bind(g, &d)?, &[o, t], &[]);
        }
    }
    Ok(d)
}

/// Class attribute access (`C.f`): classmethods bind to the class.
pub fn descr_get_for_class(d: Value, cls: &Value) -> PyResult<Value> {
    let ty = d.type_of();
    if is_classmethod(ty) {
        let w = d.downcast::<WrapperObject>().expect("wrapper");
        return Ok(super::objects::new_method(w.func.clone(), cls.clone()));
    }
    if std::ptr::eq(ty, &STATICMETHOD_TYPE) {
        let w = d.downcast::<WrapperObject>().expect("wrapper");
        return Ok(w.func.clone());
    }
    if ty.has_flag(tpflags::HEAPTYPE | tpflags::DESCR_GET) {
        if let Some(g) = attr(ty, "__get__") {
            return call_object(
                &attrs::bind(g, &d)?,
                &[singletons::none(), cls.clone()],
                &[],
            );
        }
    }
    Ok(d)
}

pub fn descr_set(d: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    if let Some(w) = d.downcast::<WrapperObject>() {
        let f = if value.is_some() {
            &w.setter
        } else {
            &w.deleter
        };
        if singletons::is_none(f) {
            return Err(property_missing(
                w,
                obj,
                if value.is_some() { "setter" } else { "deleter" },
            ));
        }
        let mut args = vec![obj.clone()];
        args.extend(value.cloned());
        return call_object(f, &args, &[]).map(drop);
    }
    if let Some(m) = d.downcast::<MemberObject>() {
        return member_set(m, obj, value);
    }
    if let Some(g) = d.downcast::<GetSetObject>() {
        return getset_set(g, obj, value);
    }
    match value {
        Some(v) => call_required(d, "__set__", &[obj.clone(), v.clone()]),
        None => call_required(d, "__delete__", std::slice::from_ref(obj)),
    }
    .map(drop)
}

#[repr(C)]
pub struct SuperObject {
    header: ObjHeader,
    pub class: Value,
    pub obj: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for SuperObject {
    fn type_object() -> &'static TypeObject {
        &SUPER_TYPE
    }
}
fn super_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let s = v.downcast::<SuperObject>().expect("super");
    match pystr::as_str(name) {
        Some("__class__") => return Ok(SUPER_TYPE.as_value()),
        Some("__thisclass__") => return Ok(s.class.clone()),
        Some("__self__") => return Ok(s.obj.clone()),
        Some("__self_class__") => {
            return Ok(match s.obj.downcast::<TypeObject>() {
                Some(_) => s.obj.clone(),
                None => s.obj.type_of().as_value(),
            })
        }
        _ => {}
    }
    super_lookup(&s.class, &s.obj, name, false).map(|(x, _)| x)
}
simple_type!(SUPER_TYPE, "super", SuperObject, { getattr: Some(super_getattr) });

/// `super(cls, obj)`.
pub fn new_super(class: Value, obj: Value) -> PyResult<Value> {
    let Some(start) = class.downcast::<TypeObject>() else {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            class.type_of().name
        )));
    };
    let ok = obj.type_of().is_subtype_of(start)
        || obj
            .downcast::<TypeObject>()
            .is_some_and(|t| t.is_subtype_of(start));
    if !ok {
        return Err(type_error(format!(
            "super(type, obj): obj ({} {}) is not an instance or subtype of type ({}).",
            if obj.downcast::<TypeObject>().is_some() {
                "type"
            } else {
                "instance of"
            },
            match obj.downcast::<TypeObject>() {
                Some(t) => t.name.to_string(),
                None => obj.type_of().name.to_string(),
            },
            start.name
        )));
    }
    Ok(Value::from_box(Box::new(SuperObject {
        header: ObjHeader::new(&SUPER_TYPE),
        class,
        obj,
    })))
}

/// `super().name` (zero-argument form through `__class__`).
pub fn super_lookup(
    class: &Value,
    self_: &Value,
    name: &Value,
    method: bool,
) -> PyResult<(Value, bool)> {
    let start = class.downcast::<TypeObject>().ok_or_else(|| {
        type_error("super(type, obj): obj must be an instance or subtype of type")
    })?;
    let (obj_type, is_class) = match self_.downcast::<TypeObject>() {
        Some(t) if t.is_subtype_of(start) => (self_.clone(), true),
        _ => (self_.type_of().as_value(), false),
    };
    let ot = obj_type.downcast::<TypeObject>().expect("type");
    let mro = ot.mro().clone();
    let items = tuple::items(&mro);
    let pos = items.iter().position(|t| {
        t.downcast::<TypeObject>()
            .is_some_and(|x| std::ptr::eq(x, start))
    });
    if let Some(p) = pos {
        for t in &items[p + 1..] {
            let tt = t.downcast::<TypeObject>().expect("type");
            let found = if tt.has_flag(tpflags::HEAPTYPE) {
                dict::get_item(tt.dict(), name)?
            } else {
                match tt.dict_if_created() {
                    Some(d) => dict::get_item(d, name)?,
                    None => None,
                }
            };
            if let Some(f) = found {
                if method
                    && !is_class
                    && (f.downcast_exact::<FunctionObject>().is_some()
                        || f.downcast::<super::objects::NativeFunction>()
                            .is_some_and(|n| n.owner.is_some()))
                {
                    return Ok((f, true));
                }
                if is_class {
                    return Ok((descr_get_for_class(f, self_)?, false));
                }
                return Ok((attrs::bind(f, self_)?, false));
            }
        }
    }
    // object's defaults.
    if let Some(f) = super::builtins::object_method(pystr::as_str(name).unwrap_or("")) {
        if method {
            return Ok((f, true));
        }
        return Ok((attrs::bind(f, self_)?, false));
    }
    Err(PyErr::new(
        &crate::types::exceptions::ATTRIBUTE_ERROR,
        format!(
            "'super' object has no attribute '{}'",
            pystr::to_string_lossy(name)
        ),
    ))
}

// ---------------------------------------------------------------- mappingproxy

/// `C.__dict__`: a read-only view of a class's attribute dict.
#[repr(C)]
pub struct MappingProxy {
    header: ObjHeader,
    pub mapping: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for MappingProxy {
    fn type_object() -> &'static TypeObject {
        &MAPPINGPROXY_TYPE
    }
}
fn proxied(v: &Value) -> &Value {
    &v.downcast::<MappingProxy>().expect("mappingproxy").mapping
}
fn proxy_repr(v: &Value) -> PyResult<Value> {
    let r = ops::repr(proxied(v))?;
    Ok(pystr::new(&format!(
        "mappingproxy({})",
        pystr::to_string_lossy(&r)
    )))
}
fn proxy_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    attrs::getitem(proxied(v), k)
}
fn proxy_len(v: &Value) -> PyResult<usize> {
    ops::len(proxied(v))
}
fn proxy_iter(v: &Value) -> PyResult<Value> {
    attrs::iter(proxied(v))
}
fn proxy_contains(v: &Value, k: &Value) -> PyResult<bool> {
    attrs::contains(proxied(v), k)
}
fn proxy_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    ops::richcompare(proxied(a), b, op)
}
/// `str(proxy)`: the mapping's str.
fn proxy_str(v: &Value) -> PyResult<Value> {
    ops::str(&v.downcast::<MappingProxy>().expect("mappingproxy").mapping)
}

simple_type!(MAPPINGPROXY_TYPE, "mappingproxy", MappingProxy, {
    repr: Some(proxy_repr),
    str: Some(proxy_str),
    getitem: Some(proxy_getitem),
    length: Some(proxy_len),
    iter: Some(proxy_iter),
    contains: Some(proxy_contains),
    richcompare: Some(proxy_richcompare),
    hash: None,
});

pub fn new_mappingproxy(mapping: Value) -> Value {
    Value::from_box(Box::new(MappingProxy {
        header: ObjHeader::new(&MAPPINGPROXY_TYPE),
        mapping,
    }))
}

const PROXY_METHODS: [&str; 5] = ["keys", "values", "items", "get", "copy"];

/// `mappingproxy.keys()` and friends: the proxied mapping's method.
fn proxy_method<const I: usize>(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let m = attrs::getattr_str(proxied(&args[0]), PROXY_METHODS[I])?;
    call_object(&m, &args[1..], kwnames)
}

// ---------------------------------------------------------------- function binding

/// `function.__get__(obj, type=None)`.
fn function_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1).filter(|o| !singletons::is_none(o)) {
        Some(obj) => Ok(super::objects::new_method(args[0].clone(), obj.clone())),
        None => Ok(args[0].clone()),
    }
}

/// `method_descriptor.__get__(obj, type=None)`.
fn method_descriptor_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1).filter(|o| !singletons::is_none(o)) {
        Some(obj) => attrs::bind(args[0].clone(), obj),
        None => Ok(args[0].clone()),
    }
}

// ---------------------------------------------------------------- __class__ assignment

/// The `__slots__` names of instances of `t`, by slot index.
fn slot_names(t: &TypeObject) -> Vec<Option<Value>> {
    let mut names = vec![None; t.nslots];
    for m in tuple::items(t.mro()) {
        let Some(mt) = m.downcast::<TypeObject>() else {
            continue;
        };
        if let Some(d) = mt.dict_if_created() {
            for (_, v) in attrs::dict_items(d) {
                if let Some(member) = v.downcast::<MemberObject>() {
                    if member.index < names.len() && names[member.index].is_none() {
                        names[member.index] = Some(member.name.clone());
                    }
                }
            }
        }
    }
    names
}

/// `obj.__class__ = new`.
pub fn set_class(obj: &Value, new: &Value) -> PyResult<()> {
    let Some(newt) = new.downcast::<TypeObject>() else {
        return Err(type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            new.type_of().name
        )));
    };
    let old = obj.type_of();
    if !newt.has_flag(tpflags::HEAPTYPE) || !old.has_flag(tpflags::HEAPTYPE) {
        return Err(type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let same_slots = slot_names(newt)
        .iter()
        .zip(slot_names(old).iter())
        .all(|(a, b)| match (a, b) {
            (Some(a), Some(b)) => ops::eq(a, b).unwrap_or(false),
            _ => false,
        });
    if !std::ptr::eq(solid_base(newt), solid_base(old))
        || newt.ext_offset != old.ext_offset
        || newt.instance_dict != old.instance_dict
        || newt.nslots != old.nslots
        || !same_slots
    {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            newt.name, old.name
        )));
    }
    // Inline values are laid out by the old class's key table.
    attrs::instance_dict(obj);
    if let Some(h) = obj.header() {
        h.set_ob_type(newt);
    }
    Ok(())
}

// ---------------------------------------------------------------- __dict__ / __weakref__

/// The `__dict__` and `__weakref__` attributes a class that introduces
/// them shows in its own dict.
#[repr(C)]
pub struct GetSetObject {
    header: ObjHeader,
    pub name: Value,
    pub owner: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for GetSetObject {
    fn type_object() -> &'static TypeObject {
        &GETSET_TYPE
    }
}
fn getset_repr(v: &Value) -> PyResult<Value> {
    let g = v.downcast::<GetSetObject>().expect("getset");
    Ok(pystr::new(&format!(
        "<attribute '{}' of '{}' objects>",
        pystr::to_string_lossy(&g.name),
        g.owner.downcast::<TypeObject>().map_or("?", |t| &t.name)
    )))
}
fn getset_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let g = v.downcast::<GetSetObject>().expect("getset");
    match pystr::as_str(name) {
        Some("__name__") => Ok(g.name.clone()),
        Some("__objclass__") => Ok(g.owner.clone()),
        _ => generic_getattr(v, name),
    }
}
simple_type!(GETSET_TYPE, "getset_descriptor", GetSetObject, {
    repr: Some(getset_repr),
    getattr: Some(getset_getattr),
});

fn new_getset(name: &str, owner: &Value) -> Value {
    Value::from_box(Box::new(GetSetObject {
        header: ObjHeader::new(&GETSET_TYPE),
        name: pystr::intern(name),
        owner: owner.clone(),
    }))
}

fn getset_get(g: &GetSetObject, obj: &Value) -> PyResult<Value> {
    match pystr::as_str(&g.name) {
        Some("__dict__") => attrs::instance_dict(obj).ok_or_else(|| {
            PyErr::new(
                &ATTRIBUTE_ERROR,
                format!(
                    "'{}' object has no attribute '__dict__'",
                    obj.type_of().name
                ),
            )
        }),
        // The first weak reference to the object, as CPython's list head.
        _ => Ok(super::weakrefs::weakrefs_of(obj)
            .into_iter()
            .next()
            .unwrap_or_else(singletons::none)),
    }
}

fn getset_set(g: &GetSetObject, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    if pystr::as_str(&g.name) == Some("__dict__") {
        return generic_setattr(obj, &g.name, value);
    }
    Err(PyErr::new(
        &ATTRIBUTE_ERROR,
        format!(
            "attribute '{}' of '{}' objects is not writable",
            pystr::to_string_lossy(&g.name),
            g.owner.downcast::<TypeObject>().map_or("?", |t| &t.name)
        ),
    ))
}

// ---------------------------------------------------------------- GenericAlias

/// `list[int]`: what the built-in generic classes' `__class_getitem__`
/// returns (`types.GenericAlias`).
#[repr(C)]
pub struct GenericAlias {
    header: ObjHeader,
    pub origin: Value,
    pub args: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for GenericAlias {
    fn type_object() -> &'static TypeObject {
        &GENERIC_ALIAS_TYPE
    }
}

/// How a type argument shows in a generic alias's repr.
fn alias_arg_repr(v: &Value) -> PyResult<String> {
    if v.is(&singletons::ellipsis()) {
        return Ok("...".to_string());
    }
    if v.is(&singletons::NONE_TYPE.as_value()) {
        return Ok("None".to_string());
    }
    if v.downcast::<GenericAlias>().is_none() {
        if let Some(t) = v.downcast::<TypeObject>() {
            return Ok(if t.module == "builtins" {
                t.qualname.to_string()
            } else {
                format!("{}.{}", t.module, t.qualname)
            });
        }
    }
    Ok(pystr::to_string_lossy(&ops::repr(v)?))
}

fn alias_repr(v: &Value) -> PyResult<Value> {
    let a = v.downcast::<GenericAlias>().expect("alias");
    let args = tuple::items(&a.args)
        .iter()
        .map(alias_arg_repr)
        .collect::<PyResult<Vec<_>>>()?;
    let args = if args.is_empty() {
        "()".to_string()
    } else {
        args.join(", ")
    };
    Ok(pystr::new(&format!(
        "{}[{args}]",
        alias_arg_repr(&a.origin)?
    )))
}
fn alias_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let a = v.downcast::<GenericAlias>().expect("alias");
    match pystr::as_str(name) {
        Some("__origin__") => Ok(a.origin.clone()),
        Some("__args__") => Ok(a.args.clone()),
        Some("__parameters__") => Ok(tuple::new(super::generic::collect_parameters(
            tuple::items(&a.args),
        )?)),
        Some("__class__") => Ok(v.type_of().as_value()),
        // No alias is a starred one (`*tuple[int]`) yet.
        Some("__unpacked__") => Ok(singletons::bool(false)),
        _ => attrs::getattr(&a.origin, name),
    }
}
fn alias_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let a = v.downcast::<GenericAlias>().expect("alias");
    let result = super::call_slot(&a.origin, args, kwargs)?;
    super::generic::note_orig_class(v, &a.origin, &result);
    Ok(result)
}
fn alias_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<GenericAlias>(), b.downcast::<GenericAlias>()) else {
        return Ok(singletons::not_implemented());
    };
    let same = x.origin.is(&y.origin) && ops::eq(&x.args, &y.args)?;
    Ok(match op {
        CompareOp::Eq => singletons::bool(same),
        CompareOp::Ne => singletons::bool(!same),
        _ => singletons::not_implemented(),
    })
}
fn alias_hash(v: &Value) -> PyResult<i64> {
    let a = v.downcast::<GenericAlias>().expect("alias");
    Ok(ops::hash(&a.origin)? ^ ops::hash(&a.args)?)
}
pub static GENERIC_ALIAS_TYPE: TypeObject = TypeObject::new_static_in(
    "types",
    "GenericAlias",
    Some(&OBJECT_TYPE),
    tpflags::BASETYPE,
    Slots {
        number: {
            let mut n = [None; crate::object::NUM_BINOPS];
            n[crate::object::BinOp::Or as usize] = Some(type_or as crate::object::BinaryFn);
            n
        },
        repr: Some(alias_repr),
        getattr: Some(alias_getattr),
        getitem: Some(super::generic::generic_alias_getitem),
        call: Some(alias_call),
        richcompare: Some(alias_richcompare),
        hash: Some(alias_hash),
        ..super::objects::base_slots(crate::object::payload::dealloc_box::<GenericAlias>)
    },
);

fn new_alias(origin: Value, args: &Value) -> Value {
    let args = match args.downcast::<tuple::TupleObject>() {
        Some(_) => args.clone(),
        None => tuple::new(vec![args.clone()]),
    };
    new_generic_alias(origin, args)
}

/// `types.GenericAlias.__new__(cls, origin, args)`; subclasses
/// (`collections.abc`'s callable alias) get the alias moved into their layout.
fn alias_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(type_error("GenericAlias() takes no keyword arguments"));
    }
    let Some(first) = a.first() else {
        return Err(type_error(
            "types.GenericAlias.__new__(): not enough arguments",
        ));
    };
    let cls = first
        .downcast::<TypeObject>()
        .filter(|c| c.is_subtype_of(&GENERIC_ALIAS_TYPE))
        .ok_or_else(|| {
            let name = match first.downcast::<TypeObject>() {
                Some(t) => t.name.to_string(),
                None => {
                    pystr::to_string_lossy(&ops::repr(first).unwrap_or_else(|_| pystr::empty()))
                }
            };
            type_error(format!(
                "types.GenericAlias.__new__({name}): {name} is not a subtype of types.GenericAlias"
            ))
        })?;
    if a.len() != 3 {
        return Err(type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            a.len() - 1
        )));
    }
    let alias = new_alias(a[1].clone(), &a[2]);
    if std::ptr::eq(cls, &GENERIC_ALIAS_TYPE) {
        return Ok(alias);
    }
    make_instance(cls, alias)
}

/// `list.__class_getitem__(item)` and the other built-in generics.
fn generic_class_getitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(args, kw, 1)?;
    Ok(new_alias(args[0].clone(), &args[1]))
}

/// `types.GenericAlias(origin, args)`; `args` is a tuple.
pub fn new_generic_alias(origin: Value, args: Value) -> Value {
    Value::from_box(Box::new(GenericAlias {
        header: ObjHeader::new(&GENERIC_ALIAS_TYPE),
        origin,
        args,
    }))
}

/// `alias.__mro_entries__(bases)`: a class statement subclasses the origin.
fn alias_mro_entries(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(args, kw, 1)?;
    let a = args[0].downcast::<GenericAlias>().expect("alias");
    if let Some(r) = super::generic::generic_mro_entries(&args[0], &a.origin, &args[1])? {
        return Ok(r);
    }
    Ok(tuple::new(vec![a.origin.clone()]))
}

/// Makes the built-in generic classes subscriptable.
pub fn install_class_getitem(types: &[&'static TypeObject]) {
    let _ = dict::set_item(
        GENERIC_ALIAS_TYPE.dict(),
        pystr::intern("__mro_entries__"),
        super::objects::native_method(&GENERIC_ALIAS_TYPE, "__mro_entries__", alias_mro_entries),
    );
    let _ = dict::set_item(
        GENERIC_ALIAS_TYPE.dict(),
        pystr::intern("__new__"),
        new_wrapper(
            &STATICMETHOD_TYPE,
            super::objects::native("__new__", alias_new),
        ),
    );
    for ty in types {
        let f = new_wrapper(
            &CLASSMETHOD_DESCRIPTOR_TYPE,
            super::objects::native("__class_getitem__", generic_class_getitem),
        );
        let _ = dict::set_item(ty.dict(), pystr::intern("__class_getitem__"), f);
    }
}

/// `hash(bound_method)`: the identity of `__self__` combined with the
/// function's hash, so that equal bound methods hash equal.
pub fn method_hash(v: &Value) -> PyResult<i64> {
    let m = v
        .downcast::<super::objects::MethodObject>()
        .expect("method");
    let h = crate::types::object::identity_hash(&m.self_)? ^ ops::hash(&m.func)?;
    Ok(if h == -1 { -2 } else { h })
}

// ---------------------------------------------------------------- unions

/// `int | str`: `typing.Union` objects, made by `|` on classes.
#[repr(C)]
pub struct UnionObject {
    header: ObjHeader,
    pub args: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for UnionObject {
    fn type_object() -> &'static TypeObject {
        &UNION_TYPE
    }
}

fn union_repr(v: &Value) -> PyResult<Value> {
    let u = v.downcast::<UnionObject>().expect("union");
    let parts = tuple::items(&u.args)
        .iter()
        .map(|a| {
            if a.downcast::<TypeObject>()
                .is_some_and(|t| std::ptr::eq(t, &singletons::NONE_TYPE))
            {
                Ok("None".to_string())
            } else {
                alias_arg_repr(a)
            }
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(pystr::new(&parts.join(" | ")))
}
fn union_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let u = v.downcast::<UnionObject>().expect("union");
    match pystr::as_str(name) {
        Some("__args__") => Ok(u.args.clone()),
        Some("__parameters__") => Ok(tuple::new(super::generic::collect_parameters(
            tuple::items(&u.args),
        )?)),
        _ => generic_getattr(v, name),
    }
}
fn union_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<UnionObject>(), b.downcast::<UnionObject>()) else {
        return Ok(singletons::not_implemented());
    };
    let (xs, ys) = (tuple::items(&x.args), tuple::items(&y.args));
    let same = xs.len() == ys.len() && xs.iter().all(|i| ys.iter().any(|j| j.is(i)));
    Ok(match op {
        CompareOp::Eq => singletons::bool(same),
        CompareOp::Ne => singletons::bool(!same),
        _ => singletons::not_implemented(),
    })
}
fn union_hash(v: &Value) -> PyResult<i64> {
    let u = v.downcast::<UnionObject>().expect("union");
    // Order-independent, as union equality is.
    let mut h = 0i64;
    for a in tuple::items(&u.args) {
        h ^= ops::hash(a)?;
    }
    Ok(if h == -1 { -2 } else { h })
}
pub static UNION_TYPE: TypeObject = TypeObject::new_static_in(
    "typing",
    "Union",
    Some(&OBJECT_TYPE),
    0,
    Slots {
        repr: Some(union_repr),
        getattr: Some(union_getattr),
        getitem: Some(super::generic::union_getitem),
        richcompare: Some(union_richcompare),
        hash: Some(union_hash),
        number: {
            let mut n = [None; crate::object::NUM_BINOPS];
            n[crate::object::BinOp::Or as usize] = Some(type_or as crate::object::BinaryFn);
            n
        },
        ..super::objects::base_slots(crate::object::payload::dealloc_box::<UnionObject>)
    },
);

/// The members a `|` operand contributes; `None` when it cannot be part
/// of a union.
fn union_members(v: &Value) -> Option<Vec<Value>> {
    if singletons::is_none(v) {
        return Some(vec![singletons::NONE_TYPE.as_value()]);
    }
    if let Some(u) = v.downcast::<UnionObject>() {
        return Some(tuple::items(&u.args).to_vec());
    }
    (v.downcast::<TypeObject>().is_some()
        || v.downcast::<GenericAlias>().is_some()
        || super::typevars::is_unionable(v))
    .then(|| vec![v.clone()])
}

/// `a | b` on classes, aliases, unions and None.
pub fn type_or(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(xs), Some(ys)) = (union_members(a), union_members(b)) else {
        return Ok(singletons::not_implemented());
    };
    Ok(union_of(xs.into_iter().chain(ys)))
}

/// The union of `members` (at least one), duplicates dropped; a single
/// member is returned as is.
pub fn union_of(members: impl IntoIterator<Item = Value>) -> Value {
    let mut args: Vec<Value> = Vec::new();
    for x in members {
        let dup = args.iter().any(|y| {
            y.is(&x) || (x.downcast::<GenericAlias>().is_some() && ops::eq(y, &x).unwrap_or(false))
        });
        if !dup {
            args.push(x);
        }
    }
    if args.len() == 1 {
        return args.pop().expect("one member");
    }
    Value::from_box(Box::new(UnionObject {
        header: ObjHeader::new(&UNION_TYPE),
        args: tuple::new(args),
    }))
}

/// `isinstance(x, int | str)` / `issubclass(C, int | str)`.
fn union_check(u: &UnionObject, v: &Value, instance: bool) -> PyResult<bool> {
    for a in tuple::items(&u.args) {
        let hit = if instance {
            isinstance(v, a)?
        } else {
            issubclass(v, a)?
        };
        if hit {
            return Ok(true);
        }
    }
    Ok(false)
}
