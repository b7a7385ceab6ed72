//! The `_signal` module: signal numbers, handlers and masks.
//!
//! Taipan's VM has no eval-breaker yet, so a Python handler cannot run at
//! an arbitrary bytecode boundary. Instead the OS-level handler only marks
//! the signal pending, and pending handlers run at the next call into this
//! module (`raise_signal`, `signal`, `getsignal`, `alarm`, ...) or to
//! `os.kill`.
//! `raise_signal` of a signal with a Python handler calls that handler
//! directly, as CPython would right after `raise()` returns. SIGINT keeps
//! the OS default while its handler is `default_int_handler`, so Ctrl-C
//! still stops a program that never calls back in.

use std::ffi::c_int;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Mutex;

use taipan_vm::interp::attrs::collect;
use taipan_vm::interp::frame_object::getframe;
use taipan_vm::interp::objects::{native, new_module};
use taipan_vm::interp::{call_object, type_error};
use taipan_vm::types::exceptions::{KEYBOARD_INTERRUPT, VALUE_ERROR};
use taipan_vm::types::{dict, int, set, singletons, str as pystr};
use taipan_vm::{ops, PyErr, PyResult, TypeObject, Value};

use crate::args::{bind, index_ssize};
use crate::posix::error::{last_error, os_error};

/// One more than the largest signal number (Linux: 64 real-time included).
const NSIG: usize = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

const SIGNALS: &[(&str, c_int)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

/// The Python-level handler of each signal; `None` until `signal()` sets
/// one (the OS disposition answers until then).
static HANDLERS: Mutex<Vec<Option<Value>>> = Mutex::new(Vec::new());

/// Signals caught by [`on_signal`] whose Python handler has not run yet.
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// The fd `set_wakeup_fd` last stored (-1: none).
static WAKEUP_FD: AtomicI64 = AtomicI64::new(-1);

/// The `default_int_handler` function object, made once.
static DEFAULT_INT_HANDLER: std::sync::OnceLock<Value> = std::sync::OnceLock::new();

fn handlers() -> std::sync::MutexGuard<'static, Vec<Option<Value>>> {
    let mut h = HANDLERS.lock().unwrap_or_else(|e| e.into_inner());
    if h.is_empty() {
        h.resize(NSIG, None);
    }
    h
}

extern "C" fn on_signal(sig: c_int) {
    // Only an atomic store: safe in a signal handler.
    if let Some(p) = usize::try_from(sig).ok().and_then(|s| PENDING.get(s)) {
        p.store(true, Ordering::SeqCst);
    }
}

fn default_int_handler_obj() -> Value {
    DEFAULT_INT_HANDLER
        .get_or_init(|| native("default_int_handler", default_int_handler))
        .clone()
}

fn default_int_handler(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Err(PyErr::with_args(&KEYBOARD_INTERRUPT, Vec::new()))
}

fn out_of_range() -> PyErr {
    PyErr::new(&VALUE_ERROR, "signal number out of range")
}

/// A signal number argument, checked to be in `1..NSIG`.
fn signum(v: &Value) -> PyResult<c_int> {
    let n = index_ssize(v)?;
    if (1..NSIG as i64).contains(&n) {
        Ok(n as c_int)
    } else {
        Err(out_of_range())
    }
}

/// The handler Python sees for `sig`: the one set, or the OS disposition
/// at startup (SIG_IGN or SIG_DFL; SIGINT's is `default_int_handler`).
fn current_handler(sig: c_int) -> Value {
    if let Some(h) = handlers()[sig as usize].clone() {
        return h;
    }
    if sig == libc::SIGINT {
        return default_int_handler_obj();
    }
    // SAFETY: querying with a null new action only reads the disposition
    // into `old`, a zeroed sigaction owned here.
    let ignored = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN
    };
    int::from_i64(if ignored { SIG_IGN } else { SIG_DFL })
}

