//! `sys.monitoring` (PEP 669) as far as Taipan has it: the event numbers,
//! tool ids and the tool registry, so that `bdb`, `pdb` and `doctest`
//! import and can register. Taipan's VM has no instrumentation yet, so no
//! event is ever delivered to a registered callback.

use std::sync::Mutex;

use taipan_vm::interp::attrs::setattr;
use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::modules::sys;
use taipan_vm::interp::namespace::new_namespace;
use taipan_vm::interp::objects::{native, new_module};
use taipan_vm::interp::{call_object, type_error};
use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{dict, int, singletons, str as pystr};
use taipan_vm::{PyErr, PyResult, Value};

use crate::args::index_ssize;

const TOOL_IDS: usize = 6;

const EVENTS: &[(&str, i64)] = &[
    ("NO_EVENTS", 0),
    ("PY_START", 1),
    ("PY_RESUME", 2),
    ("PY_RETURN", 4),
    ("PY_YIELD", 8),
    ("CALL", 16),
    ("LINE", 32),
    ("INSTRUCTION", 64),
    ("JUMP", 128),
    ("BRANCH_LEFT", 256),
    ("BRANCH_RIGHT", 512),
    ("STOP_ITERATION", 1024),
    ("RAISE", 2048),
    ("EXCEPTION_HANDLED", 4096),
    ("PY_UNWIND", 8192),
    ("PY_THROW", 16384),
    ("RERAISE", 32768),
    ("C_RETURN", 65536),
    ("C_RAISE", 131072),
    ("BRANCH", 262144),
];

/// Per tool id: its name once `use_tool_id` claimed it, and its events.
struct Tool {
    name: Value,
    events: i64,
}

static TOOLS: Mutex<Vec<Option<Tool>>> = Mutex::new(Vec::new());

fn tools() -> std::sync::MutexGuard<'static, Vec<Option<Tool>>> {
    let mut t = TOOLS.lock().unwrap_or_else(|e| e.into_inner());
    if t.is_empty() {
        t.resize_with(TOOL_IDS, || None);
    }
    t
}

fn tool_id(v: &Value) -> PyResult<usize> {
    let id = index_ssize(v)?;
    usize::try_from(id)
        .ok()
        .filter(|i| *i < TOOL_IDS)
        .ok_or_else(|| {
            PyErr::new(
                &VALUE_ERROR,
                format!("invalid tool {id} (must be between 0 and 5)"),
            )
        })
}

fn args<'a>(name: &str, a: &'a [Value], k: &[Value], n: usize) -> PyResult<&'a [Value]> {
    crate::args::no_keywords(name, k)?;
    check_count("", name, a.len(), n, n)?;
    Ok(a)
}

fn not_in_use(id: usize) -> PyErr {
    PyErr::new(&VALUE_ERROR, format!("tool {id} is not in use"))
}

fn use_tool_id(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let a = args("use_tool_id", a, k, 2)?;
    let id = tool_id(&a[0])?;
    if pystr::as_str(&a[1]).is_none() {
        return Err(type_error("tool name must be a str"));
    }
    let mut t = tools();
    if t[id].is_some() {
        return Err(PyErr::new(
            &VALUE_ERROR,
            format!("tool {id} is already in use"),
        ));
    }
    t[id] = Some(Tool {
        name: a[1].clone(),
        events: 0,
    });
    Ok(singletons::none())
}

fn get_tool(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let id = tool_id(&args("get_tool", a, k, 1)?[0])?;
    Ok(tools()[id]
        .as_ref()
        .map_or_else(singletons::none, |t| t.name.clone()))
}

/// `clear_tool_id(id)`: drops the tool's events (and callbacks).
fn clear_tool_id(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let id = tool_id(&args("clear_tool_id", a, k, 1)?[0])?;
    if let Some(t) = tools()[id].as_mut() {
        t.events = 0;
    }
    Ok(singletons::none())
}

fn free_tool_id(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let id = tool_id(&args("free_tool_id", a, k, 1)?[0])?;
    let old = tools()[id].take();
    drop(old);
    Ok(singletons::none())
}

/// `register_callback(id, event, func)`: returns the previous callback;
/// none is kept, as no event is delivered.
fn register_callback(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let a = args("register_callback", a, k, 3)?;
    let id = tool_id(&a[0])?;
    index_ssize(&a[1])?;
    if tools()[id].is_none() {
        return Err(not_in_use(id));
    }
    Ok(singletons::none())
}

fn set_events(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let a = args("set_events", a, k, 2)?;
    let id = tool_id(&a[0])?;
    let events = index_ssize(&a[1])?;
    match tools()[id].as_mut() {
        Some(t) => t.events = events,
        None => return Err(not_in_use(id)),
    }
    Ok(singletons::none())
}

fn get_events(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let id = tool_id(&args("get_events", a, k, 1)?[0])?;
    Ok(int::from_i64(tools()[id].as_ref().map_or(0, |t| t.events)))
}

/// `set_local_events(id, code, events)`: accepted, never delivered.
fn set_local_events(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let a = args("set_local_events", a, k, 3)?;
    let id = tool_id(&a[0])?;
    index_ssize(&a[2])?;
    if tools()[id].is_none() {
        return Err(not_in_use(id));
    }
    Ok(singletons::none())
}

fn get_local_events(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let a = args("get_local_events", a, k, 2)?;
    tool_id(&a[0])?;
    Ok(int::from_i64(0))
}

fn restart_events(a: &[Value], k: &[Value]) -> PyResult<Value> {
    args("restart_events", a, k, 0)?;
    Ok(singletons::none())
}

/// Sets `sys.monitoring`.
pub(crate) fn install() -> PyResult<()> {
    let d = dict::new();
    let set = |name: &str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    let events = EVENTS.iter().map(|&(n, v)| (n, int::from_i64(v))).collect();
    set("events", new_namespace(events))?;
    for (name, id) in [
        ("DEBUGGER_ID", 0),
        ("COVERAGE_ID", 1),
        ("PROFILER_ID", 2),
        ("OPTIMIZER_ID", 5),
    ] {
        set(name, int::from_i64(id))?;
    }
    let sentinel = || call_object(&OBJECT_TYPE.as_value(), &[], &[]);
    set("MISSING", sentinel()?)?;
    set("DISABLE", sentinel()?)?;
    let funcs: &[(&'static str, taipan_vm::interp::objects::NativeFn)] = &[
        ("use_tool_id", use_tool_id),
        ("get_tool", get_tool),
        ("clear_tool_id", clear_tool_id),
        ("free_tool_id", free_tool_id),
        ("register_callback", register_callback),
        ("set_events", set_events),
        ("get_events", get_events),
        ("set_local_events", set_local_events),
        ("get_local_events", get_local_events),
        ("restart_events", restart_events),
    ];
    for &(name, f) in funcs {
        set(name, native(name, f))?;
    }
    let m = new_module("sys.monitoring", d)?;
    setattr(sys(), &pystr::intern("monitoring"), Some(&m))
}
