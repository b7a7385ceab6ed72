//! Weak references: `weakref.ReferenceType` (`ref`), `ProxyType` and
//! `CallableProxyType`, and what happens to them when their referent dies.
//!
//! Design (docs/ARCHITECTURE.md, "Weak references"): an object carries no
//! weak-reference field. The weak references to it are listed in a side
//! table keyed by its address, split into shards, each behind its own lock;
//! the header flag `WEAKLY_REFERENCED` tells its dealloc to look there
//! (`refcount::call_dealloc` calls [`clear_on_death`]), so objects never
//! weakly referenced pay nothing. A weak reference holds its referent's
//! address, which only changes (to null, when the referent dies) under the
//! referent's shard lock; resolving it takes that lock and adds a reference
//! with `refcount::try_incref`, which fails for an object whose count
//! already reached zero, so a referent dying in another thread is never
//! revived. Each list is in CPython's order: the shared callback-less
//! `ref` first, then the shared callback-less proxy, then the others, most
//! recent first; callbacks run in that order after all are cleared.

use std::collections::BTreeMap;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicI64, AtomicPtr, Ordering};
use std::sync::{Mutex, MutexGuard};

use super::attrs;
use super::objects::{
    FunctionObject, NativeFunction, BUILTIN_FUNCTION_TYPE, CODE_TYPE, FUNCTION_TYPE, METHOD_TYPE,
    MODULE_TYPE,
};
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::cell::Cell;
use crate::object::header::{flags, ObjHeader};
use crate::object::payload::{dealloc_box, PyPayload};
use crate::object::refcount;
use crate::object::typeobj::{tpflags, BinOp, CompareOp, Slots, TypeObject, NUM_BINOPS};
use crate::object::value::{RawValue, Value};
use crate::ops;
use crate::types::exceptions::{REFERENCE_ERROR, TYPE_ERROR};
use crate::types::object::{address, OBJECT_TYPE, TYPE_TYPE};
use crate::types::{singletons, str as pystr};

// ---------------------------------------------------------------- the object

/// `hash` value meaning "not computed yet" (Python hashes are never -1).
const HASH_UNKNOWN: i64 = -1;

/// A weak reference or proxy (one layout for the three types).
#[repr(C)]
pub struct WeakRefObject {
    header: ObjHeader,
    /// The referent's header; null once it died (or before registration).
    /// Changed only under the referent's shard lock.
    referent: AtomicPtr<ObjHeader>,
    /// Called with this weak reference when the referent dies; taken then.
    callback: Cell<Option<Value>>,
    /// The referent's hash, kept once computed (a dead `ref` still hashes).
    hash: AtomicI64,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for WeakRefObject {
    fn type_object() -> &'static TypeObject {
        &REF_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        ty.is_subtype_of(&REF_TYPE)
            || std::ptr::eq(ty, &PROXY_TYPE)
            || std::ptr::eq(ty, &CALLABLE_PROXY_TYPE)
    }
}

impl Drop for WeakRefObject {
    /// A weak reference that dies before its referent leaves the list.
    fn drop(&mut self) {
        let p = self.referent.load(Ordering::Acquire);
        if p.is_null() {
            return;
        }
        let me = NonNull::from(&*self);
        let mut table = shard(p as usize);
        // Re-read under the lock: the referent may have died meanwhile.
        if self.referent.load(Ordering::Relaxed) != p {
            return;
        }
        if let Some(list) = table.get_mut(&(p as usize)) {
            list.retain(|w| w.0 != me);
            if list.is_empty() {
                table.remove(&(p as usize));
            }
        }
    }
}

impl WeakRefObject {
    /// The referent, if it is alive.
    pub fn get(&self) -> Option<Value> {
        let p = self.referent.load(Ordering::Acquire);
        if p.is_null() {
            return None;
        }
        let _table = shard(p as usize);
        if self.referent.load(Ordering::Relaxed) != p {
            return None;
        }
        // SAFETY: a registered referent is not freed before its dealloc has
        // cleared `referent` under the lock we hold, so `p` is valid memory.
        let h = unsafe { &*p };
        if !refcount::try_incref(h) {
            return None;
        }
        let ptr = NonNull::new(p).expect("checked non-null");
        // SAFETY: `try_incref` just gave us the reference the value owns.
        Some(unsafe { Value::from_raw(RawValue::from_ptr(ptr)) })
    }

