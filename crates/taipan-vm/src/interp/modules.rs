//! The import system (source modules and packages found on `sys.path`,
//! cached in `sys.modules`) and the native modules: `sys`, `math`, and the
//! small part of `os` / `os.path` scripts use to locate files.

use std::sync::OnceLock;

use super::attrs::{self, collect, getattr_str};
use super::builtins::{write_stderr, write_stdout};
use super::objects::{native, new_module, ModuleObject};
use super::type_error;
use crate::error::{PyErr, PyResult};
use crate::object::Value;
use crate::ops;
use crate::types::exceptions::{self, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, VALUE_ERROR};
use crate::types::{dict, float, int, list, singletons, str as pystr, tuple};

static SYS: OnceLock<Value> = OnceLock::new();

fn s(v: &Value) -> String {
    pystr::to_string_lossy(v)
}

fn module_dict(m: &Value) -> Value {
    m.downcast::<ModuleObject>().expect("module").dict.clone()
}

/// `sys.modules`.
pub fn sys_modules() -> Value {
    dict::get_item(&module_dict(sys()), &pystr::intern("modules"))
        .ok()
        .flatten()
        .unwrap_or_else(dict::new)
}

fn set(d: &Value, k: &str, v: Value) {
    let _ = dict::set_item(d, pystr::intern(k), v);
}

fn stream_write_out(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    write_stdout(&t);
    Ok(int::from_i64(t.chars().count() as i64))
}
fn stream_write_err(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    write_stderr(&t);
    Ok(int::from_i64(t.chars().count() as i64))
}
fn stream_flush(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    Ok(singletons::none())
}

