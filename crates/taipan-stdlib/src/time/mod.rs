//! The `time` module: the system clocks, `sleep`, and conversions between
//! timestamps, `struct_time`s and text. UTC calendar arithmetic is done
//! here; the local time zone's rules come from the C library.

mod calendar;
mod libc;

use std::ffi::c_int;

use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::modules::structseq::STRUCT_TIME_TYPE;
use taipan_vm::interp::namespace::new_namespace;
use taipan_vm::interp::objects::{native_any_arity, new_module, NativeFn};
use taipan_vm::interp::{attrs, call_object, type_error};
use taipan_vm::types::exceptions::{OVERFLOW_ERROR, VALUE_ERROR};
use taipan_vm::types::{dict, float, int, singletons, str as pystr};
use taipan_vm::{PyErr, PyResult, Value};

use crate::args::{no_keywords, positional};

const CLOCK_REALTIME: c_int = 0;
const CLOCK_MONOTONIC: c_int = 1;
const CLOCK_PROCESS_CPUTIME_ID: c_int = 2;
const CLOCK_THREAD_CPUTIME_ID: c_int = 3;

/// The CLOCK_* constants Linux defines.
const CLOCKS: &[(&str, i64)] = &[
    ("CLOCK_REALTIME", 0),
    ("CLOCK_MONOTONIC", 1),
    ("CLOCK_PROCESS_CPUTIME_ID", 2),
    ("CLOCK_THREAD_CPUTIME_ID", 3),
    ("CLOCK_MONOTONIC_RAW", 4),
    ("CLOCK_BOOTTIME", 7),
    ("CLOCK_TAI", 11),
];

/// The positional arguments of `time.NAME(...)`, `lo..=hi` of them
/// (CPython's messages, which vary with how each function parses).
fn args<'a>(
    name: &str,
    a: &'a [Value],
    kw: &[Value],
    lo: usize,
    hi: usize,
) -> PyResult<&'a [Value]> {
    no_keywords(name, kw)?;
    let pos = positional(a, kw);
    let n = pos.len();
    if (lo..=hi).contains(&n) {
        return Ok(pos);
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Err(type_error(match (lo, hi) {
        (0, 0) => format!("time.{name}() takes no arguments ({n} given)"),
        (1, 1) if name == "get_clock_info" => {
            format!("{name}() takes exactly 1 argument ({n} given)")
        }
        (1, 1) => format!("time.{name}() takes exactly one argument ({n} given)"),
        _ if name == "asctime" => {
            return check_count("", name, n, lo, hi).map(|()| pos);
        }
        _ if n > hi => format!(
            "{name}() takes at most {hi} argument{} ({n} given)",
            plural(hi)
        ),
        _ => format!(
            "{name}() takes at least {lo} argument{} ({n} given)",
            plural(lo)
        ),
    }))
}

fn read_clock(clock: c_int) -> i128 {
    libc::clock_ns(clock).unwrap_or(0)
}

fn seconds(ns: i128) -> Value {
    float::new(ns as f64 / 1e9)
}

macro_rules! clock_fns {
    ($($secs:ident, $ns:ident, $name:literal, $clock:expr;)*) => {
        $(
            fn $secs(a: &[Value], kw: &[Value]) -> PyResult<Value> {
                args($name, a, kw, 0, 0)?;
                Ok(seconds(read_clock($clock)))
            }
            fn $ns(a: &[Value], kw: &[Value]) -> PyResult<Value> {
                args(concat!($name, "_ns"), a, kw, 0, 0)?;
                Ok(int::from_i128(read_clock($clock)))
            }
        )*
    };
}

clock_fns! {
    time_time, time_time_ns, "time", CLOCK_REALTIME;
    time_monotonic, time_monotonic_ns, "monotonic", CLOCK_MONOTONIC;
    time_perf_counter, time_perf_counter_ns, "perf_counter", CLOCK_MONOTONIC;
    time_process_time, time_process_time_ns, "process_time", CLOCK_PROCESS_CPUTIME_ID;
    time_thread_time, time_thread_time_ns, "thread_time", CLOCK_THREAD_CPUTIME_ID;
}

fn clock_id(v: &Value) -> PyResult<c_int> {
    let i = taipan_vm::ops::index(v)?;
    int::as_int(&i)
        .and_then(|i| i.to_i64())
        .and_then(|i| c_int::try_from(i).ok())
        .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C int"))
}

fn invalid_clock() -> PyErr {
    PyErr::new(
        &taipan_vm::types::exceptions::OS_ERROR,
        "[Errno 22] Invalid argument",
    )
}

fn time_clock_gettime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("clock_gettime", a, kw, 1, 1)?;
    libc::clock_ns(clock_id(&a[0])?)
        .map(seconds)
        .ok_or_else(invalid_clock)
}

