//! The `sys` module.

use super::*;

pub(super) static SYS: OnceLock<Value> = OnceLock::new();

pub(super) fn s(v: &Value) -> String {
    pystr::to_string_lossy(v)
}

pub(super) fn module_dict(m: &Value) -> Value {
    m.downcast::<ModuleObject>().expect("module").dict.clone()
}

/// `sys.modules`.
pub fn sys_modules() -> Value {
    dict::get_item(&module_dict(sys()), &pystr::intern("modules"))
        .ok()
        .flatten()
        .unwrap_or_else(dict::new)
}

pub(super) fn set(d: &Value, k: &str, v: Value) {
    let _ = dict::set_item(d, pystr::intern(k), v);
}

pub(super) fn stream_write_out(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    write_stdout(&t);
    Ok(int::from_i64(t.chars().count() as i64))
}
pub(super) fn stream_write_err(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    write_stderr(&t);
    Ok(int::from_i64(t.chars().count() as i64))
}
pub(super) fn stream_flush(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    Ok(singletons::none())
}

pub(super) fn sys_exit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Err(PyErr::with_args(&exceptions::SYSTEM_EXIT, a.to_vec()))
}
pub(super) fn sys_getrecursionlimit(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(crate::interp::recursion_limit() as i64))
}
pub(super) fn sys_setrecursionlimit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = a
        .first()
        .and_then(Value::as_small_int)
        .ok_or_else(|| type_error("'float' object cannot be interpreted as an integer"))?;
    if n < 1 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "recursion limit must be greater or equal than 1",
        ));
    }
    crate::interp::set_recursion_limit(n as usize);
    Ok(singletons::none())
}
pub(super) fn sys_exception(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(crate::interp::handled_exception().unwrap_or_else(singletons::none))
}
pub(super) fn sys_exc_info(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(match crate::interp::handled_exception() {
        Some(e) => tuple::new(vec![
            e.type_of().as_value(),
            e.clone(),
            attrs::exc_traceback(&e),
        ]),
        None => tuple::new(vec![
            singletons::none(),
            singletons::none(),
            singletons::none(),
        ]),
    })
}
pub(super) fn sys_intern(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::intern_value(a[0].clone()))
}
pub(super) fn sys_getrefcount(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(a[0].refcount()))
}

pub(super) fn namespace(name: &str, items: Vec<(&str, Value)>) -> Value {
    let d = dict::new();
    for (k, v) in items {
        set(&d, k, v);
    }
    new_module(name, d).expect("module")
}

/// The `sys` module.
pub fn sys() -> &'static Value {
    SYS.get_or_init(|| {
        let d = dict::new();
        let fns: &[(&'static str, crate::interp::objects::NativeFn)] = &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("exception", sys_exception),
            ("exc_info", sys_exc_info),
            ("intern", sys_intern),
            ("getrefcount", sys_getrefcount),
        ];
        for (n, f) in fns {
            set(&d, n, native(n, *f));
        }
        let out = namespace(
            "stdout",
            vec![
                ("write", native("write", stream_write_out)),
                ("flush", native("flush", stream_flush)),
            ],
        );
        let err = namespace(
            "stderr",
            vec![
                ("write", native("write", stream_write_err)),
                ("flush", native("flush", stream_flush)),
            ],
        );
        set(&d, "stdout", out.clone());
        set(&d, "stderr", err.clone());
        set(&d, "__stdout__", out);
        set(&d, "__stderr__", err);
        set(&d, "argv", list::new(Vec::new()));
        set(&d, "path", list::new(Vec::new()));
        set(&d, "modules", dict::new());
        set(&d, "maxsize", int::from_i64(i64::MAX));
        set(&d, "platform", pystr::new("linux"));
        set(&d, "byteorder", pystr::new("little"));
        set(&d, "version", pystr::new("3.14.0 (taipan)"));
        set(&d, "dont_write_bytecode", singletons::true_());
        let vi: Vec<Value> = vec![
            int::from_i64(3),
            int::from_i64(14),
            int::from_i64(0),
            pystr::new("final"),
            int::from_i64(0),
        ];
        set(&d, "version_info", tuple::new(vi.clone()));
        set(
            &d,
            "implementation",
            namespace(
                "implementation",
                vec![
                    ("name", pystr::new("taipan")),
                    ("version", tuple::new(vi)),
                    ("cache_tag", singletons::none()),
                ],
            ),
        );
        let m = new_module("sys", d).expect("sys");
        if let Some(h) = m.header() {
            h.make_immortal();
        }
        m
    })
}

/// Sets `sys.argv` and `sys.path[0]` for the main script.
pub fn init_main(argv: &[String], script_dir: &str) -> PyResult<()> {
    let d = module_dict(sys());
    dict::set_item(
        &d,
        pystr::intern("argv"),
        list::new(argv.iter().map(|a| pystr::new(a)).collect()),
    )?;
    dict::set_item(
        &d,
        pystr::intern("path"),
        list::new(vec![pystr::new(script_dir)]),
    )?;
    let mods = sys_modules();
    dict::set_item(&mods, pystr::intern("sys"), sys().clone())?;
    dict::set_item(
        &mods,
        pystr::intern("builtins"),
        new_module("builtins", crate::interp::builtins::builtins().clone())?,
    )?;
    Ok(())
}