fn sys_exit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Err(PyErr::with_args(&exceptions::SYSTEM_EXIT, a.to_vec()))
}
fn sys_getrecursionlimit(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(super::recursion_limit() as i64))
}
fn sys_setrecursionlimit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
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
    super::set_recursion_limit(n as usize);
    Ok(singletons::none())
}
fn sys_exception(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(super::handled_exception().unwrap_or_else(singletons::none))
}
fn sys_exc_info(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(match super::handled_exception() {
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
fn sys_intern(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::intern_value(a[0].clone()))
}
fn sys_getrefcount(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(a[0].refcount()))
}

fn namespace(name: &str, items: Vec<(&str, Value)>) -> Value {
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
        let fns: &[(&'static str, super::objects::NativeFn)] = &[
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
        new_module("builtins", super::builtins::builtins().clone())?,
    )?;
    Ok(())
}

// ---------------------------------------------------------------- math

fn f(v: &Value) -> PyResult<f64> {
    if let Some(x) = float::as_f64(v) {
        return Ok(x);
    }
    if let Some(i) = int::as_int(v) {
        return i.to_f64();
    }
    Err(type_error(format!(
        "must be real number, not {}",
        v.type_of().name
    )))
}
macro_rules! math1 {
    ($($name:ident => $e:expr;)*) => {
        $(fn $name(a: &[Value], _k: &[Value]) -> PyResult<Value> {
            let x = f(a.first().ok_or_else(|| type_error("missing argument"))?)?;
            let g: fn(f64) -> PyResult<Value> = $e;
            g(x)
        })*
    };
}
fn domain() -> PyErr {
    PyErr::new(&VALUE_ERROR, "math domain error")
}
math1! {
    m_sqrt => |x| if x < 0.0 { Err(PyErr::new(&VALUE_ERROR, "expected a nonnegative input, got ".to_string() + &float::repr_f64(x))) } else { Ok(float::new(x.sqrt())) };
    m_floor => |x| float::to_int(x.floor());
    m_ceil => |x| float::to_int(x.ceil());
    m_trunc => |x| float::to_int(x.trunc());
    m_exp => |x| Ok(float::new(x.exp()));
    m_sin => |x| Ok(float::new(x.sin()));
    m_cos => |x| Ok(float::new(x.cos()));
    m_tan => |x| Ok(float::new(x.tan()));
    m_atan => |x| Ok(float::new(x.atan()));
    m_fabs => |x| Ok(float::new(x.abs()));
    m_isnan => |x| Ok(singletons::bool(x.is_nan()));
    m_isinf => |x| Ok(singletons::bool(x.is_infinite()));
    m_isfinite => |x| Ok(singletons::bool(x.is_finite()));
    m_log10 => |x| if x <= 0.0 { Err(domain()) } else { Ok(float::new(x.log10())) };
    m_log2 => |x| if x <= 0.0 { Err(domain()) } else { Ok(float::new(x.log2())) };
    m_degrees => |x| Ok(float::new(x.to_degrees()));
    m_radians => |x| Ok(float::new(x.to_radians()));
}
fn m_log(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = f(&a[0])?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(float::new(match a.get(1) {
        Some(b) => x.ln() / f(b)?.ln(),
        None => x.ln(),
    }))
}
fn m_pow(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(float::new(f(&a[0])?.powf(f(&a[1])?)))
}
fn m_atan2(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(float::new(f(&a[0])?.atan2(f(&a[1])?)))
}
fn m_hypot(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for x in a {
        acc = acc.hypot(f(x)?);
    }
    Ok(float::new(acc))
}
fn m_copysign(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(float::new(f(&a[0])?.copysign(f(&a[1])?)))
}
fn m_isclose(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = a.len() - k.len();
    let (x, y) = (f(&a[0])?, f(&a[1])?);
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (name, v) in k.iter().zip(&a[n..]) {
        match pystr::as_str(name) {
            Some("rel_tol") => rel = f(v)?,
            Some("abs_tol") => abs = f(v)?,
            _ => {}
        }
    }
    if x == y {
        return Ok(singletons::true_());
    }
    let d = (x - y).abs();
    Ok(singletons::bool(
        d <= (rel * y.abs()).max(rel * x.abs()) || d <= abs,
    ))
}
fn m_gcd(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut g = int::from_i64(0);
    for x in a {
        let (mut p, mut q) = (ops::abs(&g)?, ops::abs(x)?);
        while !ops::eq(&q, &int::from_i64(0))? {
            let r = ops::binary_op(&p, &q, crate::object::BinOp::Rem)?;
            p = q;
            q = r;
        }
        g = p;
    }
    Ok(g)
}
fn m_factorial(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = a[0]
        .as_small_int()
        .ok_or_else(|| type_error("factorial() only accepts integral values"))?;
    if n < 0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "factorial() not defined for negative values",
        ));
    }
    let mut acc = int::from_i64(1);
    for i in 2..=n {
        acc = int::mul(&acc, &int::from_i64(i))?;
    }
    Ok(acc)
}
fn m_isqrt(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = a[0]
        .as_small_int()
        .ok_or_else(|| type_error("isqrt() needs an int"))?;
    if n < 0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "isqrt() argument must be nonnegative",
        ));
    }
    let mut r = (n as f64).sqrt() as i64;
    while r * r > n {
        r -= 1;
    }
    while (r + 1) * (r + 1) <= n {
        r += 1;
    }
    Ok(int::from_i64(r))
}
fn m_prod(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut acc = int::from_i64(1);
    for x in collect(&a[0])? {
        acc = ops::binary_op(&acc, &x, crate::object::BinOp::Mul)?;
    }
    Ok(acc)
}
fn m_fsum(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut acc = 0.0;
    for x in collect(&a[0])? {
        acc += f(&x)?;
    }
    Ok(float::new(acc))
}

fn math_module() -> PyResult<Value> {
    let d = dict::new();
    let fns: &[(&'static str, super::objects::NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("exp", m_exp),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("atan", m_atan),
        ("fabs", m_fabs),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("log10", m_log10),
        ("log2", m_log2),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("log", m_log),
        ("pow", m_pow),
        ("atan2", m_atan2),
        ("hypot", m_hypot),
        ("copysign", m_copysign),
        ("isclose", m_isclose),
        ("gcd", m_gcd),
        ("factorial", m_factorial),
        ("isqrt", m_isqrt),
        ("prod", m_prod),
        ("fsum", m_fsum),
    ];
    for (n, func) in fns {
        set(&d, n, native(n, *func));
    }
    set(&d, "pi", float::new(std::f64::consts::PI));
    set(&d, "e", float::new(std::f64::consts::E));
    set(&d, "tau", float::new(std::f64::consts::TAU));
    set(&d, "inf", float::new(f64::INFINITY));
    set(&d, "nan", float::new(f64::NAN));
    new_module("math", d)
}

// ---------------------------------------------------------------- os

fn os_path_join(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut p = std::path::PathBuf::new();
    for x in a {
        p.push(s(x));
    }
    Ok(pystr::new(&p.to_string_lossy()))
}
fn os_path_dirname(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(match t.rfind('/') {
        Some(0) => "/",
        Some(i) => &t[..i],
        None => "",
    }))
}
fn os_path_basename(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(t.rsplit('/').next().unwrap_or("")))
}
fn os_path_abspath(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let p = std::path::Path::new(&t);
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut parts: Vec<String> = Vec::new();
    for c in abs.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(x) => parts.push(x.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    Ok(pystr::new(&format!("/{}", parts.join("/"))))
}
fn os_path_exists(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::bool(std::path::Path::new(&s(&a[0])).exists()))
}
fn os_getcwd(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(
        &std::env::current_dir()
            .unwrap_or_default()
            .to_string_lossy(),
    ))
}