    fn has_callback(&self) -> bool {
        self.callback.with(&self.header, |c| c.is_some())
    }

    fn callback(&self) -> Value {
        self.callback
            .with(&self.header, |c| c.clone())
            .unwrap_or_else(singletons::none)
    }
}

/// Pointer to a weak reference in the table.
#[derive(Clone, Copy)]
struct WeakPtr(NonNull<WeakRefObject>);

// SAFETY: the pointer is only dereferenced under its shard's lock, while
// the weak reference is registered (its drop unregisters it under the lock
// first).
unsafe impl Send for WeakPtr {}

impl WeakPtr {
    fn obj(&self) -> &WeakRefObject {
        // SAFETY: see `Send`: callers hold the shard lock.
        unsafe { self.0.as_ref() }
    }
}

// ---------------------------------------------------------------- the table

const SHARDS: usize = 16;

type Lists = BTreeMap<usize, Vec<WeakPtr>>;

static TABLE: [Mutex<Lists>; SHARDS] = [const { Mutex::new(BTreeMap::new()) }; SHARDS];

/// The locked shard holding the list of the object at `addr`.
fn shard(addr: usize) -> MutexGuard<'static, Lists> {
    let i = ((addr >> 4) ^ (addr >> 12)) % SHARDS;
    TABLE[i].lock().unwrap_or_else(|e| e.into_inner())
}

/// Whether `w` is the shared callback-less `ref` or proxy of its referent.
fn is_basic(w: &WeakRefObject) -> bool {
    let t = w.header.type_ptr();
    (std::ptr::eq(t, &REF_TYPE)
        || std::ptr::eq(t, &PROXY_TYPE)
        || std::ptr::eq(t, &CALLABLE_PROXY_TYPE))
        && !w.has_callback()
}

/// Clears the weak references to `obj`, which is being freed, then calls
/// their callbacks (most recent first). Called by the dealloc path for
/// objects flagged `WEAKLY_REFERENCED`.
pub fn clear_on_death(obj: NonNull<ObjHeader>) {
    let addr = obj.as_ptr() as usize;
    let with_callbacks: Vec<Value> = {
        let mut table = shard(addr);
        let Some(list) = table.remove(&addr) else {
            return;
        };
        let mut live = Vec::new();
        for w in &list {
            let o = w.obj();
            o.referent.store(std::ptr::null_mut(), Ordering::Release);
            // A weak reference dying at the same time gets no callback.
            if o.has_callback() && refcount::try_incref(&o.header) {
                let ptr = w.0.cast::<ObjHeader>();
                // SAFETY: `try_incref` gave us the reference.
                live.push(unsafe { Value::from_raw(RawValue::from_ptr(ptr)) });
            }
        }
        live
    };
    for w in with_callbacks {
        let o = w.downcast::<WeakRefObject>().expect("weakref");
        let Some(cb) = o.callback.with(&o.header, Option::take) else {
            continue;
        };
        if let Err(e) = call_object(&cb, std::slice::from_ref(&w), &[]) {
            let what = ops::repr(&cb)
                .map(|r| pystr::to_string_lossy(&r))
                .unwrap_or_default();
            super::builtins::write_stderr(&format!(
                "Exception ignored while calling weakref callback {what}:\n{}",
                super::traceback::format_unraisable(e.instance())
            ));
        }
    }
}

/// The live weak references to `obj`, in list order.
pub fn weakrefs_of(obj: &Value) -> Vec<Value> {
    let Some(h) = obj.header() else {
        return Vec::new();
    };
    if h.flags() & flags::WEAKLY_REFERENCED == 0 {
        return Vec::new();
    }
    let addr = address(obj);
    let table = shard(addr);
    let Some(list) = table.get(&addr) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(list.len());
    for w in list {
        if refcount::try_incref(&w.obj().header) {
            // SAFETY: `try_incref` gave us the reference.
            out.push(unsafe { Value::from_raw(RawValue::from_ptr(w.0.cast())) });
        }
    }
    drop(table);
    out
}

/// How many weak references to `obj` exist.
pub fn weakref_count(obj: &Value) -> usize {
    match obj.header() {
        Some(h) if h.flags() & flags::WEAKLY_REFERENCED != 0 => {
            let addr = address(obj);
            shard(addr).get(&addr).map_or(0, Vec::len)
        }
        _ => 0,
    }
}

