//! Directories: `listdir`, the entries behind `scandir`, `mkdir`,
//! `rmdir`, `chdir`, `getcwd`.

use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirEntryExt, FileTypeExt};

use taipan_vm::types::{bytes, int, list, singletons, str as pystr, tuple};
use taipan_vm::{PyResult, Value};

use super::args::{keywords, no_args};
use super::error::{io_error, last_error};
use super::ints::{c_int_arg, int_of};
use super::path::{decode_fs, name_like, path, target, Accept, Target};
use super::{check, dir_fd};

/// The directory a `listdir`/`scandir` argument names, whether results
/// are bytes, and the object for errors. None means ".".
fn dir_arg(func: &str, v: Option<&Value>) -> PyResult<(std::path::PathBuf, bool, Value)> {
    let Some(v) = v.filter(|v| !singletons::is_none(v)) else {
        return Ok((".".into(), false, pystr::new(".")));
    };
    match target(func, v, Accept::OrFdOrNone)? {
        Target::Path(p) => Ok((
            std::ffi::OsStr::from_bytes(p.c.as_bytes()).into(),
            p.is_bytes,
            p.object,
        )),
        // Listing an open directory by descriptor: through its /proc link.
        Target::Fd(fd) => Ok((format!("/proc/self/fd/{fd}").into(), false, int_of(fd))),
    }
}

/// `listdir(path=None)`: the names in a directory, bytes for a bytes
/// path.
pub(crate) fn listdir(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("listdir", a, k, &["path"], 1, 0)?;
    let (dir, as_bytes, shown) = dir_arg("listdir", p[0].as_ref())?;
    let err = |e: std::io::Error| io_error(&e, Some(&shown));
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir).map_err(err)? {
        let name = entry.map_err(err)?.file_name().into_vec();
        names.push(name_like(&name, as_bytes)?);
    }
    Ok(list::new(names))
}

/// `_scandir(path=None)`: `(name, path, kind, inode)` for each entry,
/// kind 1 for a directory, 2 a regular file, 3 a symbolic link, 0 other;
/// `DirEntry` (`dir_entry.py`) is built on these.
pub(crate) fn scandir_entries(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("scandir", a, k, &["path"], 1, 0)?;
    let (dir, as_bytes, shown) = dir_arg("scandir", p[0].as_ref())?;
    let err = |e: std::io::Error| io_error(&e, Some(&shown));
    let prefix = dir.as_os_str().as_bytes().to_vec();
    let by_fd = int::as_int(&shown).is_some();
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).map_err(err)? {
        let entry = entry.map_err(err)?;
        let name = entry.file_name().into_vec();
        // Entries of a directory given by descriptor have just names.
        let mut full = if by_fd { Vec::new() } else { prefix.clone() };
        if !by_fd && !full.ends_with(b"/") {
            full.push(b'/');
        }
        full.extend_from_slice(&name);
        let kind = match entry.file_type() {
            Ok(t) if t.is_dir() => 1,
            Ok(t) if t.is_file() => 2,
            Ok(t) if t.is_symlink() => 3,
            Ok(t) if t.is_fifo() || t.is_socket() || t.is_char_device() || t.is_block_device() => 4,
            _ => 0,
        };
        out.push(tuple::new(vec![
            name_like(&name, as_bytes)?,
            name_like(&full, as_bytes)?,
            int::from_i64(kind),
            int::from_u64(entry.ino()),
        ]));
    }
    Ok(list::new(out))
}

/// `mkdir(path, mode=0o777, *, dir_fd=None)`.
pub(crate) fn mkdir(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("mkdir", a, k, &["path", "mode", "dir_fd"], 2, 1)?;
    let pa = path("mkdir", p[0].as_ref().expect("required"))?;
    let mode = p[1].as_ref().map_or(Ok(0o777), c_int_arg)?;
    let dir = dir_fd(p[2].as_ref())?;
    // SAFETY: the path is NUL-terminated.
    let r = unsafe { libc::mkdirat(dir, pa.c.as_ptr(), mode as libc::mode_t) };
    check(r, &pa.object)
}

/// `rmdir(path, *, dir_fd=None)`.
pub(crate) fn rmdir(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("rmdir", a, k, &["path", "dir_fd"], 1, 1)?;
    let pa = path("rmdir", p[0].as_ref().expect("required"))?;
    let dir = dir_fd(p[1].as_ref())?;
    // SAFETY: the path is NUL-terminated.
    let r = unsafe { libc::unlinkat(dir, pa.c.as_ptr(), libc::AT_REMOVEDIR) };
    check(r, &pa.object)
}

/// `chdir(path)`: a path or an open directory's descriptor.
pub(crate) fn chdir(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("chdir", a, k, &["path"], 1, 1)?;
    let v = p[0].as_ref().expect("required");
    match target("chdir", v, Accept::OrFd)? {
        // SAFETY: plain call on a descriptor.
        Target::Fd(fd) => check(unsafe { libc::fchdir(fd) }, v),
        // SAFETY: the path is NUL-terminated.
        Target::Path(pa) => check(unsafe { libc::chdir(pa.c.as_ptr()) }, &pa.object),
    }
}

fn cwd_bytes() -> PyResult<Vec<u8>> {
    std::env::current_dir()
        .map(|d| d.into_os_string().into_vec())
        .map_err(|e| io_error(&e, None))
}

/// `getcwd()`.
pub(crate) fn getcwd(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("getcwd", a, k)?;
    decode_fs(&cwd_bytes()?)
}

/// `getcwdb()`.
pub(crate) fn getcwdb(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("getcwdb", a, k)?;
    Ok(bytes::from_vec(cwd_bytes()?))
}

/// `readlink(path, *, dir_fd=None)`: a link's target, bytes for bytes.
pub(crate) fn readlink(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("readlink", a, k, &["path", "dir_fd"], 1, 1)?;
    let pa = path("readlink", p[0].as_ref().expect("required"))?;
    let dir = dir_fd(p[1].as_ref())?;
    let mut buf = vec![0u8; 4096];
    // SAFETY: the path is NUL-terminated and `buf` writable for its length.
    let n = unsafe { libc::readlinkat(dir, pa.c.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(last_error(Some(&pa.object)));
    }
    buf.truncate(n as usize);
    name_like(&buf, pa.is_bytes)
}
