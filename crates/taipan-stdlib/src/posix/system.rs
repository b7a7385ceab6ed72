//! The system: `uname`, `times`, `cpu_count`, `getloadavg`, the
//! terminal's size, random bytes and error texts.

use std::ffi::{c_int, CStr};

use taipan_vm::interp::modules::structseq::{
    self, TERMINAL_SIZE_TYPE, TIMES_RESULT_TYPE, UNAME_RESULT_TYPE,
};
use taipan_vm::types::exceptions::{MEMORY_ERROR, OS_ERROR, VALUE_ERROR};
use taipan_vm::types::{bytes, float, singletons, str as pystr, tuple};
use taipan_vm::{PyErr, PyResult, Value};

use super::args::{keywords, no_args, positional, required, Kind};
use super::error::{io_error, last_error, strerror as strerror_text};
use super::ints::{c_int_arg, i64_arg, int_of};

/// `uname()`: `uname_result(sysname, nodename, release, version,
/// machine)`.
pub(crate) fn uname(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("uname", a, k)?;
    // SAFETY: `utsname` is arrays of chars, valid all zero.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a writable `utsname`.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(last_error(None));
    }
    let field = |chars: &[libc::c_char]| {
        // SAFETY: uname fills each field with a NUL-terminated string
        // within its array.
        let text = unsafe { CStr::from_ptr(chars.as_ptr()) };
        pystr::new(&text.to_string_lossy())
    };
    Ok(structseq::new(
        &UNAME_RESULT_TYPE,
        vec![
            field(&u.sysname),
            field(&u.nodename),
            field(&u.release),
            field(&u.version),
            field(&u.machine),
        ],
    ))
}

/// `times()`: user, system and children's CPU seconds, and the elapsed
/// real time since an arbitrary point.
pub(crate) fn times(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("times", a, k)?;
    // SAFETY: `tms` is plain integers, valid all zero.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a writable `tms`.
    let elapsed = unsafe { libc::times(&mut t) };
    if elapsed == !0 {
        return Err(last_error(None));
    }
    // SAFETY: sysconf only reads a system constant.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let secs = |n: libc::clock_t| float::new(n as f64 / ticks);
    Ok(structseq::new(
        &TIMES_RESULT_TYPE,
        vec![
            secs(t.tms_utime),
            secs(t.tms_stime),
            secs(t.tms_cutime),
            secs(t.tms_cstime),
            secs(elapsed),
        ],
    ))
}

/// `cpu_count()`: the number of online processors, or None.
pub(crate) fn cpu_count(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("cpu_count", a, k)?;
    // SAFETY: sysconf only reads a system value.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { singletons::none() } else { int_of(n) })
}

/// `getloadavg()`: the 1, 5 and 15 minute load averages.
pub(crate) fn getloadavg(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("getloadavg", a, k)?;
    let mut avg = [0f64; 3];
    // SAFETY: `avg` has room for the 3 values asked for.
    if unsafe { libc::getloadavg(avg.as_mut_ptr(), 3) } != 3 {
        return Err(PyErr::new(&OS_ERROR, "Load averages are unobtainable"));
    }
    Ok(tuple::new(avg.iter().map(|&x| float::new(x)).collect()))
}

/// `get_terminal_size(fd=1)`: `terminal_size(columns, lines)`.
pub(crate) fn get_terminal_size(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let fd = match positional("get_terminal_size", a, k, 0, 1)? {
        [fd] => c_int_arg(fd)?,
        _ => 1,
    };
    // SAFETY: `winsize` is plain integers, valid all zero.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes a `winsize` through the pointer.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } != 0 {
        return Err(last_error(None));
    }
    Ok(structseq::new(
        &TERMINAL_SIZE_TYPE,
        vec![int_of(w.ws_col), int_of(w.ws_row)],
    ))
}

/// `n` bytes from the system's random source.
pub(crate) fn random_bytes(n: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut buf = Vec::new();
    buf.try_reserve_exact(n)
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::OutOfMemory))?;
    buf.resize(n, 0);
    std::fs::File::open("/dev/urandom")?.read_exact(&mut buf)?;
    Ok(buf)
}

/// `urandom(size)`.
pub(crate) fn urandom(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = required(Kind::One, "urandom", a, k, &["size"])?;
    let size = i64_arg(p[0].as_ref().expect("required"))?;
    let n = usize::try_from(size)
        .map_err(|_| PyErr::new(&VALUE_ERROR, "negative argument not allowed"))?;
    let data = random_bytes(n).map_err(|e| match e.kind() {
        std::io::ErrorKind::OutOfMemory => PyErr::with_args(&MEMORY_ERROR, Vec::new()),
        _ => io_error(&e, None),
    })?;
    Ok(bytes::from_vec(data))
}

/// `strerror(code)`.
pub(crate) fn strerror(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = required(Kind::One, "strerror", a, k, &["code"])?;
    let code: c_int = c_int_arg(p[0].as_ref().expect("required"))?;
    Ok(pystr::new(&strerror_text(code)))
}

/// `fspath(path)`.
pub(crate) fn fspath(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("fspath", a, k, &["path"], 1, 1)?;
    super::path::fspath(p[0].as_ref().expect("required"))
}
