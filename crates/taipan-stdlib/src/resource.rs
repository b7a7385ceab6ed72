//! The `resource` module: the process's resource limits (`getrlimit`,
//! `setrlimit`) and the page size. `getrusage` and `prlimit` are not
//! there yet.

use std::ffi::c_int;

use taipan_vm::interp::attrs::collect;
use taipan_vm::interp::objects::{native, new_module};
use taipan_vm::interp::type_error;
use taipan_vm::types::exceptions::{OS_ERROR, OVERFLOW_ERROR, VALUE_ERROR};
use taipan_vm::types::int::IntRef;
use taipan_vm::types::{dict, int, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::{index_ssize, no_keywords};
use crate::posix::error::{errno, last_error, os_error};

const LIMITS: &[(&str, c_int)] = &[
    ("RLIMIT_CPU", libc::RLIMIT_CPU as c_int),
    ("RLIMIT_FSIZE", libc::RLIMIT_FSIZE as c_int),
    ("RLIMIT_DATA", libc::RLIMIT_DATA as c_int),
    ("RLIMIT_STACK", libc::RLIMIT_STACK as c_int),
    ("RLIMIT_CORE", libc::RLIMIT_CORE as c_int),
    ("RLIMIT_RSS", libc::RLIMIT_RSS as c_int),
    ("RLIMIT_NPROC", libc::RLIMIT_NPROC as c_int),
    ("RLIMIT_NOFILE", libc::RLIMIT_NOFILE as c_int),
    ("RLIMIT_OFILE", libc::RLIMIT_NOFILE as c_int),
    ("RLIMIT_MEMLOCK", libc::RLIMIT_MEMLOCK as c_int),
    ("RLIMIT_AS", libc::RLIMIT_AS as c_int),
    ("RLIMIT_SIGPENDING", libc::RLIMIT_SIGPENDING as c_int),
    ("RLIMIT_MSGQUEUE", libc::RLIMIT_MSGQUEUE as c_int),
    ("RLIMIT_NICE", libc::RLIMIT_NICE as c_int),
    ("RLIMIT_RTPRIO", libc::RLIMIT_RTPRIO as c_int),
    ("RLIMIT_RTTIME", libc::RLIMIT_RTTIME as c_int),
];

/// How many resources Linux has (RLIMIT_RTTIME is the last).
const NLIMITS: i64 = 16;

/// A resource number argument, checked against the kernel's range.
fn resource_arg(v: &Value) -> PyResult<c_int> {
    let r = index_ssize(v)?;
    if (0..NLIMITS).contains(&r) {
        Ok(r as c_int)
    } else {
        Err(PyErr::new(&VALUE_ERROR, "invalid resource specified"))
    }
}

/// An `rlim_t` as Python sees it: RLIM_INFINITY is -1.
fn limit_value(l: libc::rlim_t) -> Value {
    if l == libc::RLIM_INFINITY {
        int::from_i64(-1)
    } else {
        int::from_u64(l)
    }
}

fn limit_arg(v: &Value) -> PyResult<libc::rlim_t> {
    let v = ops::index(v)?;
    let negative = || PyErr::new(&VALUE_ERROR, "Cannot convert negative int");
    match int::as_int(&v) {
        Some(IntRef::Small(-1)) => Ok(libc::RLIM_INFINITY),
        Some(IntRef::Small(i)) => u64::try_from(i).map_err(|_| negative()),
        Some(IntRef::Big(b)) if b.is_negative() => Err(negative()),
        Some(IntRef::Big(b)) => b.to_u64().ok_or_else(|| {
            PyErr::new(
                &OVERFLOW_ERROR,
                "Python int too large to convert to C rlim_t",
            )
        }),
        None => Err(type_error("an integer is required")),
    }
}

fn getrlimit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords("getrlimit", k)?;
    taipan_vm::interp::builtins::check_count("", "getrlimit", a.len(), 1, 1)?;
    let r = resource_arg(&a[0])?;
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes only into `lim`, owned here.
    if unsafe { libc::getrlimit(r as _, &mut lim) } != 0 {
        return Err(last_error(None));
    }
    Ok(tuple::new(vec![
        limit_value(lim.rlim_cur),
        limit_value(lim.rlim_max),
    ]))
}

fn setrlimit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords("setrlimit", k)?;
    taipan_vm::interp::builtins::check_count("", "setrlimit", a.len(), 2, 2)?;
    let r = resource_arg(&a[0])?;
    let pair = collect(&a[1])?;
    let [soft, hard] = pair.as_slice() else {
        return Err(PyErr::new(&VALUE_ERROR, "expected a tuple of 2 integers"));
    };
    let lim = libc::rlimit {
        rlim_cur: limit_arg(soft)?,
        rlim_max: limit_arg(hard)?,
    };
    // SAFETY: setrlimit only reads `lim`.
    if unsafe { libc::setrlimit(r as _, &lim) } != 0 {
        // CPython words these two as ValueError.
        return Err(match errno() {
            libc::EINVAL => PyErr::new(&VALUE_ERROR, "current limit exceeds maximum limit"),
            libc::EPERM => PyErr::new(&VALUE_ERROR, "not allowed to raise maximum limit"),
            code => os_error(code, None, None),
        });
    }
    Ok(singletons::none())
}

fn getpagesize(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords("getpagesize", k)?;
    if !a.is_empty() {
        return Err(type_error(format!(
            "getpagesize() takes no arguments ({} given)",
            a.len()
        )));
    }
    // SAFETY: sysconf has no memory preconditions.
    Ok(int::from_i64(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }))
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let set = |name: &str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    for &(name, v) in LIMITS {
        set(name, int::from_i64(v.into()))?;
    }
    set("RLIM_INFINITY", int::from_i64(-1))?;
    set("RUSAGE_SELF", int::from_i64(libc::RUSAGE_SELF.into()))?;
    set(
        "RUSAGE_CHILDREN",
        int::from_i64(libc::RUSAGE_CHILDREN.into()),
    )?;
    set("RUSAGE_THREAD", int::from_i64(libc::RUSAGE_THREAD.into()))?;
    set("error", OS_ERROR.as_value())?;
    set("getrlimit", native("getrlimit", getrlimit))?;
    set("setrlimit", native("setrlimit", setrlimit))?;
    set("getpagesize", native("getpagesize", getpagesize))?;
    new_module("resource", d)
}
