//! Operations on paths: removing, renaming, linking, permissions and
//! times.

use taipan_vm::interp::type_error;
use taipan_vm::types::exceptions::{OVERFLOW_ERROR, VALUE_ERROR};
use taipan_vm::types::{float, int, singletons, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use super::args::{keywords, one_arg, positional, required, Kind};
use super::error::os_error;
use super::ints::{c_int_arg, i64_arg, id_arg, int_of};
use super::path::{path, target, Accept, Target};
use super::{check, dir_fd};

/// `unlink(path, *, dir_fd=None)` (also `remove`).
fn unlink_named(name: &str, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords(name, a, k, &["path", "dir_fd"], 1, 1)?;
    let pa = path(name, p[0].as_ref().expect("required"))?;
    let dir = dir_fd(p[1].as_ref())?;
    // SAFETY: the path is NUL-terminated.
    let r = unsafe { libc::unlinkat(dir, pa.c.as_ptr(), 0) };
    check(r, &pa.object)
}

pub(crate) fn unlink(a: &[Value], k: &[Value]) -> PyResult<Value> {
    unlink_named("unlink", a, k)
}

pub(crate) fn remove(a: &[Value], k: &[Value]) -> PyResult<Value> {
    unlink_named("remove", a, k)
}

/// `rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)` (also
/// `replace`): errors name both paths.
fn rename_named(name: &str, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords(
        name,
        a,
        k,
        &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        2,
        2,
    )?;
    let src = path(name, p[0].as_ref().expect("required"))?;
    let dst = path(name, p[1].as_ref().expect("required"))?;
    let (sd, dd) = (dir_fd(p[2].as_ref())?, dir_fd(p[3].as_ref())?);
    // SAFETY: both paths are NUL-terminated.
    if unsafe { libc::renameat(sd, src.c.as_ptr(), dd, dst.c.as_ptr()) } != 0 {
        return Err(two_path_error(&src.object, &dst.object));
    }
    Ok(singletons::none())
}

fn two_path_error(src: &Value, dst: &Value) -> PyErr {
    os_error(super::error::errno(), Some(src), Some(dst))
}

pub(crate) fn rename(a: &[Value], k: &[Value]) -> PyResult<Value> {
    rename_named("rename", a, k)
}

pub(crate) fn replace(a: &[Value], k: &[Value]) -> PyResult<Value> {
    rename_named("replace", a, k)
}

/// `link(src, dst, *, src_dir_fd=None, dst_dir_fd=None,
/// follow_symlinks=True)`.
pub(crate) fn link(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let params = ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"];
    let p = keywords("link", a, k, &params, 2, 2)?;
    let src = path("link", p[0].as_ref().expect("required"))?;
    let dst = path("link", p[1].as_ref().expect("required"))?;
    let (sd, dd) = (dir_fd(p[2].as_ref())?, dir_fd(p[3].as_ref())?);
    let follow = p[4].as_ref().map_or(Ok(true), ops::truthy)?;
    let flags = if follow { libc::AT_SYMLINK_FOLLOW } else { 0 };
    // SAFETY: both paths are NUL-terminated.
    if unsafe { libc::linkat(sd, src.c.as_ptr(), dd, dst.c.as_ptr(), flags) } != 0 {
        return Err(two_path_error(&src.object, &dst.object));
    }
    Ok(singletons::none())
}

/// `symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
pub(crate) fn symlink(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let params = ["src", "dst", "target_is_directory", "dir_fd"];
    let p = keywords("symlink", a, k, &params, 3, 2)?;
    let src = path("symlink", p[0].as_ref().expect("required"))?;
    let dst = path("symlink", p[1].as_ref().expect("required"))?;
    let dir = dir_fd(p[3].as_ref())?;
    // SAFETY: both paths are NUL-terminated.
    if unsafe { libc::symlinkat(src.c.as_ptr(), dir, dst.c.as_ptr()) } != 0 {
        return Err(two_path_error(&src.object, &dst.object));
    }
    Ok(singletons::none())
}

/// `access(path, mode, *, dir_fd=None, effective_ids=False,
/// follow_symlinks=True)`: a bool, never an error for a missing path.
pub(crate) fn access(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let params = ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"];
    let p = keywords("access", a, k, &params, 2, 2)?;
    let pa = path("access", p[0].as_ref().expect("required"))?;
    let mode = c_int_arg(p[1].as_ref().expect("required"))?;
    let dir = dir_fd(p[2].as_ref())?;
    let mut flags = 0;
    if p[3].as_ref().map_or(Ok(false), ops::truthy)? {
        flags |= libc::AT_EACCESS;
    }
    if !p[4].as_ref().map_or(Ok(true), ops::truthy)? {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: the path is NUL-terminated.
    let r = unsafe { libc::faccessat(dir, pa.c.as_ptr(), mode, flags) };
    Ok(singletons::bool(r == 0))
}

/// `chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
pub(crate) fn chmod(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let params = ["path", "mode", "dir_fd", "follow_symlinks"];
    let p = keywords("chmod", a, k, &params, 2, 2)?;
    let v = p[0].as_ref().expect("required");
    let mode = c_int_arg(p[1].as_ref().expect("required"))? as libc::mode_t;
    let dir = dir_fd(p[2].as_ref())?;
    let follow = p[3].as_ref().map_or(Ok(true), ops::truthy)?;
    match target("chmod", v, Accept::OrFd)? {
        // SAFETY: plain call on a descriptor.
        Target::Fd(fd) => check(unsafe { libc::fchmod(fd, mode) }, v),
        Target::Path(pa) => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: the path is NUL-terminated.
            let r = unsafe { libc::fchmodat(dir, pa.c.as_ptr(), mode, flags) };
            check(r, &pa.object)
        }
    }
}

/// `umask(mask)`: the previous mask.
pub(crate) fn umask(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = required(Kind::One, "umask", a, k, &["mask"])?;
    let mask = c_int_arg(p[0].as_ref().expect("required"))?;
    // SAFETY: umask only swaps the process's mask.
    Ok(int_of(unsafe { libc::umask(mask as libc::mode_t) }))
}

/// `truncate(path, length)`: a path or an open descriptor.
pub(crate) fn truncate(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("truncate", a, k, &["path", "length"], 2, 2)?;
    let v = p[0].as_ref().expect("required");
    let len = i64_arg(p[1].as_ref().expect("required"))?;
    match target("truncate", v, Accept::OrFd)? {
        // SAFETY: plain call on a descriptor.
        Target::Fd(fd) => check(unsafe { libc::ftruncate(fd, len) }, v),
        // SAFETY: the path is NUL-terminated.
        Target::Path(pa) => check(unsafe { libc::truncate(pa.c.as_ptr(), len) }, &pa.object),
    }
}

/// A `timespec` from seconds given as int or float.
fn timespec_of_seconds(v: &Value) -> PyResult<libc::timespec> {
    let out_of_range = || {
        PyErr::new(
            &OVERFLOW_ERROR,
            "timestamp out of range for platform time_t",
        )
    };
    if let Some(f) = float::as_f64(v) {
        if f.is_nan() {
            return Err(PyErr::new(&VALUE_ERROR, "Invalid value NaN (not a number)"));
        }
        let sec = f.floor();
        if !(-9.2e18..9.2e18).contains(&sec) {
            return Err(out_of_range());
        }
        let nsec = ((f - sec) * 1e9).round() as i64;
        return Ok(libc::timespec {
            tv_sec: sec as i64,
            tv_nsec: nsec.min(999_999_999),
        });
    }
    if let Some(i) = int::as_int(v) {
        return Ok(libc::timespec {
            tv_sec: i.to_i64().ok_or_else(out_of_range)?,
            tv_nsec: 0,
        });
    }
    Err(type_error(format!(
        "argument must be int or float, not {}",
        v.type_of().name
    )))
}

/// The two `timespec`s of `utime`'s `times` or `ns` argument.
fn utime_times(times: Option<&Value>, ns: Option<&Value>) -> PyResult<Option<[libc::timespec; 2]>> {
    let times = times.filter(|t| !singletons::is_none(t));
    let pair = |v: &Value, what: &str| -> PyResult<Vec<Value>> {
        match v.type_of().is_subtype_of(&tuple::TUPLE_TYPE) {
            true if tuple::items(v).len() == 2 => Ok(tuple::items(v).to_vec()),
            _ if what == "ns" => Err(type_error("utime: 'ns' must be a tuple of two ints")),
            _ => Err(type_error(
                "utime: 'times' must be either a tuple of two ints or None",
            )),
        }
    };
    match (times, ns) {
        (Some(_), Some(_)) => Err(PyErr::new(
            &VALUE_ERROR,
            "utime: you may specify either 'times' or 'ns' but not both",
        )),
        (Some(t), None) => {
            let t = pair(t, "times")?;
            Ok(Some([
                timespec_of_seconds(&t[0])?,
                timespec_of_seconds(&t[1])?,
            ]))
        }
        (None, Some(n)) => {
            let n = pair(n, "ns")?;
            let spec = |v: &Value| -> PyResult<libc::timespec> {
                let total = i64_arg(v)?;
                Ok(libc::timespec {
                    tv_sec: total.div_euclid(1_000_000_000),
                    tv_nsec: total.rem_euclid(1_000_000_000),
                })
            };
            Ok(Some([spec(&n[0])?, spec(&n[1])?]))
        }
        (None, None) => Ok(None),
    }
}

/// `utime(path, times=None, *, ns=None, dir_fd=None,
/// follow_symlinks=True)`: now when neither times nor ns is given.
pub(crate) fn utime(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let params = ["path", "times", "ns", "dir_fd", "follow_symlinks"];
    let p = keywords("utime", a, k, &params, 2, 1)?;
    let v = p[0].as_ref().expect("required");
    let times = utime_times(p[1].as_ref(), p[2].as_ref())?;
    let dir = dir_fd(p[3].as_ref())?;
    let follow = p[4].as_ref().map_or(Ok(true), ops::truthy)?;
    let ptr = times.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    match target("utime", v, Accept::OrFd)? {
        // SAFETY: `ptr` is null or points at two timespecs.
        Target::Fd(fd) => check(unsafe { libc::futimens(fd, ptr) }, v),
        Target::Path(pa) => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: the path is NUL-terminated; `ptr` is null or points
            // at two timespecs.
            let r = unsafe { libc::utimensat(dir, pa.c.as_ptr(), ptr, flags) };
            check(r, &pa.object)
        }
    }
}

