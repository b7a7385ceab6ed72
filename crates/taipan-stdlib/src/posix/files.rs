//! File descriptors: `open`, `close`, `read`, `write`, `lseek`, `dup`,
//! `pipe` and their flags.

use std::ffi::c_int;

use taipan_vm::interp::builtins::bytes_methods::buffer;
use taipan_vm::interp::type_error;
use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::{bytes, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use super::args::{keywords, no_args, required, Kind};
use super::dir_fd;
use super::error::{errno, last_error, os_error};
use super::ints::{c_int_arg, i64_arg, int_of};
use super::path::path;

/// The first argument, a descriptor, of `name(fd, ...)` whose
/// parameters `params` are all required.
fn fd_args(
    kind: Kind,
    name: &str,
    a: &[Value],
    k: &[Value],
    params: &[&str],
) -> PyResult<(c_int, Vec<Option<Value>>)> {
    let p = required(kind, name, a, k, params)?;
    let fd = c_int_arg(p[0].as_ref().expect("required"))?;
    Ok((fd, p))
}

/// Runs `call` until it is not interrupted by a signal (EINTR).
fn retry<T: PartialEq + From<i8>>(mut call: impl FnMut() -> T) -> Result<T, c_int> {
    loop {
        let r = call();
        if r != T::from(-1) {
            return Ok(r);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

fn fd_error(e: c_int) -> PyErr {
    os_error(e, None, None)
}

/// `open(path, flags, mode=0o777, *, dir_fd=None)`: a new descriptor,
/// not inherited by child processes (PEP 446).
pub(crate) fn open(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("open", a, k, &["path", "flags", "mode", "dir_fd"], 3, 2)?;
    let pa = path("open", p[0].as_ref().expect("required"))?;
    let flags = c_int_arg(p[1].as_ref().expect("required"))? | libc::O_CLOEXEC;
    let mode = p[2].as_ref().map_or(Ok(0o777), c_int_arg)?;
    let dir = dir_fd(p[3].as_ref())?;
    // SAFETY: the path is NUL-terminated; `mode` is passed as the
    // variadic argument's promoted `unsigned int`.
    retry(|| unsafe { libc::openat(dir, pa.c.as_ptr(), flags, mode as libc::c_uint) })
        .map(int_of)
        .map_err(|e| os_error(e, Some(&pa.object), None))
}

/// `close(fd)`.
pub(crate) fn close(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, _) = fd_args(Kind::Keywords, "close", a, k, &["fd"])?;
    // SAFETY: closing a descriptor number; a bad one fails with EBADF.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_error(None));
    }
    Ok(singletons::none())
}

/// `closerange(fd_low, fd_high)`: errors ignored.
pub(crate) fn closerange(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = required(Kind::Positional, "closerange", a, k, &["fd_low", "fd_high"])?;
    let lo = c_int_arg(p[0].as_ref().expect("required"))?;
    let hi = c_int_arg(p[1].as_ref().expect("required"))?;
    for fd in lo.max(0)..hi {
        // SAFETY: as `close`; errors are ignored by definition.
        unsafe { libc::close(fd) };
    }
    Ok(singletons::none())
}

/// `read(fd, length)`: up to `length` bytes, empty at the end.
pub(crate) fn read(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, p) = fd_args(Kind::Positional, "read", a, k, &["fd", "length"])?;
    let n = i64_arg(p[1].as_ref().expect("required"))?;
    let n = usize::try_from(n).map_err(|_| PyErr::new(&VALUE_ERROR, "negative length"))?;
    // Linux transfers at most this much in one call (MAX_RW_COUNT).
    let n = n.min(0x7fff_f000);
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is writable for `n` bytes.
    let got = retry(|| unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) }).map_err(fd_error)?;
    buf.truncate(got as usize);
    Ok(bytes::from_vec(buf))
}

/// `write(fd, data)`: the count written.
pub(crate) fn write(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, p) = fd_args(Kind::Positional, "write", a, k, &["fd", "data"])?;
    let data = p[1].as_ref().expect("required");
    let Some(buf) = buffer(data) else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            data.type_of().name
        )));
    };
    // SAFETY: `buf` is readable for its length.
    let n =
        retry(|| unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) }).map_err(fd_error)?;
    Ok(int_of(n as i64))
}

/// `lseek(fd, position, whence)`: the new position.
pub(crate) fn lseek(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, p) = fd_args(
        Kind::Positional,
        "lseek",
        a,
        k,
        &["fd", "position", "whence"],
    )?;
    let pos = i64_arg(p[1].as_ref().expect("required"))?;
    let how = c_int_arg(p[2].as_ref().expect("required"))?;
    // SAFETY: plain call on a descriptor.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(int_of(r))
}

/// `name(fd)` for a C call on a descriptor returning 0 or -1.
fn fd_call(name: &str, a: &[Value], k: &[Value], call: fn(c_int) -> c_int) -> PyResult<Value> {
    let (fd, _) = fd_args(Kind::Keywords, name, a, k, &["fd"])?;
    retry(|| call(fd)).map_err(fd_error)?;
    Ok(singletons::none())
}

pub(crate) fn fsync(a: &[Value], k: &[Value]) -> PyResult<Value> {
    // SAFETY: plain call on a descriptor.
    fd_call("fsync", a, k, |fd| unsafe { libc::fsync(fd) })
}

