//! The `atexit` module: functions to call when the program ends, last
//! registered first. The VM runs them through `interp::at_exit` after the
//! main module has finished (or failed).

use std::sync::Mutex;

use taipan_vm::interp::builtins::write_stderr;
use taipan_vm::interp::objects::{native, new_module};
use taipan_vm::interp::{at_exit, call_object, traceback, type_error};
use taipan_vm::types::{dict, int, singletons, str as pystr};
use taipan_vm::{ops, PyResult, Value};

/// A registered call: the function, then its arguments in the vectorcall
/// layout (positional values, keyword values) with the keyword names.
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

static CALLBACKS: Mutex<Vec<Callback>> = Mutex::new(Vec::new());

fn callbacks() -> std::sync::MutexGuard<'static, Vec<Callback>> {
    CALLBACKS.lock().unwrap_or_else(|e| e.into_inner())
}

fn register(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let npos = a.len() - k.len();
    if npos == 0 {
        return Err(type_error(format!(
            "register() takes at least 1 argument ({npos} given)"
        )));
    }
    let func = a[0].clone();
    let callable =
        func.type_of().slots.call.is_some() || func.downcast::<taipan_vm::TypeObject>().is_some();
    if !callable {
        return Err(type_error("the first argument must be callable"));
    }
    callbacks().push(Callback {
        func: func.clone(),
        args: a[1..].to_vec(),
        kwnames: k.to_vec(),
    });
    at_exit(run_exitfuncs);
    Ok(func)
}

/// `unregister(func)`: drops every registration of a function equal to
/// `func`.
fn unregister(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() || a.len() != 1 {
        return Err(type_error(format!(
            "atexit.unregister() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    // Comparisons may run Python code (and register more): compare outside
    // the lock, then remove what matched.
    let funcs: Vec<Value> = callbacks().iter().map(|c| c.func.clone()).collect();
    let mut doomed = Vec::new();
    for f in funcs {
        if ops::eq(&f, &a[0])? {
            doomed.push(f);
        }
    }
    let removed: Vec<Callback> = {
        let mut list = callbacks();
        let (gone, kept) = std::mem::take(&mut *list)
            .into_iter()
            .partition(|c| doomed.iter().any(|d| d.is(&c.func)));
        *list = kept;
        gone
    };
    drop(removed);
    Ok(singletons::none())
}

/// Calls the callbacks, last registered first, reporting their errors.
fn run_exitfuncs() {
    loop {
        let Some(cb) = callbacks().pop() else {
            break;
        };
        if let Err(e) = call_object(&cb.func, &cb.args, &cb.kwnames) {
            let what = ops::repr(&cb.func)
                .map(|r| pystr::to_string_lossy(&r))
                .unwrap_or_default();
            write_stderr(&format!(
                "Exception ignored in atexit callback {what}:\n{}",
                traceback::format_unraisable(e.instance())
            ));
        }
    }
}

fn m_run_exitfuncs(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    run_exitfuncs();
    Ok(singletons::none())
}

fn clear(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let old = std::mem::take(&mut *callbacks());
    drop(old);
    Ok(singletons::none())
}

fn ncallbacks(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(callbacks().len() as i64))
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let set = |name: &'static str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    set("register", native("register", register))?;
    set("unregister", native("unregister", unregister))?;
    set("_run_exitfuncs", native("_run_exitfuncs", m_run_exitfuncs))?;
    set("_clear", native("_clear", clear))?;
    set("_ncallbacks", native("_ncallbacks", ncallbacks))?;
    new_module("atexit", d)
}