/// `chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)`: a
/// path or an open descriptor; -1 leaves an id unchanged.
pub(crate) fn chown(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let params = ["path", "uid", "gid", "dir_fd", "follow_symlinks"];
    let p = keywords("chown", a, k, &params, 3, 3)?;
    let v = p[0].as_ref().expect("required");
    let uid = id_arg("uid", p[1].as_ref().expect("required"))?;
    let gid = id_arg("gid", p[2].as_ref().expect("required"))?;
    let dir = dir_fd(p[3].as_ref())?;
    let follow = p[4].as_ref().map_or(Ok(true), ops::truthy)?;
    match target("chown", v, Accept::OrFd)? {
        // SAFETY: plain call on a descriptor.
        Target::Fd(fd) => check(unsafe { libc::fchown(fd, uid, gid) }, v),
        Target::Path(pa) => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: the path is NUL-terminated.
            let r = unsafe { libc::fchownat(dir, pa.c.as_ptr(), uid, gid, flags) };
            check(r, &pa.object)
        }
    }
}

/// `lchown(path, uid, gid)`.
pub(crate) fn lchown(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("lchown", a, k, &["path", "uid", "gid"], 3, 3)?;
    let pa = path("lchown", p[0].as_ref().expect("required"))?;
    let uid = id_arg("uid", p[1].as_ref().expect("required"))?;
    let gid = id_arg("gid", p[2].as_ref().expect("required"))?;
    // SAFETY: the path is NUL-terminated.
    check(unsafe { libc::lchown(pa.c.as_ptr(), uid, gid) }, &pa.object)
}

