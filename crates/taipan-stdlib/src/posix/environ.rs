//! The environment: `environ` (bytes to bytes, from which `os.py` builds
//! `os.environ`), `putenv` and `unsetenv`.

use std::ffi::OsStr;
use std::os::unix::ffi::{OsStrExt, OsStringExt};

use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::{bytes, dict, singletons};
use taipan_vm::{PyErr, PyResult, Value};

use super::args::{required, Kind};
use super::error::os_error;
use super::path::fs_cstring;

/// `environ`: a snapshot of the process environment as bytes.
pub(crate) fn environ() -> PyResult<Value> {
    let d = dict::new();
    for (k, v) in std::env::vars_os() {
        dict::set_item(
            &d,
            bytes::from_vec(k.into_vec()),
            bytes::from_vec(v.into_vec()),
        )?;
    }
    Ok(d)
}

/// The bytes of a `putenv`/`unsetenv` argument.
fn env_arg(v: &Value) -> PyResult<Vec<u8>> {
    Ok(fs_cstring(v)?.into_bytes())
}

/// setenv's and unsetenv's EINVAL for an empty name or one with '='.
fn invalid_name(name: &[u8]) -> bool {
    name.is_empty() || name.contains(&b'=')
}

/// `putenv(name, value)`.
pub(crate) fn putenv(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = required(Kind::Positional, "putenv", a, k, &["name", "value"])?;
    let name = env_arg(p[0].as_ref().expect("required"))?;
    let value = env_arg(p[1].as_ref().expect("required"))?;
    if name.contains(&b'=') {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "illegal environment variable name",
        ));
    }
    if invalid_name(&name) {
        return Err(os_error(libc::EINVAL, None, None));
    }
    std::env::set_var(OsStr::from_bytes(&name), OsStr::from_bytes(&value));
    Ok(singletons::none())
}

/// `unsetenv(name)`.
pub(crate) fn unsetenv(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = required(Kind::One, "unsetenv", a, k, &["name"])?;
    let name = env_arg(p[0].as_ref().expect("required"))?;
    if invalid_name(&name) {
        return Err(os_error(libc::EINVAL, None, None));
    }
    std::env::remove_var(OsStr::from_bytes(&name));
    Ok(singletons::none())
}
