//! The process: ids, signals, waiting for children and their exit
//! statuses.

use std::ffi::c_int;

use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::{list, singletons, tuple};
use taipan_vm::{PyErr, PyResult, Value};

use super::error::last_error;
use super::ints::{c_int_arg, int_of};
use crate::args::bind;

/// `name()` for a C call that takes nothing and cannot fail.
macro_rules! id_getters {
    ($($name:ident),* $(,)?) => {
        $(
            pub(crate) fn $name(a: &[Value], k: &[Value]) -> PyResult<Value> {
                bind(stringify!($name), a, k, &[], 0, 0)?;
                // SAFETY: the call only reads the process's state.
                Ok(int_of(i64::from(unsafe { libc::$name() })))
            }
        )*
    };
}

id_getters!(getpid, getppid, getuid, geteuid, getgid, getegid, getpgrp);

/// `getgroups()`: the supplementary group ids.
pub(crate) fn getgroups(a: &[Value], k: &[Value]) -> PyResult<Value> {
    bind("getgroups", a, k, &[], 0, 0)?;
    // SAFETY: a zero size asks only for the count.
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n < 0 {
        return Err(last_error(None));
    }
    let mut groups: Vec<libc::gid_t> = vec![0; n as usize];
    // SAFETY: `groups` has room for `n` ids.
    let n = unsafe { libc::getgroups(n, groups.as_mut_ptr()) };
    if n < 0 {
        return Err(last_error(None));
    }
    groups.truncate(n as usize);
    Ok(list::new(groups.into_iter().map(int_of).collect()))
}

/// `kill(pid, signal)`.
pub(crate) fn kill(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("kill", a, k, &["pid", "signal"], 2, 2)?;
    let pid = c_int_arg(p[0].as_ref().expect("required"))?;
    let sig = c_int_arg(p[1].as_ref().expect("required"))?;
    // SAFETY: sending a signal; bad arguments fail with an errno.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(last_error(None));
    }
    Ok(singletons::none())
}

/// `_exit(status)`: ends the process at once, without cleanup.
pub(crate) fn exit_now(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("_exit", a, k, &["status"], 1, 1)?;
    let status = c_int_arg(p[0].as_ref().expect("required"))?;
    // SAFETY: `_exit` does not return; nothing is left to clean up by
    // contract of `os._exit`.
    unsafe { libc::_exit(status) }
}

/// `abort()`.
pub(crate) fn abort(a: &[Value], k: &[Value]) -> PyResult<Value> {
    bind("abort", a, k, &[], 0, 0)?;
    std::process::abort()
}

/// `waitpid(pid, options)`: `(pid, status)`.
pub(crate) fn waitpid(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("waitpid", a, k, &["pid", "options"], 2, 2)?;
    let pid = c_int_arg(p[0].as_ref().expect("required"))?;
    let options = c_int_arg(p[1].as_ref().expect("required"))?;
    wait_for(pid, options)
}

/// `wait()`: `(pid, status)` of any child.
pub(crate) fn wait(a: &[Value], k: &[Value]) -> PyResult<Value> {
    bind("wait", a, k, &[], 0, 0)?;
    wait_for(-1, 0)
}

fn wait_for(pid: c_int, options: c_int) -> PyResult<Value> {
    let mut status: c_int = 0;
    loop {
        // SAFETY: `status` is a writable int.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        if r >= 0 {
            return Ok(tuple::new(vec![int_of(r), int_of(status)]));
        }
        if super::error::errno() != libc::EINTR {
            return Err(last_error(None));
        }
    }
}

/// The wait-status macros: `WIFEXITED(status)`, ...
macro_rules! status_tests {
    ($($name:ident => $test:ident -> $wrap:ident),* $(,)?) => {
        $(
            pub(crate) fn $name(a: &[Value], k: &[Value]) -> PyResult<Value> {
                let p = bind(stringify!($test), a, k, &["status"], 1, 1)?;
                let status = c_int_arg(p[0].as_ref().expect("required"))?;
                Ok($wrap(libc::$test(status)))
            }
        )*
    };
}

fn boolean(b: bool) -> Value {
    singletons::bool(b)
}

fn integer(i: c_int) -> Value {
    int_of(i)
}

status_tests!(
    wifexited => WIFEXITED -> boolean,
    wifsignaled => WIFSIGNALED -> boolean,
    wifstopped => WIFSTOPPED -> boolean,
    wifcontinued => WIFCONTINUED -> boolean,
    wcoredump => WCOREDUMP -> boolean,
    wexitstatus => WEXITSTATUS -> integer,
    wtermsig => WTERMSIG -> integer,
    wstopsig => WSTOPSIG -> integer,
);

/// `waitstatus_to_exitcode(status)`: the exit code, or minus the signal
/// that ended the process.
pub(crate) fn waitstatus_to_exitcode(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("waitstatus_to_exitcode", a, k, &["status"], 1, 1)?;
    let status = c_int_arg(p[0].as_ref().expect("required"))?;
    if libc::WIFEXITED(status) {
        return Ok(int_of(libc::WEXITSTATUS(status)));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(int_of(-libc::WTERMSIG(status)));
    }
    let msg = if libc::WIFSTOPPED(status) {
        format!(
            "process stopped by delivery of signal {}",
            libc::WSTOPSIG(status)
        )
    } else {
        format!("invalid wait status: {status}")
    };
    Err(PyErr::new(&VALUE_ERROR, msg))
}
