//! The `_weakref` module: the weak-reference types and functions that
//! CPython's `weakref.py` and `_weakrefset.py` build on. The objects and
//! their life cycle live in the VM (`taipan_vm::interp::weakrefs`).

use taipan_vm::interp::objects::{native, new_module};
use taipan_vm::interp::type_error;
use taipan_vm::interp::weakrefs::{self, CALLABLE_PROXY_TYPE, PROXY_TYPE, REF_TYPE};
use taipan_vm::types::{dict, int, list, singletons, str as pystr};
use taipan_vm::{PyResult, Value};

/// `TypeError` unless exactly `n` positional arguments and no keywords.
fn check_args(name: &str, a: &[Value], k: &[Value], lo: usize, hi: usize) -> PyResult<()> {
    if !k.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.len();
    if (lo..=hi).contains(&n) {
        return Ok(());
    }
    Err(type_error(if lo == hi && lo == 1 {
        format!("_weakref.{name}() takes exactly one argument ({n} given)")
    } else if lo == hi {
        format!("{name} expected {lo} arguments, got {n}")
    } else if n < lo {
        format!("{name} expected at least {lo} argument, got {n}")
    } else {
        format!("{name} expected at most {hi} arguments, got {n}")
    }))
}

fn getweakrefcount(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args("getweakrefcount", a, k, 1, 1)?;
    Ok(int::from_i64(weakrefs::weakref_count(&a[0]) as i64))
}

fn getweakrefs(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args("getweakrefs", a, k, 1, 1)?;
    Ok(list::new(weakrefs::weakrefs_of(&a[0])))
}

fn proxy(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args("proxy", a, k, 1, 2)?;
    weakrefs::new_proxy(&a[0], a.get(1))
}

fn remove_dead_weakref(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args("_remove_dead_weakref", a, k, 2, 2)?;
    if a[0].downcast::<dict::DictObject>().is_none() {
        return Err(type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            a[0].type_of().name
        )));
    }
    weakrefs::remove_dead_weakref(&a[0], &a[1])?;
    Ok(singletons::none())
}

pub(crate) fn module() -> PyResult<Value> {
    weakrefs::install();
    let d = dict::new();
    let set = |name: &'static str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    set("ref", REF_TYPE.as_value())?;
    set("ReferenceType", REF_TYPE.as_value())?;
    set("ProxyType", PROXY_TYPE.as_value())?;
    set("CallableProxyType", CALLABLE_PROXY_TYPE.as_value())?;
    set(
        "getweakrefcount",
        native("getweakrefcount", getweakrefcount),
    )?;
    set("getweakrefs", native("getweakrefs", getweakrefs))?;
    set("proxy", native("proxy", proxy))?;
    set(
        "_remove_dead_weakref",
        native("_remove_dead_weakref", remove_dead_weakref),
    )?;
    new_module("_weakref", d)
}