/// Runs the Python handlers of the signals caught since the last call
/// (`os.kill` calls it too: a signal sent to this process arrives before
/// kill() returns).
pub(crate) fn run_pending() -> PyResult<()> {
    for (sig, p) in PENDING.iter().enumerate() {
        if p.swap(false, Ordering::SeqCst) {
            let h = current_handler(sig as c_int);
            if is_python_handler(&h) {
                call_handler(&h, sig as i64)?;
            }
        }
    }
    Ok(())
}

/// Calls a Python handler with the signal number and the running frame.
fn call_handler(h: &Value, sig: i64) -> PyResult<Value> {
    let frame = getframe(0).unwrap_or_else(|_| singletons::none());
    call_object(h, &[int::from_i64(sig), frame], &[])
}

fn is_callable(v: &Value) -> bool {
    v.type_of().slots.call.is_some() || v.downcast::<TypeObject>().is_some()
}

fn is_python_handler(h: &Value) -> bool {
    int::as_int(h).is_none() && is_callable(h)
}

fn set_os_handler(sig: c_int, action: libc::sighandler_t) -> PyResult<()> {
    // SAFETY: `action` is SIG_DFL, SIG_IGN or `on_signal`, which only does
    // an atomic store.
    if unsafe { libc::signal(sig, action) } == libc::SIG_ERR {
        return Err(last_error(None));
    }
    Ok(())
}

/// `signal(signalnum, handler)`: sets the handler, returns the old one.
fn m_signal(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("signal", a, k, &["signalnum", "handler"], 2, 2)?;
    let sig = signum(p[0].as_ref().expect("required"))?;
    let handler = p[1].as_ref().expect("required").clone();
    let action = if ops::eq(&handler, &int::from_i64(SIG_IGN))? {
        libc::SIG_IGN
    } else if ops::eq(&handler, &int::from_i64(SIG_DFL))? {
        libc::SIG_DFL
    } else if !is_callable(&handler) {
        return Err(type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    } else if sig == libc::SIGINT && handler.is(&default_int_handler_obj()) {
        libc::SIG_DFL
    } else {
        on_signal as extern "C" fn(c_int) as libc::sighandler_t
    };
    run_pending()?;
    let old = current_handler(sig);
    set_os_handler(sig, action)?;
    handlers()[sig as usize] = Some(handler);
    Ok(old)
}

fn getsignal(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("getsignal", a, k, &["signalnum"], 1, 1)?;
    let sig = signum(p[0].as_ref().expect("required"))?;
    run_pending()?;
    Ok(current_handler(sig))
}

/// `raise_signal(signalnum)`: a Python handler runs now; otherwise the
/// OS acts on the signal.
fn raise_signal(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("raise_signal", a, k, &["signalnum"], 1, 1)?;
    let n = index_ssize(p[0].as_ref().expect("required"))?;
    let sig = c_int::try_from(n).map_err(|_| os_error(libc::EINVAL, None, None))?;
    if (1..NSIG as c_int).contains(&sig) {
        let h = current_handler(sig);
        if is_python_handler(&h) {
            run_pending()?;
            call_handler(&h, n)?;
            return Ok(singletons::none());
        }
    }
    // SAFETY: raise() has no memory preconditions.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(last_error(None));
    }
    run_pending()?;
    Ok(singletons::none())
}

fn strsignal(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("strsignal", a, k, &["signalnum"], 1, 1)?;
    let sig = signum(p[0].as_ref().expect("required"))?;
    // SAFETY: strsignal returns a pointer to a NUL-terminated string valid
    // until the next call; it is copied at once (one thread runs Python).
    let text = unsafe {
        let s = libc::strsignal(sig);
        (!s.is_null()).then(|| std::ffi::CStr::from_ptr(s).to_string_lossy().into_owned())
    };
    Ok(match text {
        Some(t) if !t.starts_with("Unknown signal") => pystr::new(&t),
        _ => singletons::none(),
    })
}

/// A `sigset_t` as the set of its signal numbers.
fn sigset_to_set(s: &libc::sigset_t) -> PyResult<Value> {
    let mut items = Vec::new();
    for sig in 1..NSIG as c_int {
        // SAFETY: `s` is an initialised sigset_t.
        if unsafe { libc::sigismember(s, sig) } == 1 {
            items.push(int::from_i64(sig.into()));
        }
    }
    set::new_set(items)
}

