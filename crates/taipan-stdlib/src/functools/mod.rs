//! The `_functools` module: `reduce`, `cmp_to_key`, `partial` (with
//! `Placeholder`) and the `lru_cache` wrapper.

mod cmp_to_key;
mod lru_cache;
mod partial;

use taipan_vm::interp::objects::{native_any_arity, new_module};
use taipan_vm::interp::{attrs, call_object, type_error};
use taipan_vm::types::{dict, str as pystr};
use taipan_vm::{PyResult, Value};

use crate::args::{keywords, positional};

/// `reduce(function, iterable, /[, initial])`.
fn reduce(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let mut initial = pos.get(2).cloned();
    for (name, v) in keywords(args, kwnames) {
        if name != "initial" {
            return Err(type_error(format!(
                "reduce() got an unexpected keyword argument '{name}'"
            )));
        }
        if initial.is_some() {
            return Err(type_error(
                "argument for reduce() given by name ('initial') and position (3)",
            ));
        }
        initial = Some(v.clone());
    }
    if pos.len() < 2 {
        return Err(type_error(format!(
            "reduce() takes at least 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    if args.len() > 3 {
        return Err(type_error(format!(
            "reduce() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let it =
        attrs::iter(&pos[1]).map_err(|_| type_error("reduce() arg 2 must support iteration"))?;
    let mut acc = initial;
    while let Some(x) = attrs::next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(a) => call_object(&pos[0], &[a, x], &[])?,
        });
    }
    acc.ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))
}

pub(crate) fn module() -> PyResult<Value> {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        lru_cache::install();
        partial::install();
    });
    let d = dict::new();
    dict::set_item(
        &d,
        pystr::intern("partial"),
        partial::PARTIAL_TYPE.as_value(),
    )?;
    dict::set_item(&d, pystr::intern("Placeholder"), partial::placeholder())?;
    dict::set_item(
        &d,
        pystr::intern("_PlaceholderType"),
        partial::PLACEHOLDER_TYPE.as_value(),
    )?;
    dict::set_item(
        &d,
        pystr::intern("_lru_cache_wrapper"),
        lru_cache::LRU_CACHE_TYPE.as_value(),
    )?;
    dict::set_item(
        &d,
        pystr::intern("reduce"),
        native_any_arity("reduce", reduce),
    )?;
    dict::set_item(
        &d,
        pystr::intern("cmp_to_key"),
        native_any_arity("cmp_to_key", cmp_to_key::cmp_to_key),
    )?;
    dict::set_item(
        &d,
        pystr::intern("__doc__"),
        pystr::new("Tools that operate on functions."),
    )?;
    new_module("_functools", d)
}
