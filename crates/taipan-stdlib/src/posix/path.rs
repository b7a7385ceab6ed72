//! Path arguments as CPython's `path_t` converter takes them: `str`
//! (encoded with the file system encoding, UTF-8 with `surrogateescape`),
//! `bytes`, an `os.PathLike` (`__fspath__`), and where a function allows
//! it an open file descriptor or None.

use std::ffi::{c_int, CString};

use taipan_vm::interp::{attrs, call_object, type_error};
use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::{bytes, int, singletons, str as pystr};
use taipan_vm::{PyErr, PyResult, Value};

use super::ints::c_int_arg;

/// A converted path: the C string to pass, whether the caller gave bytes
/// (results are then bytes too) and the original object (OSError's
/// `filename`).
pub(crate) struct PathArg {
    pub c: CString,
    pub is_bytes: bool,
    pub object: Value,
}

/// What a path argument may be beyond str, bytes and os.PathLike.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Accept {
    PathOnly,
    OrFd,
    OrFdOrNone,
}

/// A path argument that may name an open file instead.
pub(crate) enum Target {
    Path(PathArg),
    Fd(c_int),
}

/// `os.fspath(v)`: str and bytes as they are, else `__fspath__()`'s
/// result, which must be one of them. `None` when `v` has no
/// `__fspath__`.
fn fspath_of(v: &Value) -> PyResult<Option<Value>> {
    if is_str(v) || bytes::as_bytes(v).is_some() {
        return Ok(Some(v.clone()));
    }
    let Some(method) = attrs::lookup_special(v, "__fspath__")? else {
        return Ok(None);
    };
    if singletons::is_none(&method) {
        return Ok(None);
    }
    let r = call_object(&method, std::slice::from_ref(v), &[])?;
    if is_str(&r) || bytes::as_bytes(&r).is_some() {
        return Ok(Some(r));
    }
    Err(type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        v.type_of().name,
        r.type_of().name
    )))
}

fn is_str(v: &Value) -> bool {
    v.type_of().is_subtype_of(&pystr::STR_TYPE)
}

/// `os.fspath(path)`.
pub(crate) fn fspath(v: &Value) -> PyResult<Value> {
    fspath_of(v)?.ok_or_else(|| {
        type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            v.type_of().name
        ))
    })
}

/// The file system encoding of a str: UTF-8, lone surrogates
/// U+DC80..U+DCFF back to the bytes they escape.
pub(crate) fn encode_fs(s: &Value) -> PyResult<Vec<u8>> {
    if let Some(text) = pystr::as_str(s) {
        return Ok(text.as_bytes().to_vec());
    }
    let encode = attrs::getattr_str(s, "encode")?;
    let b = call_object(
        &encode,
        &[pystr::new("utf-8"), pystr::new("surrogateescape")],
        &[],
    )?;
    Ok(bytes::as_bytes(&b).unwrap_or_default().to_vec())
}

/// A str from file system bytes: UTF-8, other bytes as lone surrogates.
pub(crate) fn decode_fs(b: &[u8]) -> PyResult<Value> {
    if let Ok(text) = std::str::from_utf8(b) {
        return Ok(pystr::new(text));
    }
    let decode = attrs::getattr_str(&bytes::new(b), "decode")?;
    call_object(
        &decode,
        &[pystr::new("utf-8"), pystr::new("surrogateescape")],
        &[],
    )
}

/// A result name in the kind of the argument: bytes for bytes, else str.
pub(crate) fn name_like(b: &[u8], as_bytes: bool) -> PyResult<Value> {
    if as_bytes {
        Ok(bytes::new(b))
    } else {
        decode_fs(b)
    }
}

fn kinds(accept: Accept) -> &'static str {
    match accept {
        Accept::PathOnly => "string, bytes or os.PathLike",
        Accept::OrFd => "string, bytes, os.PathLike or integer",
        Accept::OrFdOrNone => "string, bytes, os.PathLike, integer or None",
    }
}

/// Converts the path argument `v` of function `func`.
pub(crate) fn target(func: &str, v: &Value, accept: Accept) -> PyResult<Target> {
    if accept != Accept::PathOnly && int::as_int(v).is_some() {
        return Ok(Target::Fd(c_int_arg(v)?));
    }
    let Some(p) = fspath_of(v)? else {
        return Err(type_error(format!(
            "{func}: path should be {}, not {}",
            kinds(accept),
            v.type_of().name
        )));
    };
    let (data, is_bytes) = match bytes::as_bytes(&p) {
        Some(b) => (b.to_vec(), true),
        None => (encode_fs(&p)?, false),
    };
    let c = CString::new(data).map_err(|_| {
        PyErr::new(
            &VALUE_ERROR,
            format!("{func}: embedded null character in path"),
        )
    })?;
    Ok(Target::Path(PathArg {
        c,
        is_bytes,
        object: v.clone(),
    }))
}

/// A path argument that must be a path (no descriptor).
pub(crate) fn path(func: &str, v: &Value) -> PyResult<PathArg> {
    match target(func, v, Accept::PathOnly)? {
        Target::Path(p) => Ok(p),
        Target::Fd(_) => unreachable!("PathOnly takes no descriptor"),
    }
}

/// The C string of a str, bytes or os.PathLike argument in the file
/// system encoding (environment names and values, `exec` arguments).
pub(crate) fn fs_cstring(v: &Value) -> PyResult<CString> {
    let p = fspath(v)?;
    let data = match bytes::as_bytes(&p) {
        Some(b) => b.to_vec(),
        None => encode_fs(&p)?,
    };
    CString::new(data).map_err(|_| PyErr::new(&VALUE_ERROR, "embedded null byte"))
}
