//! Argument handling shared by the native modules: splitting a vectorcall
//! window into positional and keyword arguments, CPython's messages for
//! wrong counts, and conversions of index-like arguments.

use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::type_error;
use taipan_vm::types::exceptions::OVERFLOW_ERROR;
use taipan_vm::types::{int, str as pystr};
use taipan_vm::{ops, PyErr, PyResult, Value};

/// The positional arguments of a vectorcall window.
pub(crate) fn positional<'a>(args: &'a [Value], kwnames: &[Value]) -> &'a [Value] {
    &args[..args.len() - kwnames.len()]
}

/// The keyword arguments of a vectorcall window, as (name, value) pairs.
pub(crate) fn keywords<'a>(args: &'a [Value], kwnames: &'a [Value]) -> Vec<(&'a str, &'a Value)> {
    let values = &args[args.len() - kwnames.len()..];
    kwnames
        .iter()
        .zip(values)
        .map(|(k, v)| (pystr::as_str(k).unwrap_or(""), v))
        .collect()
}

/// `name() takes no keyword arguments` unless `kwnames` is empty.
pub(crate) fn no_keywords(name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// A method's positional arguments after `self`, with no keywords and a
/// count in `lo..=hi` (CPython's messages; `qual` is `type.method`).
pub(crate) fn method_args<'a>(
    qual: &str,
    args: &'a [Value],
    kwnames: &[Value],
    lo: usize,
    hi: usize,
) -> PyResult<&'a [Value]> {
    no_keywords(qual, kwnames)?;
    let rest = &args[1..];
    let (module, name) = match qual.rsplit_once('.') {
        Some((owner, name)) if lo == 1 && hi == 1 => (format!("{owner}."), name),
        Some((_, name)) => (String::new(), name),
        None => (String::new(), qual),
    };
    check_count(&module, name, rest.len(), lo, hi)?;
    Ok(rest)
}

/// `operator.index(v)` as an `i64`, saturating beyond the range (CPython
/// clamps such indices the same way for slicing-like arguments).
pub(crate) fn index_clamped(v: &Value) -> PyResult<i64> {
    let i = ops::index(v)?;
    let r = int::as_int(&i).expect("index() returns an int");
    Ok(r.to_i64()
        .unwrap_or(if r.is_negative() { i64::MIN } else { i64::MAX }))
}

/// `operator.index(v)` as an `i64`; OverflowError beyond C's ssize_t.
pub(crate) fn index_ssize(v: &Value) -> PyResult<i64> {
    let i = ops::index(v)?;
    int::as_int(&i).and_then(|r| r.to_i64()).ok_or_else(|| {
        PyErr::new(
            &OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// Binds a vectorcall window to named parameters as CPython's Argument
/// Clinic does: the first `max_pos` may be given by position, the first
/// `required` must be given. Unset optional parameters are `None`.
pub(crate) fn bind(
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    params: &[&str],
    max_pos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = positional(args, kwnames);
    if pos.len() > max_pos {
        return Err(type_error(format!(
            "{fname}() takes at most {max_pos} positional argument{} ({} given)",
            if max_pos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (name, v) in keywords(args, kwnames) {
        let Some(i) = params.iter().position(|p| *p == name) else {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{name}'"
            )));
        };
        if out[i].is_some() {
            return Err(type_error(format!(
                "argument for {fname}() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!(
                "{fname}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}