// ---------------------------------------------------------------- creation

/// The interpreter's static types whose instances may be weakly
/// referenced (CPython's types with a weak-reference list).
fn static_weakrefable(t: &TypeObject) -> bool {
    use crate::types::set::{FROZENSET_TYPE, SET_TYPE};
    let list: [&TypeObject; 12] = [
        &SET_TYPE,
        &FROZENSET_TYPE,
        &TYPE_TYPE,
        &FUNCTION_TYPE,
        &BUILTIN_FUNCTION_TYPE,
        &METHOD_TYPE,
        &MODULE_TYPE,
        &CODE_TYPE,
        &super::generators::GENERATOR_TYPE,
        &super::generators::COROUTINE_TYPE,
        &super::generators::ASYNC_GENERATOR_TYPE,
        &super::memoryview::MEMORYVIEW_TYPE,
    ];
    list.iter().any(|x| std::ptr::eq(*x, t))
}

/// Whether instances of `t` may be weakly referenced: heap types flagged
/// by `create_class`, static types of native modules that opt in with
/// the same flag, the interpreter's own listed types, and all types.
pub fn is_weakrefable(t: &TypeObject) -> bool {
    t.has_flag(tpflags::WEAKREFABLE)
        || t.is_subtype_of(&TYPE_TYPE)
        || (!t.has_flag(tpflags::HEAPTYPE) && static_weakrefable(t))
}

/// CPython's `tp_name`: static types of other modules are dotted.
fn tp_name(t: &TypeObject) -> String {
    if t.has_flag(tpflags::HEAPTYPE) || t.module == "builtins" {
        t.name.to_string()
    } else {
        format!("{}.{}", t.module, t.name)
    }
}

/// A weak reference of type `ty` (`ref`, a subclass of it, or a proxy
/// type) to `obj`; the shared one when it is callback-less and of a
/// base type.
pub fn new_weakref(ty: &TypeObject, obj: &Value, callback: Option<&Value>) -> PyResult<Value> {
    let target = obj.header().filter(|_| is_weakrefable(obj.type_of()));
    let Some(target) = target else {
        return Err(type_error(format!(
            "cannot create weak reference to '{}' object",
            tp_name(obj.type_of())
        )));
    };
    let callback = callback.filter(|c| !singletons::is_none(c)).cloned();
    let basic = callback.is_none() && !ty.has_flag(tpflags::HEAPTYPE);
    let fresh = Value::from_box(Box::new(WeakRefObject {
        header: ObjHeader::new(&REF_TYPE),
        referent: AtomicPtr::new(std::ptr::null_mut()),
        callback: Cell::new(callback),
        hash: AtomicI64::new(HASH_UNKNOWN),
    }));
    let w = if ty.has_flag(tpflags::HEAPTYPE) {
        super::classes::make_instance(ty, fresh)?
    } else {
        if let Some(h) = fresh.header() {
            h.set_ob_type(ty);
        }
        fresh
    };
    let wh = w.header().expect("heap object");
    let addr = address(obj);
    let target_ptr = NonNull::from(target);
    let mut table = shard(addr);
    let list = table.entry(addr).or_default();
    if basic {
        if let Some(existing) = list.iter().find(|e| {
            let o = e.obj();
            is_basic(o) && std::ptr::eq(o.header.type_ptr(), ty)
        }) {
            if refcount::try_incref(&existing.obj().header) {
                // SAFETY: `try_incref` gave us the reference.
                let v = unsafe { Value::from_raw(RawValue::from_ptr(existing.0.cast())) };
                drop(table);
                return Ok(v);
            }
        }
    }
    target.set_flags(flags::WEAKLY_REFERENCED);
    refcount::set_maybe_weakref(target);
    refcount::set_maybe_weakref(wh);
    let me = w.downcast::<WeakRefObject>().expect("weakref layout");
    me.referent.store(target_ptr.as_ptr(), Ordering::Release);
    // Basic refs first, then the basic proxy, then the rest, newest first.
    let basics = list.iter().take_while(|e| is_basic(e.obj())).count();
    let at = if basic && std::ptr::eq(ty, &REF_TYPE) {
        0
    } else if basic {
        // After the basic ref, if there is one.
        usize::from(list.first().is_some_and(|e| {
            is_basic(e.obj()) && std::ptr::eq(e.obj().header.type_ptr(), &REF_TYPE)
        }))
    } else {
        basics
    };
    list.insert(at, WeakPtr(NonNull::from(me)));
    drop(table);
    Ok(w)
}

