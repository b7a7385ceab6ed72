//! The process: ids, signals, waiting for children and their exit
//! statuses.

use std::ffi::{c_int, CString};

use taipan_vm::interp::{attrs, call_object, type_error};
use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::{list, singletons, tuple};
use taipan_vm::{PyErr, PyResult, Value};

use super::args::{keywords, no_args, one_arg, positional, required, Kind};
use super::error::last_error;
use super::ints::{c_int_arg, int_of};
use super::path::fs_cstring;

/// `name()` for a C call that takes nothing and cannot fail.
macro_rules! id_getters {
    ($($name:ident),* $(,)?) => {
        $(
            pub(crate) fn $name(a: &[Value], k: &[Value]) -> PyResult<Value> {
                no_args(stringify!($name), a, k)?;
                // SAFETY: the call only reads the process's state.
                Ok(int_of(i64::from(unsafe { libc::$name() })))
            }
        )*
    };
}

id_getters!(getpid, getppid, getuid, geteuid, getgid, getegid, getpgrp);

/// `getgroups()`: the supplementary group ids.
pub(crate) fn getgroups(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("getgroups", a, k)?;
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
    let p = required(Kind::Positional, "kill", a, k, &["pid", "signal"])?;
    let pid = c_int_arg(p[0].as_ref().expect("required"))?;
    let sig = c_int_arg(p[1].as_ref().expect("required"))?;
    // A signal to this process goes to this thread (raise), so that it
    // has arrived when the call returns and its Python handler runs now;
    // the process's other threads would take it later.
    // SAFETY: sending a signal; bad arguments fail with an errno.
    let rc = unsafe {
        if pid == libc::getpid() {
            libc::raise(sig)
        } else {
            libc::kill(pid, sig)
        }
    };
    if rc != 0 {
        return Err(last_error(None));
    }
    crate::signal::run_pending()?;
    Ok(singletons::none())
}

/// `_exit(status)`: ends the process at once, without cleanup.
pub(crate) fn exit_now(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("_exit", a, k, &["status"], 1, 1)?;
    let status = c_int_arg(p[0].as_ref().expect("required"))?;
    // SAFETY: `_exit` does not return; nothing is left to clean up by
    // contract of `os._exit`.
    unsafe { libc::_exit(status) }
}

/// `abort()`.
pub(crate) fn abort(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("abort", a, k)?;
    std::process::abort()
}

/// `waitpid(pid, options)`: `(pid, status)`.
pub(crate) fn waitpid(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = required(Kind::Positional, "waitpid", a, k, &["pid", "options"])?;
    let pid = c_int_arg(p[0].as_ref().expect("required"))?;
    let options = c_int_arg(p[1].as_ref().expect("required"))?;
    wait_for(pid, options)
}

