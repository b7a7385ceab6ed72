//! The `_bisect` module: binary search in sorted sequences, and insertion
//! keeping them sorted, with CPython's `lo`/`hi`/`key` rules.

use taipan_vm::interp::objects::{native_any_arity, new_module, NativeFn};
use taipan_vm::interp::{attrs, call_object};
use taipan_vm::object::CompareOp;
use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::list::ListObject;
use taipan_vm::types::{dict, int, singletons, str as pystr};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::{bind, index_ssize};

const PARAMS: &[&str] = &["a", "x", "lo", "hi", "key"];

/// The insertion point of `x` in `a[lo:hi]`: left of equal items or
/// right of them.
fn search(
    a: &Value,
    x: &Value,
    lo: Option<&Value>,
    hi: Option<&Value>,
    key: Option<&Value>,
    right: bool,
) -> PyResult<usize> {
    let mut lo = match lo {
        Some(v) => index_ssize(v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(PyErr::new(&VALUE_ERROR, "lo must be non-negative"));
    }
    let mut hi = match hi.filter(|h| !singletons::is_none(h)) {
        Some(v) => index_ssize(v)?,
        None => -1,
    };
    if hi == -1 {
        hi = ops::len(a)? as i64;
    }
    let key = key.filter(|k| !singletons::is_none(k));
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut item = ops::getitem(a, &int::from_i64(mid))?;
        if let Some(k) = key {
            item = call_object(k, std::slice::from_ref(&item), &[])?;
        }
        let go_left = if right {
            ops::richcompare_bool(x, &item, CompareOp::Lt)?
        } else {
            !ops::richcompare_bool(&item, x, CompareOp::Lt)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo as usize)
}

fn bisect(fname: &str, args: &[Value], kwnames: &[Value], right: bool) -> PyResult<Value> {
    let p = bind(fname, args, kwnames, PARAMS, 4, 2)?;
    let (a, x) = (p[0].as_ref().expect("bound"), p[1].as_ref().expect("bound"));
    let i = search(a, x, p[2].as_ref(), p[3].as_ref(), p[4].as_ref(), right)?;
    Ok(int::from_i64(i as i64))
}

fn insort(fname: &str, args: &[Value], kwnames: &[Value], right: bool) -> PyResult<Value> {
    let p = bind(fname, args, kwnames, PARAMS, 4, 2)?;
    let (a, x) = (p[0].as_ref().expect("bound"), p[1].as_ref().expect("bound"));
    let key = p[4].as_ref().filter(|k| !singletons::is_none(k));
    let probe = match key {
        Some(k) => call_object(k, std::slice::from_ref(x), &[])?,
        None => x.clone(),
    };
    let i = search(a, &probe, p[2].as_ref(), p[3].as_ref(), key, right)?;
    match a.downcast_exact::<ListObject>() {
        Some(l) => l.insert(i as i64, x.clone()),
        None => {
            let insert = attrs::getattr_str(a, "insert")?;
            call_object(&insert, &[int::from_i64(i as i64), x.clone()], &[])?;
        }
    }
    Ok(singletons::none())
}

macro_rules! entry {
    ($name:literal, $op:ident, $right:literal) => {
        (
            $name,
            (|a: &[Value], k: &[Value]| $op($name, a, k, $right)) as NativeFn,
        )
    };
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    for (name, f) in [
        entry!("bisect_left", bisect, false),
        entry!("bisect_right", bisect, true),
        entry!("insort_left", insort, false),
        entry!("insort_right", insort, true),
    ] {
        dict::set_item(&d, pystr::intern(name), native_any_arity(name, f))?;
    }
    dict::set_item(&d, pystr::intern("__doc__"), pystr::new("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach."))?;
    new_module("_bisect", d)
}
