//! The `_thread` module: thread identity and the lock types (`lock`,
//! `RLock`) that `threading` builds on. Locks are real (a mutex and a
//! condition variable), so they stay correct if Python code ever runs on
//! several OS threads; starting threads (`start_new_thread`,
//! `start_joinable_thread`) is not provided yet.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use taipan_vm::interp::classes::{new_wrapper, STATICMETHOD_TYPE};
use taipan_vm::interp::objects::{base_slots, native, native_method, new_module, NativeFn};
use taipan_vm::interp::{modules, run_code, type_error};
use taipan_vm::object::payload::dealloc_box;
use taipan_vm::object::refcount::current_tid;
use taipan_vm::object::{PyPayload, Slots};
use taipan_vm::types::exceptions::{OVERFLOW_ERROR, RUNTIME_ERROR, VALUE_ERROR};
use taipan_vm::types::object::{address, OBJECT_TYPE};
use taipan_vm::types::{dict, float, int, singletons, str as pystr, tuple};
use taipan_vm::{ObjHeader, PyErr, PyResult, TypeObject, Value};

/// The largest timeout `acquire` accepts, in seconds (CPython's, from its
/// nanosecond clock type).
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// What a blocking acquire waits for: `None` forever.
type Deadline = Option<Duration>;

fn no_args(name: &str, a: &[Value]) -> PyResult<()> {
    if a.is_empty() {
        return Ok(());
    }
    Err(type_error(format!(
        "{name}() takes no arguments ({} given)",
        a.len()
    )))
}

fn lock_state<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the guard cannot leave the state inconsistent
    // (every update is a single assignment), so poisoning is ignored.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// `acquire(blocking=True, timeout=-1)`'s arguments (after `self`): whether
/// to wait, and for how long.
fn acquire_args(a: &[Value], kwnames: &[Value]) -> PyResult<Option<Deadline>> {
    let npos = a.len() - kwnames.len();
    if npos > 3 {
        return Err(type_error(format!(
            "acquire() takes at most 2 arguments ({} given)",
            npos - 1
        )));
    }
    let (mut blocking, mut timeout) =
        (a.get(1).filter(|_| npos > 1), a.get(2).filter(|_| npos > 2));
    for (k, v) in kwnames.iter().zip(&a[npos..]) {
        match pystr::as_str(k) {
            Some("blocking") if blocking.is_none() => blocking = Some(v),
            Some("timeout") if timeout.is_none() => timeout = Some(v),
            Some(n @ ("blocking" | "timeout")) => {
                return Err(type_error(format!(
                    "argument for acquire() given by name ('{n}') and position"
                )))
            }
            _ => {
                return Err(type_error(format!(
                    "acquire() got an unexpected keyword argument '{}'",
                    pystr::to_string_lossy(k)
                )))
            }
        }
    }
    let blocking = match blocking {
        Some(b) => taipan_vm::ops::truthy(b)?,
        None => true,
    };
    let seconds = match timeout {
        None => -1.0,
        Some(t) => match float::as_f64(t) {
            Some(f) => f,
            None => match int::as_int(t) {
                Some(i) => i.to_f64()?,
                None => {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer or float",
                        t.type_of().name
                    )))
                }
            },
        },
    };
    if !blocking && seconds != -1.0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if seconds < 0.0 && seconds != -1.0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "timeout value must be a non-negative number",
        ));
    }
    if seconds * 1e9 >= i64::MAX as f64 || seconds.is_nan() {
        return Err(PyErr::new(
            &OVERFLOW_ERROR,
            "timestamp out of range for C PyTime_t",
        ));
    }
    if seconds > TIMEOUT_MAX {
        return Err(PyErr::new(&OVERFLOW_ERROR, "timeout value is too large"));
    }
    Ok(if !blocking {
        None
    } else if seconds < 0.0 {
        Some(None)
    } else {
        Some(Some(Duration::from_secs_f64(seconds)))
    })
}

/// Waits on `cv` until `free(state)`; `None` as `wait` does not wait.
/// Returns the guard when the state became free in time.
fn wait_until<'a, T>(
    cv: &Condvar,
    mut guard: MutexGuard<'a, T>,
    wait: Option<Deadline>,
    free: impl Fn(&T) -> bool,
) -> Option<MutexGuard<'a, T>> {
    if free(&guard) {
        return Some(guard);
    }
    match wait {
        None => None,
        Some(None) => {
            while !free(&guard) {
                guard = cv.wait(guard).unwrap_or_else(|e| e.into_inner());
            }
            Some(guard)
        }
        Some(Some(d)) => {
            let (g, _) = cv
                .wait_timeout_while(guard, d, |s| !free(s))
                .unwrap_or_else(|e| e.into_inner());
            free(&g).then_some(g)
        }
    }
}