pub(crate) fn fdatasync(a: &[Value], k: &[Value]) -> PyResult<Value> {
    // SAFETY: plain call on a descriptor.
    fd_call("fdatasync", a, k, |fd| unsafe { libc::fdatasync(fd) })
}

pub(crate) fn fchdir(a: &[Value], k: &[Value]) -> PyResult<Value> {
    // SAFETY: plain call on a descriptor.
    fd_call("fchdir", a, k, |fd| unsafe { libc::fchdir(fd) })
}

/// `ftruncate(fd, length)`.
pub(crate) fn ftruncate(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, p) = fd_args(Kind::Positional, "ftruncate", a, k, &["fd", "length"])?;
    let len = i64_arg(p[1].as_ref().expect("required"))?;
    // SAFETY: plain call on a descriptor.
    retry(|| unsafe { libc::ftruncate(fd, len) }).map_err(fd_error)?;
    Ok(singletons::none())
}

/// `isatty(fd)`.
pub(crate) fn isatty(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, _) = fd_args(Kind::One, "isatty", a, k, &["fd"])?;
    // SAFETY: plain call on a descriptor.
    Ok(singletons::bool(unsafe { libc::isatty(fd) } == 1))
}

/// `device_encoding(fd)`: the terminal's encoding (UTF-8 here) or None.
pub(crate) fn device_encoding(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, _) = fd_args(Kind::Keywords, "device_encoding", a, k, &["fd"])?;
    // SAFETY: plain call on a descriptor.
    Ok(if unsafe { libc::isatty(fd) } == 1 {
        pystr::new("UTF-8")
    } else {
        singletons::none()
    })
}

/// `dup(fd)`: a new, non-inheritable descriptor.
pub(crate) fn dup(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, _) = fd_args(Kind::One, "dup", a, k, &["fd"])?;
    // SAFETY: plain call on a descriptor.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(int_of(r))
}

/// `dup2(fd, fd2, inheritable=True)`.
pub(crate) fn dup2(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("dup2", a, k, &["fd", "fd2", "inheritable"], 3, 2)?;
    let fd = c_int_arg(p[0].as_ref().expect("required"))?;
    let fd2 = c_int_arg(p[1].as_ref().expect("required"))?;
    let inheritable = p[2].as_ref().map_or(Ok(true), ops::truthy)?;
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    // dup3 refuses equal descriptors; dup2 then only checks `fd`.
    let r = if fd == fd2 {
        // SAFETY: plain call on a descriptor.
        unsafe { libc::fcntl(fd, libc::F_GETFD) }
    } else {
        // SAFETY: plain call on descriptors.
        unsafe { libc::dup3(fd, fd2, flags) }
    };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(int_of(fd2))
}

/// `pipe()`: `(read_fd, write_fd)`, both non-inheritable.
pub(crate) fn pipe(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("pipe", a, k)?;
    let mut fds: [c_int; 2] = [0; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_error(None));
    }
    Ok(tuple::new(vec![int_of(fds[0]), int_of(fds[1])]))
}

/// The descriptor flag `flag` of `fcntl`'s `get`/`set` pair.
fn fd_flag(fd: c_int, get: c_int) -> PyResult<c_int> {
    // SAFETY: plain call on a descriptor.
    let r = unsafe { libc::fcntl(fd, get) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(r)
}

fn set_fd_flag(fd: c_int, get: c_int, set: c_int, flag: c_int, on: bool) -> PyResult<Value> {
    let old = fd_flag(fd, get)?;
    let new = if on { old | flag } else { old & !flag };
    // SAFETY: plain call on a descriptor.
    if unsafe { libc::fcntl(fd, set, new) } < 0 {
        return Err(last_error(None));
    }
    Ok(singletons::none())
}

/// `get_inheritable(fd)`.
pub(crate) fn get_inheritable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, _) = fd_args(Kind::One, "get_inheritable", a, k, &["fd"])?;
    Ok(singletons::bool(
        fd_flag(fd, libc::F_GETFD)? & libc::FD_CLOEXEC == 0,
    ))
}

/// `set_inheritable(fd, inheritable)`.
pub(crate) fn set_inheritable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, p) = fd_args(
        Kind::Positional,
        "set_inheritable",
        a,
        k,
        &["fd", "inheritable"],
    )?;
    let on = ops::truthy(p[1].as_ref().expect("required"))?;
    set_fd_flag(fd, libc::F_GETFD, libc::F_SETFD, libc::FD_CLOEXEC, !on)
}

/// `get_blocking(fd)`.
pub(crate) fn get_blocking(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, _) = fd_args(Kind::One, "get_blocking", a, k, &["fd"])?;
    Ok(singletons::bool(
        fd_flag(fd, libc::F_GETFL)? & libc::O_NONBLOCK == 0,
    ))
}

/// `set_blocking(fd, blocking)`.
pub(crate) fn set_blocking(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (fd, p) = fd_args(Kind::Positional, "set_blocking", a, k, &["fd", "blocking"])?;
    let on = ops::truthy(p[1].as_ref().expect("required"))?;
    set_fd_flag(fd, libc::F_GETFL, libc::F_SETFL, libc::O_NONBLOCK, !on)
}