fn os_modules() -> PyResult<(Value, Value)> {
    let pd = dict::new();
    let fns: &[(&'static str, super::objects::NativeFn)] = &[
        ("join", os_path_join),
        ("dirname", os_path_dirname),
        ("basename", os_path_basename),
        ("abspath", os_path_abspath),
        ("exists", os_path_exists),
    ];
    for (n, func) in fns {
        set(&pd, n, native(n, *func));
    }
    set(&pd, "sep", pystr::new("/"));
    let path = new_module("posixpath", pd)?;
    let d = dict::new();
    set(&d, "path", path.clone());
    set(&d, "sep", pystr::new("/"));
    set(&d, "getcwd", native("getcwd", os_getcwd));
    Ok((new_module("os", d)?, path))
}

// ---------------------------------------------------------------- import

fn native_module(name: &str) -> PyResult<Option<Value>> {
    let mods = sys_modules();
    Ok(match name {
        "sys" => Some(sys().clone()),
        "math" => Some(math_module()?),
        "os" | "os.path" => {
            let (os, path) = os_modules()?;
            dict::set_item(&mods, pystr::intern("os"), os.clone())?;
            dict::set_item(&mods, pystr::intern("os.path"), path.clone())?;
            Some(if name == "os" { os } else { path })
        }
        "builtins" => Some(new_module("builtins", super::builtins::builtins().clone())?),
        _ => None,
    })
}

/// Finds and runs the source of module `name` (dotted, absolute).
fn load_module(name: &str) -> PyResult<Value> {
    let mods = sys_modules();
    if let Some(m) = dict::get_item(&mods, &pystr::new(name))? {
        return Ok(m);
    }
    // Parent packages first.
    let (search, last) = match name.rsplit_once('.') {
        Some((parent, last)) => {
            let p = load_module(parent)?;
            let path = getattr_str(&p, "__path__").map_err(|_| {
                module_not_found(
                    name,
                    &format!("No module named '{name}'; '{parent}' is not a package"),
                )
            })?;
            (collect(&path)?, last.to_string())
        }
        None => {
            if let Some(m) = native_module(name)? {
                dict::set_item(&mods, pystr::new(name), m.clone())?;
                return Ok(m);
            }
            let path = dict::get_item(&module_dict(sys()), &pystr::intern("path"))?
                .unwrap_or_else(|| list::new(Vec::new()));
            (collect(&path)?, name.to_string())
        }
    };
    for dir in search {
        let dir = s(&dir);
        let base = std::path::Path::new(&dir).join(&last);
        let pkg_init = base.join("__init__.py");
        let file = base.with_extension("py");
        let (path, is_pkg) = if pkg_init.is_file() {
            (pkg_init, true)
        } else if file.is_file() {
            (file, false)
        } else {
            continue;
        };
        return exec_source_module(
            name,
            &path,
            is_pkg.then(|| base.to_string_lossy().into_owned()),
        );
    }
    Err(module_not_found(name, &format!("No module named '{name}'")))
}

fn module_not_found(name: &str, msg: &str) -> PyErr {
    let e = PyErr::new(&MODULE_NOT_FOUND_ERROR, msg);
    attrs::set_exc_attr(&e, "name", pystr::new(name));
    e
}

fn exec_source_module(
    name: &str,
    path: &std::path::Path,
    pkg_dir: Option<String>,
) -> PyResult<Value> {
    let bytes = std::fs::read(path).map_err(|e| PyErr::new(&IMPORT_ERROR, e.to_string()))?;
    let filename = path.to_string_lossy().into_owned();
    let code = compile_source(&bytes, &filename)?;
    let d = dict::new();
    set(&d, "__name__", pystr::new(name));
    set(&d, "__file__", pystr::new(&filename));
    set(
        &d,
        "__builtins__",
        new_module("builtins", super::builtins::builtins().clone())?,
    );
    let package = match &pkg_dir {
        Some(dir) => {
            set(&d, "__path__", list::new(vec![pystr::new(dir)]));
            name.to_string()
        }
        None => name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default(),
    };
    set(&d, "__package__", pystr::new(&package));
    let m = new_module(name, d.clone())?;
    let mods = sys_modules();
    dict::set_item(&mods, pystr::new(name), m.clone())?;
    if let Err(e) = super::run_code(code, &d, None) {
        let _ = dict::del_item(&mods, &pystr::new(name));
        return Err(e);
    }
    // Bind the submodule on its parent.
    if let Some((parent, last)) = name.rsplit_once('.') {
        if let Some(p) = dict::get_item(&mods, &pystr::new(parent))? {
            let _ = attrs::setattr(&p, &pystr::new(last), Some(&m));
        }
    }
    Ok(dict::get_item(&mods, &pystr::new(name))?.unwrap_or(m))
}

/// Parses and compiles source text into a run-time code object.
pub fn compile_source(
    bytes: &[u8],
    filename: &str,
) -> PyResult<std::sync::Arc<super::objects::Code>> {
    let syntax = |e: taipan_syntax::SyntaxError| {
        PyErr::new(
            &exceptions::SYNTAX_ERROR,
            format!("{} ({}, line {})", e.msg, filename, e.lineno),
        )
    };
    let text = taipan_syntax::tokenizer::decode_source(bytes, Some(filename)).map_err(syntax)?;
    let module = taipan_syntax::parser::parse_module(&text).map_err(syntax)?;
    let code = taipan_compiler::compile_module(&module, filename).map_err(syntax)?;
    super::objects::Code::from_compiled(&code)
}

/// `IMPORT_NAME`: `__import__(name, globals, fromlist, level)`.
pub fn import_name(
    name: &Value,
    fromlist: &Value,
    level: &Value,
    globals: &Value,
) -> PyResult<Value> {
    let mut name = s(name);
    let level = level.as_small_int().unwrap_or(0);
    if level > 0 {
        let package = dict::get_item(globals, &pystr::intern("__package__"))?
            .filter(|p| !singletons::is_none(p))
            .map(|p| s(&p))
            .unwrap_or_default();
        if package.is_empty() {
            return Err(PyErr::new(
                &IMPORT_ERROR,
                "attempted relative import with no known parent package",
            ));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            parts.pop();
        }
        let base = parts.join(".");
        name = if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        };
    }
    let m = load_module(&name)?;
    let has_from = !singletons::is_none(fromlist) && !collect(fromlist)?.is_empty();
    if has_from {
        if getattr_str(&m, "__path__").is_ok() {
            for item in collect(fromlist)? {
                let sub = format!("{name}.{}", s(&item));
                if s(&item) != "*" && attrs::getattr(&m, &item).is_err() {
                    match load_module(&sub) {
                        Ok(_) => {}
                        Err(e) if e.matches(&MODULE_NOT_FOUND_ERROR) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        return Ok(m);
    }
    if level == 0 {
        if let Some((top, _)) = name.split_once('.') {
            return load_module(top);
        }
    }
    Ok(m)
}

/// `IMPORT_FROM`: `from m import name`.
pub fn import_from(m: &Value, name: &Value) -> PyResult<Value> {
    match attrs::getattr(m, name) {
        Ok(v) => Ok(v),
        Err(_) => {
            let mname = getattr_str(m, "__name__")
                .map(|n| s(&n))
                .unwrap_or_default();
            let full = format!("{mname}.{}", s(name));
            if let Ok(Some(v)) = dict::get_item(&sys_modules(), &pystr::new(&full)) {
                return Ok(v);
            }
            let file = getattr_str(m, "__file__")
                .map(|f| s(&f))
                .unwrap_or_else(|_| "unknown location".into());
            let e = PyErr::new(
                &IMPORT_ERROR,
                format!("cannot import name '{}' from '{mname}' ({file})", s(name)),
            );
            attrs::set_exc_attr(&e, "name", pystr::new(&mname));
            Err(e)
        }
    }
}

/// `from m import *`.
pub fn import_star(m: &Value, locals: &Value) -> PyResult<()> {
    let d = getattr_str(m, "__dict__")?;
    let names = match dict::get_item(&d, &pystr::intern("__all__"))? {
        Some(all) => collect(&all)?,
        None => attrs::dict_items(&d)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !s(k).starts_with('_'))
            .collect(),
    };
    for n in names {
        let v = attrs::getattr(m, &n)?;
        attrs::mapping_set(locals, n, v)?;
    }
    Ok(())
}
