//! The `sys` module.

use super::structseq::{self, FLAGS_TYPE, FLOAT_INFO_TYPE, HASH_INFO_TYPE, INT_INFO_TYPE};
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
    sys_attr("modules").unwrap_or_else(dict::new)
}

/// `sys.NAME`, if set.
pub fn sys_attr(name: &str) -> Option<Value> {
    dict::get_item(&module_dict(sys()), &pystr::intern(name))
        .ok()
        .flatten()
}

pub(super) fn set(d: &Value, k: &str, v: Value) {
    let _ = dict::set_item(d, pystr::intern(k), v);
}

fn int_arg(v: &Value) -> PyResult<i64> {
    match v.as_small_int() {
        Some(n) if !v.type_of().is_subtype_of(&float::FLOAT_TYPE) => Ok(n),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_of().name
        ))),
    }
}

fn exact_args(name: &str, a: &[Value], k: &[Value], lo: usize, hi: usize) -> PyResult<()> {
    if !k.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.len();
    if hi == 0 && n > 0 {
        return Err(type_error(format!(
            "sys.{name}() takes no arguments ({n} given)"
        )));
    }
    crate::interp::builtins::check_count("sys.", name, n, lo, hi)
}

pub(super) fn sys_exit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("exit", a, k, 0, 1)?;
    Err(PyErr::with_args(&exceptions::SYSTEM_EXIT, a.to_vec()))
}
pub(super) fn sys_getrecursionlimit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("getrecursionlimit", a, k, 0, 0)?;
    Ok(int::from_i64(crate::interp::recursion_limit() as i64))
}
pub(super) fn sys_setrecursionlimit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("setrecursionlimit", a, k, 1, 1)?;
    let n = int_arg(&a[0])?;
    if n < 1 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "recursion limit must be greater or equal than 1",
        ));
    }
    crate::interp::set_recursion_limit(n as usize);
    Ok(singletons::none())
}
fn sys_get_int_max_str_digits(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("get_int_max_str_digits", a, k, 0, 0)?;
    Ok(int::from_i64(int::max_str_digits() as i64))
}
/// `set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least the
/// threshold below which conversions are never checked.
fn sys_set_int_max_str_digits(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let params = crate::interp::builtins::int_methods::Params {
        name: "set_int_max_str_digits",
        names: &["maxdigits"],
        positional: 1,
        required: 1,
    };
    let bound = crate::interp::builtins::int_methods::bind_args(&params, a, k)?;
    let maxdigits = bound[0].as_ref().expect("required");
    let n = int::as_int(&crate::ops::index(maxdigits)?).and_then(|r| r.to_i64());
    match n {
        Some(n) if n == 0 || n >= 640 => int::set_max_str_digits(n as usize),
        Some(_) => {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "maxdigits must be >= 640 or 0 for unlimited",
            ))
        }
        None => {
            return Err(PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "Python int too large to convert to C int",
            ))
        }
    }
    Ok(singletons::none())
}
pub(super) fn sys_exception(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("exception", a, k, 0, 0)?;
    Ok(crate::interp::handled_exception().unwrap_or_else(singletons::none))
}
pub(super) fn sys_exc_info(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("exc_info", a, k, 0, 0)?;
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
pub(super) fn sys_intern(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("intern", a, k, 1, 1)?;
    let v = &a[0];
    if !v.type_of().is_subtype_of(&pystr::STR_TYPE) {
        return Err(type_error(format!(
            "intern() argument must be str, not {}",
            v.type_of().name
        )));
    }
    if !std::ptr::eq(v.type_of(), &pystr::STR_TYPE) {
        return Err(type_error(format!("can't intern {}", v.type_of().name)));
    }
    Ok(pystr::intern_value(v.clone()))
}
pub(super) fn sys_getrefcount(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("getrefcount", a, k, 1, 1)?;
    Ok(int::from_i64(a[0].refcount()))
}

/// `sys.getsizeof(obj[, default])`: `__sizeof__()` plus the GC header
/// for collected objects; built-in objects report their Rust layout.
fn sys_getsizeof(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let params = crate::interp::builtins::int_methods::Params {
        name: "getsizeof",
        names: &["object", "default"],
        positional: 2,
        required: 1,
    };
    let bound = crate::interp::builtins::int_methods::bind_args(&params, a, k)?;
    let obj = bound[0].as_ref().expect("required");
    let ty = obj.type_of();
    if let Some(m) = crate::types::object::lookup_in_type(ty, &pystr::intern("__sizeof__"))? {
        if m.downcast::<crate::interp::objects::FunctionObject>()
            .is_some()
        {
            let r = match crate::interp::call_object(&m, std::slice::from_ref(obj), &[]) {
                Ok(r) => r,
                Err(e) => {
                    return match &bound[1] {
                        Some(d) => Ok(d.clone()),
                        None => Err(e),
                    }
                }
            };
            let n = int_arg(&r)?;
            if n < 0 {
                return Err(PyErr::new(&VALUE_ERROR, "__sizeof__() should return >= 0"));
            }
            return Ok(int::from_i64(n + 16));
        }
    }
    Ok(int::from_i64(builtin_size(obj) as i64))
}

/// The size CPython's layout would give: a header, the type's fixed part
/// and 8 bytes per item for containers.
fn builtin_size(obj: &Value) -> usize {
    let header = std::mem::size_of::<crate::object::ObjHeader>();
    if let Some(st) = pystr::as_str(obj) {
        return header + 24 + st.len() + 1;
    }
    if obj.as_small_int().is_some() {
        return header + 8;
    }
    let items = ops::len(obj).unwrap_or(0);
    header + 16 + 8 * items
}

/// `sys._clear_type_descriptors(cls)`: drops the `__dict__` and
/// `__weakref__` descriptors of a class (dataclasses does before making a
/// `__slots__` copy of it).
fn sys_clear_type_descriptors(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("_clear_type_descriptors", a, k, 1, 1)?;
    let ty = a[0]
        .downcast::<crate::object::TypeObject>()
        .ok_or_else(|| {
            type_error(format!(
                "_clear_type_descriptors() argument must be type, not {}",
                a[0].type_of().name
            ))
        })?;
    if let Some(d) = ty.dict_if_created() {
        for name in ["__dict__", "__weakref__"] {
            let key = pystr::intern(name);
            if dict::get_item(d, &key)?.is_some() {
                dict::del_item(d, &key)?;
            }
        }
        ty.modified();
    }
    Ok(singletons::none())
}

fn sys_getframe(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("_getframe", a, k, 0, 1)?;
    let n = match a.first() {
        Some(v) => int_arg(v)?,
        None => 0,
    };
    if n < 0 {
        return Err(PyErr::new(&VALUE_ERROR, "call stack is not deep enough"));
    }
    crate::interp::frame_object::getframe(n as usize)
}

fn sys_getframemodulename(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("_getframemodulename", a, k, 0, 1)?;
    let f = sys_getframe(&a[..a.len().min(1)], &[])?;
    let g = attrs::getattr_str(&f, "f_globals")?;
    Ok(dict::get_item(&g, &pystr::intern("__name__"))?.unwrap_or_else(singletons::none))
}

fn sys_encoding(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("getdefaultencoding", a, k, 0, 0)?;
    Ok(pystr::new("utf-8"))
}

/// `sys.audit(event, *args)`: no audit hooks can be added, so raising an
/// event only checks its name.
fn sys_audit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(type_error("audit() takes no keyword arguments"));
    }
    let Some(event) = a.first() else {
        return Err(type_error("audit expected at least 1 argument, got 0"));
    };
    if pystr::as_str(event).is_none() && !event.type_of().is_subtype_of(&pystr::STR_TYPE) {
        return Err(type_error(format!(
            "audit() argument 1 must be str, not {}",
            event.type_of().name
        )));
    }
    Ok(singletons::none())
}