/// `fchown(fd, uid, gid)`.
pub(crate) fn fchown(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("fchown", a, k, &["fd", "uid", "gid"], 3, 3)?;
    let v = p[0].as_ref().expect("required");
    let fd = c_int_arg(v)?;
    let uid = id_arg("uid", p[1].as_ref().expect("required"))?;
    let gid = id_arg("gid", p[2].as_ref().expect("required"))?;
    // SAFETY: plain call on a descriptor.
    if unsafe { libc::fchown(fd, uid, gid) } != 0 {
        return Err(os_error(super::error::errno(), None, None));
    }
    Ok(singletons::none())
}

/// `mkfifo(path, mode=0o666, *, dir_fd=None)`.
pub(crate) fn mkfifo(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("mkfifo", a, k, &["path", "mode", "dir_fd"], 2, 1)?;
    let pa = path("mkfifo", p[0].as_ref().expect("required"))?;
    let mode = p[1].as_ref().map_or(Ok(0o666), c_int_arg)?;
    let dir = dir_fd(p[2].as_ref())?;
    // SAFETY: the path is NUL-terminated.
    let r = unsafe { libc::mkfifoat(dir, pa.c.as_ptr(), mode as libc::mode_t) };
    check(r, &pa.object)
}

/// `mknod(path, mode=0o600, device=0, *, dir_fd=None)`.
pub(crate) fn mknod(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("mknod", a, k, &["path", "mode", "device", "dir_fd"], 3, 1)?;
    let pa = path("mknod", p[0].as_ref().expect("required"))?;
    let mode = p[1].as_ref().map_or(Ok(0o600), c_int_arg)?;
    let device = p[2].as_ref().map_or(Ok(0), i64_arg)?;
    let dir = dir_fd(p[3].as_ref())?;
    // SAFETY: the path is NUL-terminated.
    let r = unsafe {
        libc::mknodat(
            dir,
            pa.c.as_ptr(),
            mode as libc::mode_t,
            device as libc::dev_t,
        )
    };
    check(r, &pa.object)
}

/// `major(device)`, `minor(device)` and `makedev(major, minor)`: the
/// parts of a device number.
pub(crate) fn major(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let device = i64_arg(one_arg("major", a, k)?)? as libc::dev_t;
    Ok(int_of(libc::major(device)))
}

pub(crate) fn minor(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let device = i64_arg(one_arg("minor", a, k)?)? as libc::dev_t;
    Ok(int_of(libc::minor(device)))
}

pub(crate) fn makedev(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = positional("makedev", a, k, 2, 2)?;
    let (major, minor) = (c_int_arg(&p[0])? as u32, c_int_arg(&p[1])? as u32);
    Ok(int::from_u64(libc::makedev(major, minor)))
}
