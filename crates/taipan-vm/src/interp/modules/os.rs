//! The small part of `os` / `os.path` that scripts use to locate files.

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
pub(super) fn os_getcwd(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(
        &std::env::current_dir()
            .unwrap_or_default()
            .to_string_lossy(),
    ))
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
    set(&d, "path", path.clone());
    set(&d, "sep", pystr::new("/"));
    set(&d, "getcwd", native("getcwd", os_getcwd));
    Ok((new_module("os", d)?, path))
}