/// `sys.getfilesystemencodeerrors()`: undecodable bytes of file names
/// become lone surrogates (PEP 383).
fn sys_filesystem_errors(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("getfilesystemencodeerrors", a, k, 0, 0)?;
    Ok(pystr::new("surrogateescape"))
}

/// `sys.displayhook`: prints `repr(value)` to `sys.stdout` and keeps it
/// in `builtins._`.
fn sys_displayhook(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("displayhook", a, k, 1, 1)?;
    let v = &a[0];
    if singletons::is_none(v) {
        return Ok(singletons::none());
    }
    let b = crate::interp::builtins::builtins();
    dict::set_item(b, pystr::intern("_"), singletons::none())?;
    let text = ops::repr(v)?;
    match sys_attr("stdout").filter(|o| !singletons::is_none(o)) {
        Some(out) => {
            let w = attrs::getattr_str(&out, "write")?;
            crate::interp::call_object(&w, &[text], &[])?;
            crate::interp::call_object(&w, &[pystr::new("\n")], &[])?;
        }
        None => return Err(PyErr::new(&exceptions::RUNTIME_ERROR, "lost sys.stdout")),
    }
    dict::set_item(b, pystr::intern("_"), v.clone())?;
    Ok(singletons::none())
}

/// `sys.excepthook(type, value, traceback)`: the standard report on
/// `sys.stderr`.
fn sys_excepthook(a: &[Value], k: &[Value]) -> PyResult<Value> {
    exact_args("excepthook", a, k, 3, 3)?;
    let report = if a[1].type_of().is_subtype_of(&exceptions::BASE_EXCEPTION) {
        crate::interp::traceback::format_exception(&a[1])
    } else {
        format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            a[1].type_of().name
        )
    };
    write_stderr(&report);
    Ok(singletons::none())
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
            ("getsizeof", sys_getsizeof),
            ("_getframe", sys_getframe),
            ("_clear_type_descriptors", sys_clear_type_descriptors),
            ("_getframemodulename", sys_getframemodulename),
            ("getdefaultencoding", sys_encoding),
            ("getfilesystemencoding", sys_encoding),
            ("getfilesystemencodeerrors", sys_filesystem_errors),
            ("get_int_max_str_digits", sys_get_int_max_str_digits),
            ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ];
        for (n, f) in fns {
            set(&d, n, native(n, *f));
        }
        set(
            &d,
            "audit",
            crate::interp::objects::native_any_arity("audit", sys_audit),
        );
        for (name, f) in [
            (
                "displayhook",
                sys_displayhook as crate::interp::objects::NativeFn,
            ),
            ("excepthook", sys_excepthook),
        ] {
            let hook = native(name, f);
            set(&d, name, hook.clone());
            set(&d, &format!("__{name}__"), hook);
        }
        for (i, name) in ["stdin", "stdout", "stderr"].iter().enumerate() {
            let st = crate::interp::io::std_stream(i as i32).unwrap_or_else(|_| singletons::none());
            set(&d, name, st.clone());
            set(&d, &format!("__{name}__"), st);
        }
        let i = |n: i64| int::from_i64(n);
        let st = |x: &str| pystr::new(x);
        set(&d, "argv", list::new(Vec::new()));
        // No `-W` options: the `warnings` module keeps its default filters.
        set(&d, "warnoptions", list::new(Vec::new()));
        set(&d, "orig_argv", list::new(Vec::new()));
        set(&d, "path", list::new(Vec::new()));
        set(&d, "modules", dict::new());
        // importlib's finders, installed when `importlib` loads (spec.rs).
        set(&d, "meta_path", list::new(Vec::new()));
        set(&d, "path_hooks", list::new(Vec::new()));
        set(&d, "path_importer_cache", dict::new());
        set(&d, "maxsize", i(i64::MAX));
        set(&d, "maxunicode", i(0x10FFFF));
        set(&d, "platform", st(std::env::consts::OS));
        set(
            &d,
            "byteorder",
            st(if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            }),
        );
        set(&d, "version", st("3.14.0 (taipan)"));
        set(&d, "hexversion", i(0x030E_00F0));
        set(&d, "api_version", i(1013));
        set(&d, "float_repr_style", st("short"));
        set(&d, "dont_write_bytecode", singletons::true_());
        set(
            &d,
            "executable",
            st(&std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default()),
        );
        let version = || {
            structseq::new(
                &structseq::VERSION_INFO_TYPE,
                vec![i(3), i(14), i(0), st("final"), i(0)],
            )
        };
        set(&d, "version_info", version());
        set(
            &d,
            "implementation",
            crate::interp::namespace::new_namespace(vec![
                ("name", st("taipan")),
                ("cache_tag", singletons::none()),
                ("version", version()),
                ("hexversion", i(0x030E_00F0)),
                // Names the `_sysconfigdata_*` module sysconfig loads.
                (
                    "_multiarch",
                    st(&format!(
                        "{}-{}-gnu",
                        std::env::consts::ARCH,
                        std::env::consts::OS
                    )),
                ),
            ]),
        );
        set(&d, "abiflags", st(""));
        // CPython's copy-and-patch JIT, which Taipan does not have.
        let no = |_: &[Value], _: &[Value]| -> PyResult<Value> { Ok(singletons::false_()) };
        set(
            &d,
            "_jit",
            crate::interp::namespace::new_namespace(vec![
                ("is_available", native("is_available", no)),
                ("is_enabled", native("is_enabled", no)),
                ("is_active", native("is_active", no)),
            ]),
        );
        let b = singletons::bool;
        set(
            &d,
            "flags",
            structseq::new(
                &FLAGS_TYPE,
                vec![
                    i(0),
                    i(0),
                    i(0),
                    i(0),
                    i(1),
                    i(0),
                    i(0),
                    i(0),
                    i(0),
                    i(0),
                    i(0),
                    i(i64::from(
                        std::env::var("PYTHONHASHSEED").as_deref() != Ok("0"),
                    )),
                    i(0),
                    b(false),
                    i(0),
                    i(0),
                    b(false),
                    i(4300),
                ],
            ),
        );
        set(
            &d,
            "float_info",
            structseq::new(
                &FLOAT_INFO_TYPE,
                vec![
                    float::new(f64::MAX),
                    i(f64::MAX_EXP.into()),
                    i(f64::MAX_10_EXP.into()),
                    float::new(f64::MIN_POSITIVE),
                    i(f64::MIN_EXP.into()),
                    i(f64::MIN_10_EXP.into()),
                    i(f64::DIGITS.into()),
                    i(f64::MANTISSA_DIGITS.into()),
                    float::new(f64::EPSILON),
                    i(f64::RADIX.into()),
                    i(1),
                ],
            ),
        );
        set(
            &d,
            "int_info",
            structseq::new(&INT_INFO_TYPE, vec![i(30), i(4), i(4300), i(640)]),
        );
        set(
            &d,
            "hash_info",
            structseq::new(
                &HASH_INFO_TYPE,
                vec![
                    i(64),
                    i((1 << 61) - 1),
                    i(314_159),
                    i(0),
                    i(1_000_003),
                    st("siphash13"),
                    i(64),
                    i(128),
                    i(0),
                ],
            ),
        );
        set(
            &d,
            "builtin_module_names",
            tuple::new({
                let mut names: Vec<&str> = super::NATIVE_MODULE_NAMES.to_vec();
                names.extend(super::registry::names());
                names.sort_unstable();
                names.dedup();
                names.into_iter().map(pystr::new).collect()
            }),
        );
        let stdlib: Vec<Value> = crate::interp::suggestions::STDLIB_MODULE_NAMES
            .iter()
            .map(|n| pystr::new(n))
            .collect();
        set(
            &d,
            "stdlib_module_names",
            crate::types::set::new_frozenset(stdlib).expect("frozenset of str"),
        );
        super::set_spec(&d, "sys", super::Origin::BuiltIn);
        let m = new_module("sys", d).expect("sys");
        if let Some(h) = m.header() {
            h.make_immortal();
        }
        m
    })
}