// ---------------------------------------------------------------- lock

/// `_thread.lock`: a non-reentrant lock any thread may release.
#[repr(C)]
pub struct LockObject {
    header: ObjHeader,
    locked: Mutex<bool>,
    released: Condvar,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for LockObject {
    fn type_object() -> &'static TypeObject {
        &LOCK_TYPE
    }
}

pub static LOCK_TYPE: TypeObject = TypeObject::new_static_in(
    "_thread",
    "lock",
    Some(&OBJECT_TYPE),
    0,
    Slots {
        repr: Some(lock_repr),
        ..base_slots(dealloc_box::<LockObject>)
    },
);

fn new_lock() -> Value {
    Value::from_box(Box::new(LockObject {
        header: ObjHeader::new(&LOCK_TYPE),
        locked: Mutex::new(false),
        released: Condvar::new(),
    }))
}

fn this_lock(v: &Value) -> PyResult<&LockObject> {
    v.downcast::<LockObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_thread.lock' object but received '{}'",
            v.type_of().name
        ))
    })
}

fn lock_repr(v: &Value) -> PyResult<Value> {
    let l = this_lock(v)?;
    let state = if *lock_state(&l.locked) {
        "locked"
    } else {
        "unlocked"
    };
    Ok(pystr::new(&format!(
        "<{state} _thread.lock object at {:#x}>",
        address(v)
    )))
}

fn lock_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(type_error("lock() takes no keyword arguments"));
    }
    taipan_vm::interp::builtins::check_count("", "lock", a.len() - 1, 0, 0)?;
    Ok(new_lock())
}

fn lock_acquire(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let l = this_lock(&a[0])?;
    let wait = acquire_args(a, k)?;
    let got = match wait_until(&l.released, lock_state(&l.locked), wait, |held| !*held) {
        Some(mut g) => {
            *g = true;
            true
        }
        None => false,
    };
    Ok(singletons::bool(got))
}

fn lock_release(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = this_lock(&a[0])?;
    let mut held = lock_state(&l.locked);
    if !*held {
        return Err(PyErr::new(&RUNTIME_ERROR, "release unlocked lock"));
    }
    *held = false;
    drop(held);
    l.released.notify_one();
    Ok(singletons::none())
}

fn lock_exit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    lock_release(&a[..1], k)
}

fn lock_locked(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("lock.locked", &a[1..])?;
    let l = this_lock(&a[0])?;
    Ok(singletons::bool(*lock_state(&l.locked)))
}

/// `_at_fork_reinit()`: a fresh, unlocked state.
fn lock_reinit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = this_lock(&a[0])?;
    *lock_state(&l.locked) = false;
    Ok(singletons::none())
}

// ---------------------------------------------------------------- RLock

/// `_thread.RLock`: a lock its owner thread may acquire again; released
/// when every acquire has been matched.
#[repr(C)]
pub struct RLockObject {
    header: ObjHeader,
    /// (owner thread id, 0 when free; recursion count)
    state: Mutex<(u64, u64)>,
    released: Condvar,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for RLockObject {
    fn type_object() -> &'static TypeObject {
        &RLOCK_TYPE
    }
}

pub static RLOCK_TYPE: TypeObject = TypeObject::new_static_in(
    "_thread",
    "RLock",
    Some(&OBJECT_TYPE),
    0,
    Slots {
        repr: Some(rlock_repr),
        ..base_slots(dealloc_box::<RLockObject>)
    },
);

fn this_rlock(v: &Value) -> PyResult<&RLockObject> {
    v.downcast::<RLockObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_thread.RLock' object but received '{}'",
            v.type_of().name
        ))
    })
}

fn ident() -> u64 {
    u64::from(current_tid())
}

fn rlock_repr(v: &Value) -> PyResult<Value> {
    let r = this_rlock(v)?;
    let (owner, count) = *lock_state(&r.state);
    let state = if count > 0 { "locked" } else { "unlocked" };
    Ok(pystr::new(&format!(
        "<{state} _thread.RLock object owner={owner} count={count} at {:#x}>",
        address(v)
    )))
}

