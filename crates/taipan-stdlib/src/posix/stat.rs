//! `stat`, `lstat`, `fstat` and `stat_result`.

use std::ffi::c_int;

use taipan_vm::interp::modules::structseq::{self, STATVFS_RESULT_TYPE, STAT_RESULT_TYPE};
use taipan_vm::types::{float, int, singletons};
use taipan_vm::{PyResult, Value};

use super::args::{keywords, required, Kind};
use super::dir_fd;
use super::error::last_error;
use super::ints::c_int_arg;
use super::path::{target, Accept, Target};

/// A `stat_result` of a C `struct stat`: the whole-second times are
/// items, the float and nanosecond times attributes.
pub(crate) fn stat_result(st: &libc::stat) -> Value {
    let ns =
        |sec: i64, nsec: i64| int::from_i128(i128::from(sec) * 1_000_000_000 + i128::from(nsec));
    let secs = |sec: i64, nsec: i64| float::new(sec as f64 + nsec as f64 * 1e-9);
    let (a, am) = (st.st_atime, st.st_atime_nsec);
    let (m, mm) = (st.st_mtime, st.st_mtime_nsec);
    let (c, cm) = (st.st_ctime, st.st_ctime_nsec);
    structseq::new(
        &STAT_RESULT_TYPE,
        vec![
            int::from_u64(st.st_mode.into()),
            int::from_u64(st.st_ino),
            int::from_u64(st.st_dev),
            int::from_u64(st.st_nlink),
            int::from_u64(st.st_uid.into()),
            int::from_u64(st.st_gid.into()),
            int::from_i64(st.st_size),
            int::from_i64(a),
            int::from_i64(m),
            int::from_i64(c),
            secs(a, am),
            secs(m, mm),
            secs(c, cm),
            ns(a, am),
            ns(m, mm),
            ns(c, cm),
            int::from_i64(st.st_blksize),
            int::from_i64(st.st_blocks),
            int::from_u64(st.st_rdev),
        ],
    )
}

fn zeroed_stat() -> libc::stat {
    // SAFETY: `struct stat` is plain integers, for which all zero bits
    // are valid.
    unsafe { std::mem::zeroed() }
}

/// `fstat` of an open descriptor.
pub(crate) fn fstat_raw(fd: c_int) -> Result<libc::stat, c_int> {
    let mut st = zeroed_stat();
    // SAFETY: `st` is a valid, writable `struct stat`.
    if unsafe { libc::fstat(fd, &mut st) } == 0 {
        Ok(st)
    } else {
        Err(super::error::errno())
    }
}

/// `stat`/`lstat` of a path relative to `dir`, following a final
/// symbolic link or not.
fn stat_at(dir: c_int, path: &std::ffi::CStr, follow: bool) -> Option<libc::stat> {
    let mut st = zeroed_stat();
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated and `st` a writable `struct stat`.
    (unsafe { libc::fstatat(dir, path.as_ptr(), &mut st, flags) } == 0).then_some(st)
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)` (also taking a
/// descriptor) and `lstat(path, *, dir_fd=None)`.
fn stat_common(name: &str, a: &[Value], k: &[Value], is_lstat: bool) -> PyResult<Value> {
    let (params, accept): (&[&str], _) = if is_lstat {
        (&["path", "dir_fd"], Accept::PathOnly)
    } else {
        (&["path", "dir_fd", "follow_symlinks"], Accept::OrFd)
    };
    let p = keywords(name, a, k, params, 1, 1)?;
    let path = p[0].as_ref().expect("required");
    let follow = match p.get(2).and_then(Option::as_ref) {
        Some(v) => taipan_vm::ops::truthy(v)?,
        None => !is_lstat,
    };
    let dir = dir_fd(p[1].as_ref())?;
    match target(name, path, accept)? {
        Target::Fd(fd) => fstat_raw(fd)
            .map(|st| stat_result(&st))
            .map_err(|e| super::error::os_error(e, None, None)),
        Target::Path(pa) => match stat_at(dir, &pa.c, follow) {
            Some(st) => Ok(stat_result(&st)),
            None => Err(last_error(Some(&pa.object))),
        },
    }
}

pub(crate) fn stat(a: &[Value], k: &[Value]) -> PyResult<Value> {
    stat_common("stat", a, k, false)
}

pub(crate) fn lstat(a: &[Value], k: &[Value]) -> PyResult<Value> {
    stat_common("lstat", a, k, true)
}

/// `fstat(fd)`.
pub(crate) fn fstat(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("fstat", a, k, &["fd"], 1, 1)?;
    let fd = c_int_arg(p[0].as_ref().expect("required"))?;
    fstat_raw(fd)
        .map(|st| stat_result(&st))
        .map_err(|e| super::error::os_error(e, None, None))
}

/// `stat_result(sequence)`: 10 items, or up to all 19 fields; the float
/// times default to the whole-second ones.
pub(crate) fn stat_result_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let mut items = super::structseq_new::sequence_arg("os.stat_result", &STAT_RESULT_TYPE, a, k)?;
    for i in 7..10 {
        if singletons::is_none(&items[i + 3]) {
            items[i + 3] = items[i].clone();
        }
    }
    Ok(structseq::new(&STAT_RESULT_TYPE, items))
}

/// A `statvfs_result` of a C `struct statvfs`.
fn statvfs_result(st: &libc::statvfs) -> Value {
    structseq::new(
        &STATVFS_RESULT_TYPE,
        vec![
            int::from_u64(st.f_bsize),
            int::from_u64(st.f_frsize),
            int::from_u64(st.f_blocks),
            int::from_u64(st.f_bfree),
            int::from_u64(st.f_bavail),
            int::from_u64(st.f_files),
            int::from_u64(st.f_ffree),
            int::from_u64(st.f_favail),
            int::from_u64(st.f_flag),
            int::from_u64(st.f_namemax),
            int::from_u64(st.f_fsid),
        ],
    )
}

/// `statvfs(path)`: a path or an open descriptor.
pub(crate) fn statvfs(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("statvfs", a, k, &["path"], 1, 1)?;
    let v = p[0].as_ref().expect("required");
    // SAFETY: `struct statvfs` is plain integers, valid all zero.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let (r, filename) = match target("statvfs", v, Accept::OrFd)? {
        // SAFETY: `st` is a writable `struct statvfs`.
        Target::Fd(fd) => (unsafe { libc::fstatvfs(fd, &mut st) }, None),
        // SAFETY: the path is NUL-terminated; `st` is writable.
        Target::Path(pa) => (
            unsafe { libc::statvfs(pa.c.as_ptr(), &mut st) },
            Some(pa.object),
        ),
    };
    if r != 0 {
        return Err(last_error(filename.as_ref()));
    }
    Ok(statvfs_result(&st))
}

/// `fstatvfs(fd)`.
pub(crate) fn fstatvfs(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = required(Kind::One, "fstatvfs", a, k, &["fd"])?;
    let fd = c_int_arg(p[0].as_ref().expect("required"))?;
    // SAFETY: `struct statvfs` is plain integers, valid all zero.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a writable `struct statvfs`.
    if unsafe { libc::fstatvfs(fd, &mut st) } != 0 {
        return Err(last_error(None));
    }
    Ok(statvfs_result(&st))
}