fn empty_sigset() -> libc::sigset_t {
    // SAFETY: sigemptyset initialises the zeroed set it is given.
    unsafe {
        let mut s: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut s);
        s
    }
}

fn valid_signals(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut s = empty_sigset();
    // SAFETY: `s` is an initialised sigset_t owned here.
    unsafe { libc::sigfillset(&mut s) };
    sigset_to_set(&s)
}

/// `pthread_sigmask(how, mask)`: changes the blocked signals, returns the
/// previous set.
fn pthread_sigmask(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("pthread_sigmask", a, k, &["how", "mask"], 2, 2)?;
    let how = index_ssize(p[0].as_ref().expect("required"))?;
    let mut mask = empty_sigset();
    for v in collect(p[1].as_ref().expect("required"))? {
        let sig = signum(&v)?;
        // SAFETY: `mask` is initialised and `sig` in range.
        unsafe { libc::sigaddset(&mut mask, sig) };
    }
    let mut old = empty_sigset();
    let how = c_int::try_from(how).map_err(|_| os_error(libc::EINVAL, None, None))?;
    // SAFETY: both sets are initialised sigset_t values owned here.
    let rc = unsafe { libc::pthread_sigmask(how, &mask, &mut old) };
    if rc != 0 {
        return Err(os_error(rc, None, None));
    }
    run_pending()?;
    sigset_to_set(&old)
}

/// `set_wakeup_fd(fd, /, *, warn_on_full_buffer=True)`: records the fd
/// and returns the previous one. Nothing writes to it yet: handlers run
/// synchronously (see the module comment).
fn set_wakeup_fd(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("set_wakeup_fd", a, k, &["fd", "warn_on_full_buffer"], 1, 1)?;
    let fd = index_ssize(p[0].as_ref().expect("required"))?;
    if fd != -1 {
        let fd = c_int::try_from(fd)
            .map_err(|_| PyErr::new(&VALUE_ERROR, format!("invalid fd: {fd}")))?;
        // SAFETY: fstat writes only into the zeroed stat owned here.
        let ok = unsafe {
            let mut st: libc::stat = std::mem::zeroed();
            libc::fstat(fd, &mut st) == 0
        };
        if !ok {
            return Err(last_error(None));
        }
    }
    Ok(int::from_i64(WAKEUP_FD.swap(fd, Ordering::Relaxed)))
}

fn alarm(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("alarm", a, k, &["seconds"], 1, 1)?;
    let secs = index_ssize(p[0].as_ref().expect("required"))?;
    run_pending()?;
    // SAFETY: alarm() has no memory preconditions.
    let left = unsafe { libc::alarm(secs.clamp(0, u32::MAX.into()) as u32) };
    Ok(int::from_i64(left.into()))
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let set = |name: &str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    for &(name, num) in SIGNALS {
        set(name, int::from_i64(num.into()))?;
    }
    let ints: &[(&str, i64)] = &[
        ("SIGRTMIN", libc::SIGRTMIN().into()),
        ("SIGRTMAX", libc::SIGRTMAX().into()),
        ("NSIG", NSIG as i64),
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("SIG_BLOCK", libc::SIG_BLOCK.into()),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK.into()),
        ("SIG_SETMASK", libc::SIG_SETMASK.into()),
    ];
    for &(name, v) in ints {
        set(name, int::from_i64(v))?;
    }
    let funcs: &[(&'static str, taipan_vm::interp::objects::NativeFn)] = &[
        ("signal", m_signal),
        ("getsignal", getsignal),
        ("raise_signal", raise_signal),
        ("strsignal", strsignal),
        ("valid_signals", valid_signals),
        ("pthread_sigmask", pthread_sigmask),
        ("set_wakeup_fd", set_wakeup_fd),
        ("alarm", alarm),
    ];
    for &(name, f) in funcs {
        set(name, native(name, f))?;
    }
    set("default_int_handler", default_int_handler_obj())?;
    new_module("_signal", d)
}