/// `RLock(*args, **kwargs)`: the arguments are ignored, as CPython does.
fn rlock_new(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(Value::from_box(Box::new(RLockObject {
        header: ObjHeader::new(&RLOCK_TYPE),
        state: Mutex::new((0, 0)),
        released: Condvar::new(),
    })))
}

fn rlock_acquire(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let r = this_rlock(&a[0])?;
    let wait = acquire_args(a, k)?;
    let me = ident();
    let mut g = lock_state(&r.state);
    if g.0 == me && g.1 > 0 {
        g.1 =
            g.1.checked_add(1)
                .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "Internal lock count overflowed"))?;
        return Ok(singletons::true_());
    }
    let got = match wait_until(&r.released, g, wait, |s| s.1 == 0) {
        Some(mut g) => {
            *g = (me, 1);
            true
        }
        None => false,
    };
    Ok(singletons::bool(got))
}

fn not_owned() -> PyErr {
    PyErr::new(&RUNTIME_ERROR, "cannot release un-acquired lock")
}

fn rlock_release(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let r = this_rlock(&a[0])?;
    let mut g = lock_state(&r.state);
    if g.0 != ident() || g.1 == 0 {
        return Err(not_owned());
    }
    g.1 -= 1;
    if g.1 == 0 {
        g.0 = 0;
        drop(g);
        r.released.notify_one();
    }
    Ok(singletons::none())
}

fn rlock_exit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    rlock_release(&a[..1], k)
}

fn rlock_locked(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("RLock.locked", &a[1..])?;
    Ok(singletons::bool(
        lock_state(&this_rlock(&a[0])?.state).1 > 0,
    ))
}

fn rlock_is_owned(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let (owner, count) = *lock_state(&this_rlock(&a[0])?.state);
    Ok(singletons::bool(count > 0 && owner == ident()))
}

fn rlock_recursion_count(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let (owner, count) = *lock_state(&this_rlock(&a[0])?.state);
    Ok(int::from_i64(if owner == ident() {
        count as i64
    } else {
        0
    }))
}

/// `_release_save()`: releases completely; returns `(count, owner)` for
/// `_acquire_restore` (`threading.Condition.wait`).
fn rlock_release_save(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let r = this_rlock(&a[0])?;
    let mut g = lock_state(&r.state);
    if g.1 == 0 {
        return Err(not_owned());
    }
    let (owner, count) = std::mem::take(&mut *g);
    drop(g);
    r.released.notify_one();
    Ok(tuple::new(vec![
        int::from_i64(count as i64),
        int::from_i64(owner as i64),
    ]))
}

fn rlock_acquire_restore(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let r = this_rlock(&a[0])?;
    taipan_vm::interp::builtins::check_count("", "_acquire_restore", a.len() - 1, 1, 1)?;
    let saved = match a[1].downcast::<tuple::TupleObject>() {
        Some(_) if tuple::items(&a[1]).len() == 2 => tuple::items(&a[1]),
        _ => {
            return Err(type_error(format!(
                "_acquire_restore() argument 1 must be 2-item tuple, not {}",
                a[1].type_of().name
            )))
        }
    };
    let num = |i: usize| {
        saved[i]
            .as_small_int()
            .and_then(|n| u64::try_from(n).ok())
            .ok_or_else(|| type_error("an integer is required"))
    };
    let (count, owner) = (num(0)?, num(1)?);
    let g = wait_until(&r.released, lock_state(&r.state), Some(None), |s| s.1 == 0);
    if let Some(mut g) = g {
        *g = (owner, count);
    }
    Ok(singletons::none())
}

fn rlock_reinit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    *lock_state(&this_rlock(&a[0])?.state) = (0, 0);
    Ok(singletons::none())
}

// ---------------------------------------------------------------- module functions

fn allocate_lock(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("_thread.allocate_lock", a)?;
    Ok(new_lock())
}

fn get_ident(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("_thread.get_ident", a)?;
    Ok(int::from_i64(ident() as i64))
}

/// The OS's id of the calling thread (Linux: `/proc/thread-self`), else
/// the interpreter's.
fn get_native_id(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("_thread.get_native_id", a)?;
    let native = std::fs::read_link("/proc/thread-self").ok().and_then(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.parse::<i64>().ok())
    });
    Ok(int::from_i64(native.unwrap_or(ident() as i64)))
}

/// `_count()`: threads started by `_thread` still running (none can be).
fn count(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("_thread._count", a)?;
    Ok(int::from_i64(0))
}