/// `weakref.proxy(obj, callback=None)`.
pub fn new_proxy(obj: &Value, callback: Option<&Value>) -> PyResult<Value> {
    let callable = obj.type_of().slots.call.is_some() || obj.downcast::<TypeObject>().is_some();
    let ty = if callable {
        &CALLABLE_PROXY_TYPE
    } else {
        &PROXY_TYPE
    };
    new_weakref(ty, obj, callback)
}

/// `_weakref._remove_dead_weakref(dict, key)`: deletes `dict[key]` if it
/// is a dead weak reference (a missing key is fine).
pub fn remove_dead_weakref(d: &Value, key: &Value) -> PyResult<()> {
    let Some(v) = crate::types::dict::get_item(d, key)? else {
        return Ok(());
    };
    let Some(w) = v.downcast::<WeakRefObject>().filter(|_| is_ref(&v)) else {
        return Err(type_error("not a weakref"));
    };
    if w.get().is_none() {
        match crate::types::dict::del_item(d, key) {
            Err(e) if e.matches(&crate::types::exceptions::KEY_ERROR) => {}
            r => r?,
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- ref

/// Whether `v` is a `ref` (not a proxy).
fn is_ref(v: &Value) -> bool {
    v.type_of().is_subtype_of(&REF_TYPE)
}

fn me(v: &Value) -> &WeakRefObject {
    v.downcast::<WeakRefObject>().expect("weakref layout")
}

fn ref_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    if kwargs.is_some_and(|k| !attrs::dict_items(k).is_empty()) {
        return Err(type_error("weakref() takes no keyword arguments"));
    }
    if !args.is_empty() {
        return Err(type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.len()
        )));
    }
    Ok(me(v).get().unwrap_or_else(singletons::none))
}

fn ref_hash(v: &Value) -> PyResult<i64> {
    let w = me(v);
    let cached = w.hash.load(Ordering::Relaxed);
    if cached != HASH_UNKNOWN {
        return Ok(cached);
    }
    let Some(o) = w.get() else {
        return Err(type_error("weak object has gone away"));
    };
    let h = ops::hash(&o)?;
    w.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

fn ref_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !is_ref(a) || !is_ref(b) {
        return Ok(singletons::not_implemented());
    }
    match (me(a).get(), me(b).get()) {
        (Some(x), Some(y)) => ops::richcompare(&x, &y, op),
        _ => Ok(singletons::bool(a.is(b) == (op == CompareOp::Eq))),
    }
}

/// `to 'T' at 0x... (name)` of the referent in the reprs.
fn referent_text(o: &Value) -> String {
    let named = o.downcast::<FunctionObject>().is_some()
        || o.downcast::<NativeFunction>().is_some()
        || o.downcast::<TypeObject>().is_some()
        || attrs::lookup_special(o, "__name__")
            .ok()
            .flatten()
            .is_some();
    let name = named
        .then(|| ops::getattr(o, &pystr::intern("__name__")).ok())
        .flatten()
        .and_then(|n| pystr::as_str(&n).map(str::to_string));
    let mut s = format!("to '{}' at {:#x}", tp_name(o.type_of()), address(o));
    if let Some(n) = name {
        s.push_str(&format!(" ({n})"));
    }
    s
}

fn ref_repr(v: &Value) -> PyResult<Value> {
    let at = address(v);
    Ok(pystr::new(&match me(v).get() {
        Some(o) => format!("<weakref at {at:#x}; {}>", referent_text(&o)),
        None => format!("<weakref at {at:#x}; dead>"),
    }))
}

/// `ref.__new__(cls, ob, callback=None)`.
fn m_ref_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = a
        .first()
        .and_then(|t| t.downcast::<TypeObject>())
        .filter(|t| t.is_subtype_of(&REF_TYPE))
        .ok_or_else(|| type_error("ref.__new__(X): X is not a subtype of ReferenceType"))?;
    if !k.is_empty() {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    super::builtins::check_count("", "__new__", a.len() - 1, 1, 2)?;
    new_weakref(cls, &a[1], a.get(2))
}

