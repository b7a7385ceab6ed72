//! The `gc` module. Taipan frees objects when their last reference goes,
//! as CPython does, but has no cycle collector yet: `collect()` finds
//! nothing (0), the counts stay zero, and the switches and thresholds are
//! remembered so that programs tuning them behave as on CPython.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use taipan_vm::interp::objects::{native, new_module, FUNCTION_TYPE, METHOD_TYPE, MODULE_TYPE};
use taipan_vm::interp::type_error;
use taipan_vm::object::header::flags;
use taipan_vm::object::typeobj::tpflags;
use taipan_vm::types::exceptions::{OVERFLOW_ERROR, VALUE_ERROR};
use taipan_vm::types::object::TYPE_TYPE;
use taipan_vm::types::{dict, int, list, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

static ENABLED: AtomicBool = AtomicBool::new(true);
static DEBUG: AtomicI64 = AtomicI64::new(0);
/// CPython 3.14's defaults.
static THRESHOLDS: [AtomicI64; 3] = [AtomicI64::new(2000), AtomicI64::new(10), AtomicI64::new(10)];

fn no_args(name: &str, a: &[Value], k: &[Value]) -> PyResult<()> {
    if !k.is_empty() {
        return Err(type_error(format!(
            "gc.{name}() takes no keyword arguments"
        )));
    }
    if !a.is_empty() {
        return Err(type_error(format!(
            "gc.{name}() takes no arguments ({} given)",
            a.len()
        )));
    }
    Ok(())
}

fn one_arg(name: &str, a: &[Value], k: &[Value]) -> PyResult<()> {
    if !k.is_empty() {
        return Err(type_error(format!(
            "gc.{name}() takes no keyword arguments"
        )));
    }
    if a.len() != 1 {
        return Err(type_error(format!(
            "gc.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    Ok(())
}

/// An `int` argument (through `__index__`) that fits a C int.
fn c_int(v: &Value) -> PyResult<i64> {
    let i = ops::index(v)?;
    int::as_int(&i)
        .and_then(|r| r.to_i64())
        .filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C int"))
}

fn enable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("enable", a, k)?;
    ENABLED.store(true, Ordering::Relaxed);
    Ok(singletons::none())
}

fn disable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("disable", a, k)?;
    ENABLED.store(false, Ordering::Relaxed);
    Ok(singletons::none())
}

fn isenabled(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("isenabled", a, k)?;
    Ok(singletons::bool(ENABLED.load(Ordering::Relaxed)))
}

/// `collect(generation=2)`: nothing to collect without a cycle collector.
fn collect(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let npos = a.len() - k.len();
    if npos > 1 || a.len() > 1 {
        return Err(type_error(format!(
            "collect() takes at most 1 argument ({} given)",
            a.len()
        )));
    }
    if let Some(name) = k.first() {
        if pystr::as_str(name) != Some("generation") {
            return Err(type_error(format!(
                "collect() got an unexpected keyword argument '{}'",
                pystr::to_string_lossy(name)
            )));
        }
    }
    if let Some(g) = a.first() {
        if !(0..=2).contains(&c_int(g)?) {
            return Err(PyErr::new(&VALUE_ERROR, "invalid generation"));
        }
    }
    Ok(int::from_i64(0))
}

fn get_count(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("get_count", a, k)?;
    let zero = || int::from_i64(0);
    Ok(tuple::new(vec![zero(), zero(), zero()]))
}

fn get_threshold(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("get_threshold", a, k)?;
    Ok(tuple::new(
        THRESHOLDS
            .iter()
            .map(|t| int::from_i64(t.load(Ordering::Relaxed)))
            .collect(),
    ))
}

fn set_threshold(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(type_error("set_threshold() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 3 {
        return Err(type_error("gc.set_threshold requires 1 to 3 arguments"));
    }
    let values = a.iter().map(c_int).collect::<PyResult<Vec<_>>>()?;
    for (t, v) in THRESHOLDS.iter().zip(values) {
        t.store(v, Ordering::Relaxed);
    }
    Ok(singletons::none())
}

fn get_debug(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("get_debug", a, k)?;
    Ok(int::from_i64(DEBUG.load(Ordering::Relaxed)))
}

fn set_debug(a: &[Value], k: &[Value]) -> PyResult<Value> {
    one_arg("set_debug", a, k)?;
    DEBUG.store(c_int(&a[0])?, Ordering::Relaxed);
    Ok(singletons::none())
}

/// Whether CPython's collector would track `v`: containers, functions,
/// instances of classes, types, ... but not atomic values or `()`.
fn tracked(v: &Value) -> bool {
    let ty = v.type_of();
    if v.header().is_none() || (ty.is_subtype_of(&tuple::TUPLE_TYPE) && tuple::items(v).is_empty())
    {
        return false;
    }
    ty.has_flag(tpflags::HAVE_GC)
        || ty.has_flag(tpflags::HEAPTYPE)
        || ty.slots.traverse.is_some()
        || ty.is_subtype_of(&TYPE_TYPE)
        || [
            &FUNCTION_TYPE,
            &METHOD_TYPE,
            &MODULE_TYPE,
            &taipan_vm::interp::generators::GENERATOR_TYPE,
            &taipan_vm::interp::generators::COROUTINE_TYPE,
            &taipan_vm::interp::generators::ASYNC_GENERATOR_TYPE,
        ]
        .iter()
        .any(|t| std::ptr::eq(ty, *t))
}

fn is_tracked(a: &[Value], k: &[Value]) -> PyResult<Value> {
    one_arg("is_tracked", a, k)?;
    Ok(singletons::bool(tracked(&a[0])))
}

/// Whether `__del__` has run (a resurrected object stays finalized).
fn is_finalized(a: &[Value], k: &[Value]) -> PyResult<Value> {
    one_arg("is_finalized", a, k)?;
    Ok(singletons::bool(
        a[0].header()
            .is_some_and(|h| h.flags() & flags::FINALIZED != 0),
    ))
}

fn freeze(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("freeze", a, k)?;
    Ok(singletons::none())
}

fn unfreeze(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("unfreeze", a, k)?;
    Ok(singletons::none())
}

fn get_freeze_count(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("get_freeze_count", a, k)?;
    Ok(int::from_i64(0))
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let set = |name: &'static str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    set("enable", native("enable", enable))?;
    set("disable", native("disable", disable))?;
    set("isenabled", native("isenabled", isenabled))?;
    set("collect", native("collect", collect))?;
    set("get_count", native("get_count", get_count))?;
    set("get_threshold", native("get_threshold", get_threshold))?;
    set("set_threshold", native("set_threshold", set_threshold))?;
    set("get_debug", native("get_debug", get_debug))?;
    set("set_debug", native("set_debug", set_debug))?;
    set("is_tracked", native("is_tracked", is_tracked))?;
    set("is_finalized", native("is_finalized", is_finalized))?;
    set("freeze", native("freeze", freeze))?;
    set("unfreeze", native("unfreeze", unfreeze))?;
    set(
        "get_freeze_count",
        native("get_freeze_count", get_freeze_count),
    )?;
    // Nothing is ever found uncollectable, and no callback has a collection
    // to report: the lists stay empty unless the program fills them.
    set("garbage", list::new(Vec::new()))?;
    set("callbacks", list::new(Vec::new()))?;
    for (name, value) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        set(name, int::from_i64(value))?;
    }
    new_module("gc", d)
}
