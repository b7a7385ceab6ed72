//! Argument checking with the messages of CPython's Argument Clinic for
//! `posix`, whose functions come in four kinds: no arguments, one
//! positional argument (METH_O), positional-only arguments, and
//! arguments that may be given by keyword.

use taipan_vm::interp::builtins::{check_count, expected_count_message};
use taipan_vm::interp::type_error;
use taipan_vm::types::str as pystr;
use taipan_vm::{PyResult, Value};

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn refuse_keywords(name: &str, k: &[Value]) -> PyResult<()> {
    if k.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "posix.{name}() takes no keyword arguments"
        )))
    }
}

/// `name()`.
pub(crate) fn no_args(name: &str, a: &[Value], k: &[Value]) -> PyResult<()> {
    refuse_keywords(name, k)?;
    if a.is_empty() {
        return Ok(());
    }
    Err(type_error(format!(
        "posix.{name}() takes no arguments ({} given)",
        a.len()
    )))
}

/// `name(x, /)`: the one argument.
pub(crate) fn one_arg<'a>(name: &str, a: &'a [Value], k: &[Value]) -> PyResult<&'a Value> {
    refuse_keywords(name, k)?;
    check_count("posix.", name, a.len(), 1, 1)?;
    Ok(&a[0])
}

/// `name(x, y, /)`: `lo..=hi` positional arguments.
pub(crate) fn positional<'a>(
    name: &str,
    a: &'a [Value],
    k: &[Value],
    lo: usize,
    hi: usize,
) -> PyResult<&'a [Value]> {
    refuse_keywords(name, k)?;
    if (lo..=hi).contains(&a.len()) {
        return Ok(a);
    }
    Err(type_error(expected_count_message(name, a.len(), lo, hi)))
}

/// `name(p0, p1, ..., *, kw...)`: the parameters `params`, the first
/// `max_pos` also by position and the first `required` needed. Unset
/// optional parameters are None.
pub(crate) fn keywords(
    name: &str,
    a: &[Value],
    k: &[Value],
    params: &[&str],
    max_pos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &a[..a.len() - k.len()];
    let n = pos.len();
    if n > params.len() {
        return Err(type_error(format!(
            "{name}() takes at most {} argument{} ({n} given)",
            params.len(),
            plural(params.len())
        )));
    }
    if n > max_pos {
        let bound = if required == max_pos {
            "exactly"
        } else {
            "at most"
        };
        return Err(type_error(format!(
            "{name}() takes {bound} {max_pos} positional argument{} ({n} given)",
            plural(max_pos)
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut unexpected = None;
    for (key, v) in k.iter().zip(&a[n..]) {
        let key = pystr::to_string_lossy(key);
        match params.iter().position(|p| *p == key) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => unexpected = unexpected.or(Some(key)),
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!(
                "{name}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    if let Some(key) = unexpected {
        return Err(type_error(format!(
            "{name}() got an unexpected keyword argument '{key}'"
        )));
    }
    Ok(out)
}

/// How a function with only required parameters takes them.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    /// `f(x, /)`
    One,
    /// `f(x, y, /)`
    Positional,
    /// `f(x, y)`
    Keywords,
}

/// The arguments of a function whose parameters `params` are all
/// required.
pub(crate) fn required(
    kind: Kind,
    name: &str,
    a: &[Value],
    k: &[Value],
    params: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let n = params.len();
    let given = match kind {
        Kind::One => std::slice::from_ref(one_arg(name, a, k)?),
        Kind::Positional => positional(name, a, k, n, n)?,
        Kind::Keywords => return keywords(name, a, k, params, n, n),
    };
    Ok(given.iter().cloned().map(Some).collect())
}