/// `ref.__init__`: everything happened in `__new__`.
fn m_ref_init(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::none())
}

fn get_callback(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(me(&a[0]).callback())
}

pub static REF_TYPE: TypeObject = TypeObject::new_static_in(
    "weakref",
    "ReferenceType",
    Some(&OBJECT_TYPE),
    tpflags::BASETYPE,
    Slots {
        call: Some(ref_call),
        hash: Some(ref_hash),
        richcompare: Some(ref_richcompare),
        repr: Some(ref_repr),
        ..super::objects::base_slots(dealloc_box::<WeakRefObject>)
    },
);

/// Installs the methods and attributes of `ref` (once, when `_weakref`
/// is first imported).
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let d = REF_TYPE.dict();
        let set = |name: &'static str, v: Value| {
            let _ = crate::types::dict::set_item(d, pystr::intern(name), v);
        };
        set(
            "__new__",
            super::classes::new_wrapper(
                &super::classes::STATICMETHOD_TYPE,
                super::objects::native("__new__", m_ref_new),
            ),
        );
        set(
            "__init__",
            super::objects::native_method(&REF_TYPE, "__init__", m_ref_init),
        );
        set(
            "__callback__",
            super::slot_wrappers::new_getset(&REF_TYPE, "__callback__", get_callback),
        );
        for ty in [&PROXY_TYPE, &CALLABLE_PROXY_TYPE] {
            let d = ty.dict();
            for (name, f) in [
                ("__bytes__", proxy_bytes as super::objects::NativeFn),
                ("__reversed__", proxy_reversed),
            ] {
                let m = super::objects::native_method(ty, name, f);
                let _ = crate::types::dict::set_item(d, pystr::intern(name), m);
            }
        }
        super::slot_wrappers::install(&[&REF_TYPE, &PROXY_TYPE, &CALLABLE_PROXY_TYPE]);
        // `weakref.ref[int]`
        super::classes::install_class_getitem(&[&REF_TYPE]);
    });
}

// ---------------------------------------------------------------- proxies

/// The referent of a proxy operand, or the operand itself.
fn unwrap(v: &Value) -> PyResult<Value> {
    if v.is_exact(&PROXY_TYPE) || v.is_exact(&CALLABLE_PROXY_TYPE) {
        me(v).get().ok_or_else(|| {
            PyErr::new(
                &REFERENCE_ERROR,
                "weakly-referenced object no longer exists",
            )
        })
    } else {
        Ok(v.clone())
    }
}