/// `wait()`: `(pid, status)` of any child.
pub(crate) fn wait(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("wait", a, k)?;
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
    ($($name:ident => $test:ident($kind:ident) -> $wrap:ident),* $(,)?) => {
        $(
            pub(crate) fn $name(a: &[Value], k: &[Value]) -> PyResult<Value> {
                let p = required(Kind::$kind, stringify!($test), a, k, &["status"])?;
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
    wifexited => WIFEXITED(Keywords) -> boolean,
    wifsignaled => WIFSIGNALED(Keywords) -> boolean,
    wifstopped => WIFSTOPPED(Keywords) -> boolean,
    wifcontinued => WIFCONTINUED(Keywords) -> boolean,
    wcoredump => WCOREDUMP(One) -> boolean,
    wexitstatus => WEXITSTATUS(Keywords) -> integer,
    wtermsig => WTERMSIG(Keywords) -> integer,
    wstopsig => WSTOPSIG(Keywords) -> integer,
);

/// `waitstatus_to_exitcode(status)`: the exit code, or minus the signal
/// that ended the process.
pub(crate) fn waitstatus_to_exitcode(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("waitstatus_to_exitcode", a, k, &["status"], 1, 1)?;
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

/// `system(command)`: the wait status of `/bin/sh -c command`.
pub(crate) fn system(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("system", a, k, &["command"], 1, 1)?;
    let command = fs_cstring(p[0].as_ref().expect("required"))?;
    // SAFETY: the command is NUL-terminated.
    Ok(int_of(unsafe { libc::system(command.as_ptr()) }))
}

/// The argument vector of `execv`/`execve`: a non-empty tuple or list
/// whose first item is not empty.
fn exec_argv(func: &str, v: &Value) -> PyResult<Vec<CString>> {
    // execv words its errors by argument number, execve by name.
    let what = if func == "execv" {
        "execv() arg 2".to_string()
    } else {
        format!("{func}: argv")
    };
    let is_sequence = v.type_of().is_subtype_of(&tuple::TUPLE_TYPE)
        || v.type_of().is_subtype_of(&list::LIST_TYPE);
    if !is_sequence {
        return Err(type_error(format!("{what} must be a tuple or list")));
    }
    let argv = attrs::collect(v)?
        .iter()
        .map(fs_cstring)
        .collect::<PyResult<Vec<_>>>()?;
    match argv.first() {
        None => Err(PyErr::new(
            &VALUE_ERROR,
            format!("{what} must not be empty"),
        )),
        Some(first) if first.as_bytes().is_empty() => Err(PyErr::new(
            &VALUE_ERROR,
            format!("{what} first element cannot be empty"),
        )),
        Some(_) => Ok(argv),
    }
}

/// Replaces the process image; returns only with the error.
fn exec(path: &super::path::PathArg, argv: &[CString], env: Option<&[CString]>) -> PyErr {
    let mut argv_ptrs: Vec<*const libc::c_char> = argv.iter().map(|s| s.as_ptr()).collect();
    argv_ptrs.push(std::ptr::null());
    match env {
        None => {
            // SAFETY: the path and every argument are NUL-terminated and
            // the pointer array ends with null; they outlive the call.
            unsafe { libc::execv(path.c.as_ptr(), argv_ptrs.as_ptr()) };
        }
        Some(env) => {
            let mut env_ptrs: Vec<*const libc::c_char> = env.iter().map(|s| s.as_ptr()).collect();
            env_ptrs.push(std::ptr::null());
            // SAFETY: as above, for the environment array too.
            unsafe { libc::execve(path.c.as_ptr(), argv_ptrs.as_ptr(), env_ptrs.as_ptr()) };
        }
    }
    // CPython names the file in execve's error but not in execv's.
    last_error(env.map(|_| &path.object))
}

/// `execv(path, argv)`.
pub(crate) fn execv(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let a = positional("execv", a, k, 2, 2)?;
    let pa = super::path::path("execv", &a[0])?;
    let argv = exec_argv("execv", &a[1])?;
    Err(exec(&pa, &argv, None))
}

/// `execve(path, argv, env)`: `env` a mapping of names to values.
pub(crate) fn execve(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = keywords("execve", a, k, &["path", "argv", "env"], 3, 3)?;
    let pa = super::path::path("execve", p[0].as_ref().expect("required"))?;
    let argv = exec_argv("execve", p[1].as_ref().expect("required"))?;
    let env = p[2].as_ref().expect("required");
    let keys = call_object(&attrs::getattr_str(env, "keys")?, &[], &[])?;
    let mut entries = Vec::new();
    for key in attrs::collect(&keys)? {
        let value = attrs::getitem(env, &key)?;
        let mut entry = fs_cstring(&key)?.into_bytes();
        if entry.is_empty() || entry.contains(&b'=') {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "illegal environment variable name",
            ));
        }
        entry.push(b'=');
        entry.extend_from_slice(fs_cstring(&value)?.as_bytes());
        entries.push(CString::new(entry).expect("parts checked for NUL"));
    }
    Err(exec(&pa, &argv, Some(&entries)))
}

/// The id a C call maps the pid argument to (-1 on error).
fn pid_query(pid: &Value, call: fn(libc::pid_t) -> libc::pid_t) -> PyResult<Value> {
    let r = call(c_int_arg(pid)?);
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(int_of(r))
}

/// `getsid(pid)`.
pub(crate) fn getsid(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let pid = one_arg("getsid", a, k)?;
    // SAFETY: the call only reads process state.
    pid_query(pid, |p| unsafe { libc::getsid(p) })
}

/// `getpgid(pid)`.
pub(crate) fn getpgid(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = required(Kind::Keywords, "getpgid", a, k, &["pid"])?;
    // SAFETY: the call only reads process state.
    pid_query(p[0].as_ref().expect("required"), |p| unsafe {
        libc::getpgid(p)
    })
}

/// `setsid()`.
pub(crate) fn setsid(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("setsid", a, k)?;
    // SAFETY: plain call; failure is reported through errno.
    if unsafe { libc::setsid() } < 0 {
        return Err(last_error(None));
    }
    Ok(singletons::none())
}

/// `setpgid(pid, pgrp)`.
pub(crate) fn setpgid(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = positional("setpgid", a, k, 2, 2)?;
    let (pid, pgrp) = (c_int_arg(&p[0])?, c_int_arg(&p[1])?);
    // SAFETY: plain call; failure is reported through errno.
    if unsafe { libc::setpgid(pid, pgrp) } != 0 {
        return Err(last_error(None));
    }
    Ok(singletons::none())
}

/// `killpg(pgid, signal)`.
pub(crate) fn killpg(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = positional("killpg", a, k, 2, 2)?;
    let (pgid, sig) = (c_int_arg(&p[0])?, c_int_arg(&p[1])?);
    // SAFETY: sending a signal; bad arguments fail with an errno.
    if unsafe { libc::killpg(pgid, sig) } != 0 {
        return Err(last_error(None));
    }
    crate::signal::run_pending()?;
    Ok(singletons::none())
}

/// `nice(increment)`: the new niceness.
pub(crate) fn nice(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let increment = c_int_arg(one_arg("nice", a, k)?)?;
    // -1 is also a valid result: errno tells an error apart.
    // SAFETY: writing the calling thread's errno.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: plain call on the process's own priority.
    let r = unsafe { libc::nice(increment) };
    if r == -1 && super::error::errno() != 0 {
        return Err(last_error(None));
    }
    Ok(int_of(r))
}

/// `sched_yield()`.
pub(crate) fn sched_yield(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("sched_yield", a, k)?;
    std::thread::yield_now();
    Ok(singletons::none())
}

/// `sync()`.
pub(crate) fn sync(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_args("sync", a, k)?;
    // SAFETY: sync takes nothing and cannot fail.
    unsafe { libc::sync() };
    Ok(singletons::none())
}