/// Sets `sys.argv`, `sys.orig_argv` (the process's arguments) and
/// `sys.path`: the main script's directory, then the standard library.
pub fn init_main(argv: &[String], script_dir: &str) -> PyResult<()> {
    let d = module_dict(sys());
    let strs = |v: &[String]| list::new(v.iter().map(|a| pystr::new(a)).collect());
    set_sys_argv(argv)?;
    let orig: Vec<String> = std::env::args().collect();
    dict::set_item(&d, pystr::intern("orig_argv"), strs(&orig))?;
    let stdlib = super::stdlib_dir();
    dict::set_item(
        &d,
        pystr::intern("path"),
        list::new(
            std::iter::once(pystr::new(script_dir))
                .chain(stdlib.as_ref().map(|d| pystr::new(&d.to_string_lossy())))
                .collect(),
        ),
    )?;
    // The prefixes are the installation the library belongs to
    // (`PREFIX/lib/python3.14`), as CPython derives them from its own.
    let prefix = stdlib
        .as_ref()
        .and_then(|d| d.parent()?.parent())
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        dict::set_item(&d, pystr::intern(name), pystr::new(&prefix))?;
    }
    dict::set_item(&d, pystr::intern("platlibdir"), pystr::new("lib"))?;
    let mods = sys_modules();
    dict::set_item(&mods, pystr::intern("sys"), sys().clone())?;
    dict::set_item(
        &mods,
        pystr::intern("builtins"),
        new_module("builtins", crate::interp::builtins::builtins().clone())?,
    )?;
    Ok(())
}