fn stack_size(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    taipan_vm::interp::builtins::check_count("_thread.", "stack_size", a.len(), 0, 1)?;
    Ok(int::from_i64(0))
}

/// The thread that first imported `_thread` (the one running `__main__`).
static MAIN_THREAD: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

fn get_main_thread_ident(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("_thread._get_main_thread_ident", a)?;
    Ok(int::from_i64(*MAIN_THREAD.get_or_init(ident) as i64))
}

/// Taipan has one interpreter per process.
fn is_main_interpreter(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("_thread._is_main_interpreter", a)?;
    Ok(singletons::true_())
}

fn daemon_threads_allowed(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("_thread.daemon_threads_allowed", a)?;
    Ok(singletons::true_())
}

/// The parts of `_thread` written in Python: `_local` (only one thread
/// runs Python code, so each object is one plain namespace) and the thread
/// handles `threading` binds at import.
const LOCAL_SOURCE: &str = r#"
class _local:
    """Thread-local data"""
    __module__ = "_thread"


class _ThreadHandle:
    """A thread's handle (`threading.Thread._os_thread_handle`). Taipan
    starts no OS threads yet, so only the main thread's handle is live."""
    __module__ = "_thread"

    def __init__(self, ident=0):
        self.ident = ident
        self._done = False

    def is_done(self):
        return self._done

    def _set_done(self):
        self._done = True

    def join(self, timeout=None):
        if self.ident == get_ident() and not self._done:
            raise RuntimeError("Cannot join current thread")


def _make_thread_handle(ident):
    return _ThreadHandle(ident)


def start_joinable_thread(function, handle=None, daemon=True):
    # Threads need the VM's thread support, which Taipan lacks yet.
    raise RuntimeError("can't start new thread")


def _shutdown():
    pass
"#;

fn install_methods(ty: &'static TypeObject, methods: &[(&'static str, NativeFn)]) -> PyResult<()> {
    for (name, f) in methods {
        dict::set_item(ty.dict(), pystr::intern(name), native_method(ty, name, *f))?;
    }
    Ok(())
}

pub(crate) fn module() -> PyResult<Value> {
    install_methods(
        &LOCK_TYPE,
        &[
            ("acquire", lock_acquire),
            ("acquire_lock", lock_acquire),
            ("release", lock_release),
            ("release_lock", lock_release),
            ("locked", lock_locked),
            ("locked_lock", lock_locked),
            ("__enter__", lock_acquire),
            ("__exit__", lock_exit),
            ("_at_fork_reinit", lock_reinit),
        ],
    )?;
    install_methods(
        &RLOCK_TYPE,
        &[
            ("acquire", rlock_acquire),
            ("release", rlock_release),
            ("locked", rlock_locked),
            ("__enter__", rlock_acquire),
            ("__exit__", rlock_exit),
            ("_is_owned", rlock_is_owned),
            ("_recursion_count", rlock_recursion_count),
            ("_release_save", rlock_release_save),
            ("_acquire_restore", rlock_acquire_restore),
            ("_at_fork_reinit", rlock_reinit),
        ],
    )?;
    for (ty, new) in [(&LOCK_TYPE, lock_new as NativeFn), (&RLOCK_TYPE, rlock_new)] {
        let f = new_wrapper(&STATICMETHOD_TYPE, native("__new__", new));
        dict::set_item(ty.dict(), pystr::intern("__new__"), f)?;
    }
    MAIN_THREAD.get_or_init(ident);
    let d = dict::new();
    let set = |k: &str, v: Value| dict::set_item(&d, pystr::intern(k), v);
    set("__name__", pystr::new("_thread"))?;
    set("lock", LOCK_TYPE.as_value())?;
    set("LockType", LOCK_TYPE.as_value())?;
    set("RLock", RLOCK_TYPE.as_value())?;
    set("error", RUNTIME_ERROR.as_value())?;
    set("TIMEOUT_MAX", float::new(TIMEOUT_MAX))?;
    let fns: [(&'static str, NativeFn); 9] = [
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("_get_main_thread_ident", get_main_thread_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("daemon_threads_allowed", daemon_threads_allowed),
        ("_is_main_interpreter", is_main_interpreter),
    ];
    for (name, f) in fns {
        set(name, native(name, f))?;
    }
    let code = modules::compile_source(LOCAL_SOURCE.as_bytes(), "<frozen _thread>")?;
    run_code(code, &d, None)?;
    new_module("_thread", d)
}
