//! The small part of `os` / `os.path` that scripts use to locate and
//! remove files.

use super::*;

pub(super) fn os_path_join(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut p = std::path::PathBuf::new();
    for x in a {
        p.push(s(x));
    }
    Ok(pystr::new(&p.to_string_lossy()))
}
pub(super) fn os_path_dirname(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(match t.rfind('/') {
        Some(0) => "/",
        Some(i) => &t[..i],
        None => "",
    }))
}
pub(super) fn os_path_basename(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(t.rsplit('/').next().unwrap_or("")))
}
pub(super) fn os_path_abspath(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let p = std::path::Path::new(&t);
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut parts: Vec<String> = Vec::new();
    for c in abs.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(x) => parts.push(x.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    Ok(pystr::new(&format!("/{}", parts.join("/"))))
}
pub(super) fn os_path_exists(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::bool(std::path::Path::new(&s(&a[0])).exists()))
}

/// A path argument of the `os` functions: str or bytes.
fn path_arg(func: &str, v: &Value) -> PyResult<String> {
    if let Some(t) = pystr::as_str(v) {
        return Ok(t.to_string());
    }
    if let Some(b) = crate::types::bytes::as_bytes(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(type_error(format!(
        "{func}: path should be string, bytes or os.PathLike, not {}",
        v.type_of().name
    )))
}

/// Runs a filesystem operation on the one path argument of `func`.
fn on_path(
    func: &str,
    a: &[Value],
    k: &[Value],
    op: fn(&str) -> std::io::Result<()>,
) -> PyResult<Value> {
    crate::interp::builtins::check_count("", func, a.len() - k.len(), 1, 1)?;
    let path = path_arg(func, &a[0])?;
    op(&path).map_err(|e| crate::interp::io::os_error(&e, &a[0]))?;
    Ok(singletons::none())
}

fn os_remove(a: &[Value], k: &[Value]) -> PyResult<Value> {
    on_path("remove", a, k, |p| std::fs::remove_file(p))
}
fn os_unlink(a: &[Value], k: &[Value]) -> PyResult<Value> {
    on_path("unlink", a, k, |p| std::fs::remove_file(p))
}
fn os_rmdir(a: &[Value], k: &[Value]) -> PyResult<Value> {
    on_path("rmdir", a, k, |p| std::fs::remove_dir(p))
}

pub(super) fn os_getcwd(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(
        &std::env::current_dir()
            .unwrap_or_default()
            .to_string_lossy(),
    ))
}

/// `os.listdir(path='.')`: the names in a directory, in the order the
/// system lists them; bytes for a bytes path.
pub(super) fn os_listdir(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let arg = a.first().filter(|p| !singletons::is_none(p));
    let (path, as_bytes) = match arg {
        None => (std::path::PathBuf::from("."), false),
        Some(p) if pystr::as_str(p).is_some() => (std::path::PathBuf::from(s(p)), false),
        Some(p) => match crate::types::bytes::as_bytes(p) {
            Some(b) => (std::ffi::OsStr::from_bytes(b).into(), true),
            None => {
                return Err(type_error(format!(
                    "listdir: path should be string, bytes, os.PathLike, integer or None, not {}",
                    p.type_of().name
                )))
            }
        },
    };
    let shown = arg.cloned().unwrap_or_else(|| pystr::new("."));
    let io_error = |e: std::io::Error| crate::interp::io::os_error(&e, &shown);
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&path).map_err(io_error)? {
        let name = entry.map_err(io_error)?.file_name();
        names.push(if as_bytes {
            crate::types::bytes::new(&name.into_vec())
        } else {
            pystr::new(&name.to_string_lossy())
        });
    }
    Ok(list::new(names))
}

/// `n` bytes from the system's random source.
pub fn urandom(n: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut buf)?;
    Ok(buf)
}

/// `os.urandom(size, /)`.
fn os_urandom(a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::interp::builtins::check_count("", "urandom", a.len() - k.len(), 1, 1)?;
    let size = ops::index(&a[0])?;
    let size = int::as_int(&size).expect("index() returns an int");
    if size.is_negative() {
        return Err(PyErr::new(
            &crate::types::exceptions::VALUE_ERROR,
            "negative argument not allowed",
        ));
    }
    let n = size
        .to_i64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| {
            PyErr::new(
                &crate::types::exceptions::OVERFLOW_ERROR,
                "Python int too large to convert to C ssize_t",
            )
        })?;
    let bytes = urandom(n).map_err(|e| crate::interp::io::os_error(&e, &singletons::none()))?;
    Ok(crate::types::bytes::from_vec(bytes))
}

pub(super) fn os_modules() -> PyResult<(Value, Value)> {
    let pd = dict::new();
    let fns: &[(&'static str, crate::interp::objects::NativeFn)] = &[
        ("join", os_path_join),
        ("dirname", os_path_dirname),
        ("basename", os_path_basename),
        ("abspath", os_path_abspath),
        ("exists", os_path_exists),
    ];
    for (n, func) in fns {
        set(&pd, n, native(n, *func));
    }
    set(&pd, "sep", pystr::new("/"));
    let path = new_module("posixpath", pd)?;
    let d = dict::new();
    let removers: &[(&'static str, crate::interp::objects::NativeFn)] = &[
        ("remove", os_remove),
        ("unlink", os_unlink),
        ("rmdir", os_rmdir),
    ];
    for (n, func) in removers {
        set(&d, n, native(n, *func));
    }
    set(&d, "path", path.clone());
    set(&d, "sep", pystr::new("/"));
    set(&d, "getcwd", native("getcwd", os_getcwd));
    set(&d, "listdir", native("listdir", os_listdir));
    set(&d, "urandom", native("urandom", os_urandom));
    // A snapshot of the environment as a plain dict (CPython's is a
    // mapping that also calls putenv; that comes with the `posix` module).
    let environ = dict::new();
    for (k, v) in std::env::vars_os() {
        dict::set_item(
            &environ,
            pystr::new(&k.to_string_lossy()),
            pystr::new(&v.to_string_lossy()),
        )?;
    }
    set(&d, "environ", environ);
    Ok((new_module("os", d)?, path))
}