/// Sets `sys.argv`.
pub fn set_sys_argv(argv: &[String]) -> PyResult<()> {
    let items = argv.iter().map(|a| pystr::new(a)).collect();
    dict::set_item(&module_dict(sys()), pystr::intern("argv"), list::new(items))
}

/// Shows the value of an expression statement in "single" mode code
/// through `sys.displayhook`.
pub fn display_value(v: Value) -> PyResult<Value> {
    let hook = sys_attr("displayhook")
        .ok_or_else(|| PyErr::new(&exceptions::RUNTIME_ERROR, "lost sys.displayhook"))?;
    crate::interp::call_object(&hook, &[v], &[])?;
    Ok(singletons::none())
}

/// Reports an uncaught exception through `sys.excepthook` (the built-in
/// report if the hook is missing or fails, as CPython does).
pub fn report_uncaught(exc: &Value) {
    let builtin = || write_stderr(&crate::interp::traceback::format_exception(exc));
    let Some(hook) = sys_attr("excepthook").filter(|h| !singletons::is_none(h)) else {
        write_stderr("sys.excepthook is missing\n");
        builtin();
        return;
    };
    let args = [
        exc.type_of().as_value(),
        exc.clone(),
        attrs::exc_traceback(exc),
    ];
    if let Err(e) = crate::interp::call_object(&hook, &args, &[]) {
        if e.matches(&exceptions::SYSTEM_EXIT) {
            return;
        }
        write_stderr("Error in sys.excepthook:\n");
        write_stderr(&crate::interp::traceback::format_exception(e.instance()));
        write_stderr("\nOriginal exception was:\n");
        builtin();
    }
}