fn time_clock_gettime_ns(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("clock_gettime_ns", a, kw, 1, 1)?;
    libc::clock_ns(clock_id(&a[0])?)
        .map(int::from_i128)
        .ok_or_else(invalid_clock)
}

fn time_clock_getres(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("clock_getres", a, kw, 1, 1)?;
    libc::clock_resolution(clock_id(&a[0])?)
        .map(float::new)
        .ok_or_else(invalid_clock)
}

/// `sleep(secs)`: CPython's checks, then a sleep of that many seconds.
fn time_sleep(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("sleep", a, kw, 1, 1)?;
    let secs = if let Some(f) = float::as_f64(&a[0]) {
        if f.is_nan() {
            return Err(PyErr::new(&VALUE_ERROR, "Invalid value NaN (not a number)"));
        }
        f
    } else if let Some(i) = int::as_int(&a[0]) {
        i.to_f64().unwrap_or(f64::INFINITY)
    } else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer or float",
            a[0].type_of().name
        )));
    };
    if secs * 1e9 >= i64::MAX as f64 || secs * 1e9 < i64::MIN as f64 {
        return Err(PyErr::new(
            &OVERFLOW_ERROR,
            "timestamp out of range for C PyTime_t",
        ));
    }
    if secs < 0.0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "sleep length must be non-negative",
        ));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(singletons::none())
}

fn time_get_clock_info(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("get_clock_info", a, kw, 1, 1)?;
    let name = pystr::as_str(&a[0]).ok_or_else(|| {
        type_error(format!(
            "get_clock_info() argument must be str, not {}",
            a[0].type_of().name
        ))
    })?;
    let (implementation, clock, monotonic, adjustable) = match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true),
        "monotonic" | "perf_counter" => (
            "clock_gettime(CLOCK_MONOTONIC)",
            CLOCK_MONOTONIC,
            true,
            false,
        ),
        "process_time" => (
            "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
            CLOCK_PROCESS_CPUTIME_ID,
            true,
            false,
        ),
        "thread_time" => (
            "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
            CLOCK_THREAD_CPUTIME_ID,
            true,
            false,
        ),
        _ => return Err(PyErr::new(&VALUE_ERROR, "unknown clock")),
    };
    Ok(new_namespace(vec![
        ("implementation", pystr::new(implementation)),
        ("monotonic", singletons::bool(monotonic)),
        ("adjustable", singletons::bool(adjustable)),
        (
            "resolution",
            float::new(libc::clock_resolution(clock).unwrap_or(1e-9)),
        ),
    ]))
}

/// `strptime(string, format)`: the pure-Python `_strptime` does the work.
fn time_strptime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("strptime", kw)?;
    let module = taipan_vm::interp::modules::import_name(
        &pystr::intern("_strptime"),
        &singletons::none(),
        &int::from_i64(0),
        &singletons::none(),
    )?;
    let f = attrs::getattr_str(&module, "_strptime_time")?;
    call_object(&f, a, &[])
}

pub(crate) fn module() -> PyResult<Value> {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(calendar::install_struct_time);
    let d = dict::new();
    let functions: &[(&'static str, NativeFn)] = &[
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("monotonic", time_monotonic),
        ("monotonic_ns", time_monotonic_ns),
        ("perf_counter", time_perf_counter),
        ("perf_counter_ns", time_perf_counter_ns),
        ("process_time", time_process_time),
        ("process_time_ns", time_process_time_ns),
        ("thread_time", time_thread_time),
        ("thread_time_ns", time_thread_time_ns),
        ("clock_gettime", time_clock_gettime),
        ("clock_gettime_ns", time_clock_gettime_ns),
        ("clock_getres", time_clock_getres),
        ("sleep", time_sleep),
        ("get_clock_info", time_get_clock_info),
        ("strptime", time_strptime),
        ("gmtime", calendar::time_gmtime),
        ("localtime", calendar::time_localtime),
        ("mktime", calendar::time_mktime),
        ("asctime", calendar::time_asctime),
        ("ctime", calendar::time_ctime),
        ("strftime", calendar::time_strftime),
        ("tzset", calendar::time_tzset),
    ];
    for (name, f) in functions {
        dict::set_item(&d, pystr::intern(name), native_any_arity(name, *f))?;
    }
    for (name, value) in CLOCKS {
        dict::set_item(&d, pystr::intern(name), int::from_i64(*value))?;
    }
    dict::set_item(
        &d,
        pystr::intern("struct_time"),
        STRUCT_TIME_TYPE.as_value(),
    )?;
    dict::set_item(&d, pystr::intern("_STRUCT_TM_ITEMS"), int::from_i64(11))?;
    calendar::set_zone_info(&d)?;
    new_module("time", d)
}
