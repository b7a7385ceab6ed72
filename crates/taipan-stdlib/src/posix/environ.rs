//! The environment: `environ` (bytes to bytes, from which `os.py` builds
//! `os.environ`), `putenv` and `unsetenv`.

use std::ffi::CString;
use std::os::unix::ffi::OsStringExt;

use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::{bytes, dict, singletons};
use taipan_vm::{PyErr, PyResult, Value};

use super::error::last_error;
use super::path::{encode_fs, fspath};
use crate::args::bind;

/// `environ`: a snapshot of the process environment as bytes.
pub(crate) fn environ() -> PyResult<Value> {
    let d = dict::new();
    for (k, v) in std::env::vars_os() {
        dict::set_item(&d, bytes::from_vec(k.into_vec()), bytes::from_vec(v.into_vec()))?;
    }
    Ok(d)
}

/// The C string of a str, bytes or os.PathLike argument of
/// `putenv`/`unsetenv`.
fn env_arg(v: &Value) -> PyResult<CString> {
    let p = fspath(v)?;
    let data = match bytes::as_bytes(&p) {
        Some(b) => b.to_vec(),
        None => encode_fs(&p)?,
    };
    CString::new(data).map_err(|_| PyErr::new(&VALUE_ERROR, "embedded null byte"))
}

/// `putenv(name, value)`.
pub(crate) fn putenv(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("putenv", a, k, &["name", "value"], 2, 2)?;
    let name = env_arg(p[0].as_ref().expect("required"))?;
    let value = env_arg(p[1].as_ref().expect("required"))?;
    // setenv takes '=' in a name as the end of the name; CPython refuses.
    if name.as_bytes().contains(&b'=') {
        return Err(PyErr::new(&VALUE_ERROR, "illegal environment variable name"));
    }
    // SAFETY: both strings are NUL-terminated; setenv copies them.
    if unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) } != 0 {
        return Err(last_error(None));
    }
    Ok(singletons::none())
}

/// `unsetenv(name)`.
pub(crate) fn unsetenv(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("unsetenv", a, k, &["name"], 1, 1)?;
    let name = env_arg(p[0].as_ref().expect("required"))?;
    // SAFETY: the name is NUL-terminated.
    if unsafe { libc::unsetenv(name.as_ptr()) } != 0 {
        return Err(last_error(None));
    }
    Ok(singletons::none())
}