fn proxy_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    ops::getattr(&unwrap(v)?, name)
}
fn proxy_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    ops::setattr(&unwrap(v)?, name, value)
}
fn proxy_repr(v: &Value) -> PyResult<Value> {
    let at = address(v);
    Ok(pystr::new(&match me(v).get() {
        Some(o) => format!("<weakproxy at {at:#x}; {}>", referent_text(&o)),
        None => format!("<weakproxy at {at:#x}; dead>"),
    }))
}
fn proxy_str(v: &Value) -> PyResult<Value> {
    ops::str(&unwrap(v)?)
}
fn proxy_hash(v: &Value) -> PyResult<i64> {
    Err(PyErr::new(
        &TYPE_ERROR,
        format!("unhashable type: '{}'", tp_name(v.type_of())),
    ))
}
fn proxy_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    ops::richcompare(&unwrap(a)?, &unwrap(b)?, op)
}
fn proxy_binop<const OP: usize>(a: &Value, b: &Value) -> PyResult<Value> {
    ops::binary_op(&unwrap(a)?, &unwrap(b)?, BinOp::ALL[OP])
}
fn proxy_inplace<const OP: usize>(a: &Value, b: &Value) -> PyResult<Value> {
    ops::inplace_op(&unwrap(a)?, &unwrap(b)?, BinOp::ALL[OP])
}
fn proxy_divmod(a: &Value, b: &Value) -> PyResult<Value> {
    ops::divmod(&unwrap(a)?, &unwrap(b)?)
}
fn proxy_pow3(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    ops::pow3(&unwrap(a)?, &unwrap(b)?, &unwrap(m)?)
}
fn proxy_neg(v: &Value) -> PyResult<Value> {
    ops::neg(&unwrap(v)?)
}
fn proxy_pos(v: &Value) -> PyResult<Value> {
    ops::pos(&unwrap(v)?)
}
fn proxy_invert(v: &Value) -> PyResult<Value> {
    ops::invert(&unwrap(v)?)
}
fn proxy_abs(v: &Value) -> PyResult<Value> {
    ops::abs(&unwrap(v)?)
}
fn proxy_index(v: &Value) -> PyResult<Value> {
    ops::index(&unwrap(v)?)
}
fn proxy_int(v: &Value) -> PyResult<Value> {
    call_object(&crate::types::int::INT_TYPE.as_value(), &[unwrap(v)?], &[])
}
fn proxy_float(v: &Value) -> PyResult<Value> {
    super::builtins::float_of(&unwrap(v)?)
}
fn proxy_bool(v: &Value) -> PyResult<bool> {
    ops::truthy(&unwrap(v)?)
}
fn proxy_len(v: &Value) -> PyResult<usize> {
    ops::len(&unwrap(v)?)
}
fn proxy_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    ops::getitem(&unwrap(v)?, k)
}
fn proxy_setitem(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
    ops::setitem(&unwrap(v)?, k, x)
}
fn proxy_contains(v: &Value, x: &Value) -> PyResult<bool> {
    ops::contains(&unwrap(v)?, x)
}
fn proxy_iter(v: &Value) -> PyResult<Value> {
    ops::iter(&unwrap(v)?)
}
fn proxy_next(v: &Value) -> PyResult<Option<Value>> {
    let o = unwrap(v)?;
    if o.type_of().slots.next.is_none() {
        return Err(type_error(format!(
            "Weakref proxy referenced a non-iterator '{}' object",
            tp_name(o.type_of())
        )));
    }
    ops::next(&o)
}
/// `bytes(proxy)`: the referent's bytes.
fn proxy_bytes(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let o = unwrap(&a[0])?;
    call_object(&crate::types::bytes::BYTES_TYPE.as_value(), &[o], &[])
}
/// `reversed(proxy)`: the referent reversed.
fn proxy_reversed(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let o = unwrap(&a[0])?;
    call_object(&super::builtins::REVERSED_TYPE.as_value(), &[o], &[])
}
fn proxy_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(v)?;
    super::call_slot(&o, args, kwargs)
}

const fn proxy_slots(callable: bool) -> Slots {
    let mut number = [None; NUM_BINOPS];
    let mut inplace = [None; NUM_BINOPS];
    macro_rules! fill {
        ($($i:literal)*) => {
            $(
                number[$i] = Some(proxy_binop::<$i> as crate::object::typeobj::BinaryFn);
                inplace[$i] = Some(proxy_inplace::<$i> as crate::object::typeobj::BinaryFn);
            )*
        };
    }
    fill!(0 1 2 3 4 5 6 7 8 9 10 11 12);
    Slots {
        getattr: Some(proxy_getattr),
        setattr: Some(proxy_setattr),
        repr: Some(proxy_repr),
        str: Some(proxy_str),
        hash: Some(proxy_hash),
        richcompare: Some(proxy_richcompare),
        number,
        inplace,
        divmod: Some(proxy_divmod),
        pow3: Some(proxy_pow3),
        neg: Some(proxy_neg),
        pos: Some(proxy_pos),
        invert: Some(proxy_invert),
        abs: Some(proxy_abs),
        bool: Some(proxy_bool),
        int: Some(proxy_int),
        float: Some(proxy_float),
        index: Some(proxy_index),
        length: Some(proxy_len),
        getitem: Some(proxy_getitem),
        setitem: Some(proxy_setitem),
        contains: Some(proxy_contains),
        iter: Some(proxy_iter),
        next: Some(proxy_next),
        call: if callable { Some(proxy_call) } else { None },
        ..Slots::new(dealloc_box::<WeakRefObject>)
    }
}

pub static PROXY_TYPE: TypeObject = TypeObject::new_static_in(
    "weakref",
    "ProxyType",
    Some(&OBJECT_TYPE),
    0,
    proxy_slots(false),
);

pub static CALLABLE_PROXY_TYPE: TypeObject = TypeObject::new_static_in(
    "weakref",
    "CallableProxyType",
    Some(&OBJECT_TYPE),
    0,
    proxy_slots(true),
);
