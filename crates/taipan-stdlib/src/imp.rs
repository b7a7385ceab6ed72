//! The `_imp` module: the hooks `importlib` calls into the import system.
//! Taipan's importer stays the one `import` uses; these let importlib's
//! BuiltinImporter build Taipan's built-in modules, and report that there
//! are no frozen modules and no loadable C extensions.

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

use taipan_vm::interp::attrs::getattr_str;
use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::modules::{create_builtin as build_module, is_builtin as builtin_name};
use taipan_vm::interp::objects::{native, new_module};
use taipan_vm::interp::type_error;
use taipan_vm::types::exceptions::{IMPORT_ERROR, RUNTIME_ERROR};
use taipan_vm::types::{bytes, dict, int, list, singletons, str as pystr, tuple};
use taipan_vm::{PyErr, PyResult, Value};

use crate::args::{bind, index_ssize, no_keywords};
use crate::buffers::need_bytes;

/// CPython 3.14's bytecode magic number, as the little-endian token.
const PYC_MAGIC_NUMBER_TOKEN: i64 = 168_627_755;

/// How deep the (single, reentrant) import lock is held.
static LOCK_DEPTH: AtomicUsize = AtomicUsize::new(0);

/// `_override_multi_interp_extensions_check`'s current setting.
static MULTI_INTERP_OVERRIDE: AtomicI64 = AtomicI64::new(0);

fn str_arg(fname: &str, v: &Value) -> PyResult<String> {
    pystr::as_str(v).map(str::to_string).ok_or_else(|| {
        type_error(format!(
            "{fname}() argument must be str, not {}",
            v.type_of().name
        ))
    })
}

fn one_arg<'a>(fname: &str, a: &'a [Value], k: &[Value]) -> PyResult<&'a Value> {
    no_keywords(fname, k)?;
    check_count("", fname, a.len(), 1, 1)?;
    Ok(&a[0])
}

fn extension_suffixes(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords("extension_suffixes", k)?;
    check_count("", "extension_suffixes", a.len(), 0, 0)?;
    // Taipan cannot load C extension modules.
    Ok(list::new(Vec::new()))
}

/// 1 for a built-in module, -1 for one that cannot be re-initialised
/// (`sys`, `builtins`), 0 otherwise.
fn is_builtin(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let name = str_arg("is_builtin", one_arg("is_builtin", a, k)?)?;
    let r = match name.as_str() {
        "sys" | "builtins" => -1,
        n if builtin_name(n) => 1,
        _ => 0,
    };
    Ok(int::from_i64(r))
}

/// `create_builtin(spec)`: the module built-in `spec.name`, or None.
/// `sys` and `builtins` exist once: those come from `sys.modules`.
fn create_builtin(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let spec = one_arg("create_builtin", a, k)?;
    let name = getattr_str(spec, "name")?;
    let Some(n) = pystr::as_str(&name).map(str::to_string) else {
        return Err(type_error(format!(
            "name must be string, not {}",
            name.type_of().name
        )));
    };
    if matches!(n.as_str(), "sys" | "builtins") {
        if let Some(m) = dict::get_item(&taipan_vm::interp::modules::sys_modules(), &name)? {
            return Ok(m);
        }
    }
    Ok(build_module(&n)?.unwrap_or_else(singletons::none))
}

/// `exec_builtin(mod)` / `exec_dynamic(mod)`: Taipan's modules are
/// complete once created, so there is nothing left to run.
fn exec_module(a: &[Value], k: &[Value]) -> PyResult<Value> {
    one_arg("exec_builtin", a, k)?;
    Ok(int::from_i64(0))
}

fn create_dynamic(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("create_dynamic", a, k, &["spec", "file"], 2, 1)?;
    let spec = p[0].as_ref().expect("required");
    let origin = pystr::to_string_lossy(&getattr_str(spec, "origin")?);
    Err(PyErr::new(
        &IMPORT_ERROR,
        format!("{origin}: Taipan cannot load C extension modules"),
    ))
}

fn not_frozen(name: &str) -> PyErr {
    PyErr::new(
        &IMPORT_ERROR,
        format!("No such frozen object named '{name}'"),
    )
}

fn is_frozen(a: &[Value], k: &[Value]) -> PyResult<Value> {
    str_arg("is_frozen", one_arg("is_frozen", a, k)?)?;
    Ok(singletons::false_())
}

/// `find_frozen(name, *, withdata=False)`: None, nothing is frozen.
fn find_frozen(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("find_frozen", a, k, &["name", "withdata"], 1, 1)?;
    str_arg("find_frozen", p[0].as_ref().expect("required"))?;
    Ok(singletons::none())
}

fn init_frozen(a: &[Value], k: &[Value]) -> PyResult<Value> {
    str_arg("init_frozen", one_arg("init_frozen", a, k)?)?;
    Ok(singletons::none())
}

fn get_frozen_object(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("get_frozen_object", a, k, &["name", "data"], 2, 1)?;
    let name = str_arg("get_frozen_object", p[0].as_ref().expect("required"))?;
    Err(not_frozen(&name))
}

fn is_frozen_package(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let name = str_arg("is_frozen_package", one_arg("is_frozen_package", a, k)?)?;
    Err(not_frozen(&name))
}

fn frozen_module_names(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(tuple::new(Vec::new()))
}

fn override_frozen_modules_for_tests(a: &[Value], k: &[Value]) -> PyResult<Value> {
    one_arg("_override_frozen_modules_for_tests", a, k)?;
    Ok(singletons::none())
}

/// Returns the previous setting, as CPython does in a subinterpreter
/// (Taipan has one interpreter, where extensions are always allowed).
fn override_multi_interp_extensions_check(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let v = one_arg("_override_multi_interp_extensions_check", a, k)?;
    let new = index_ssize(v)?;
    Ok(int::from_i64(
        MULTI_INTERP_OVERRIDE.swap(new.signum(), Ordering::Relaxed),
    ))
}

fn acquire_lock(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    LOCK_DEPTH.fetch_add(1, Ordering::Relaxed);
    Ok(singletons::none())
}

fn release_lock(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    LOCK_DEPTH
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |d| d.checked_sub(1))
        .map_err(|_| PyErr::new(&RUNTIME_ERROR, "not holding the import lock"))?;
    Ok(singletons::none())
}

fn lock_held(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::bool(LOCK_DEPTH.load(Ordering::Relaxed) > 0))
}

/// `_fix_co_filename(code, path)`: Taipan compiles from source with the
/// right file name already, so no code object needs renaming.
fn fix_co_filename(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_keywords("_fix_co_filename", k)?;
    check_count("", "_fix_co_filename", a.len(), 2, 2)?;
    Ok(singletons::none())
}

/// `source_hash(key, source)`: SipHash-1-3 of the source keyed by `key`,
/// as 8 little-endian bytes (the hash in hash-based `.pyc` headers).
fn source_hash(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind("source_hash", a, k, &["key", "source"], 2, 2)?;
    let key = p[0].as_ref().expect("required");
    let key = index_ssize(key)?;
    let source = need_bytes(p[1].as_ref().expect("required"))?;
    Ok(bytes::new(&siphash13(key as u64, 0, &source).to_le_bytes()))
}

/// SipHash with one compression and three finalisation rounds.
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }
    let mut compress = |m: u64| {
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    };
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        compress(u64::from_le_bytes(c.try_into().expect("8 bytes")));
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    compress(u64::from_le_bytes(last) | ((data.len() as u64) << 56));
    v[2] ^= 0xff;
    for _ in 0..3 {
        round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let set = |name: &'static str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    let funcs: &[(&'static str, taipan_vm::interp::objects::NativeFn)] = &[
        ("extension_suffixes", extension_suffixes),
        ("is_builtin", is_builtin),
        ("create_builtin", create_builtin),
        ("exec_builtin", exec_module),
        ("create_dynamic", create_dynamic),
        ("exec_dynamic", exec_module),
        ("is_frozen", is_frozen),
        ("find_frozen", find_frozen),
        ("init_frozen", init_frozen),
        ("get_frozen_object", get_frozen_object),
        ("is_frozen_package", is_frozen_package),
        ("_frozen_module_names", frozen_module_names),
        (
            "_override_frozen_modules_for_tests",
            override_frozen_modules_for_tests,
        ),
        (
            "_override_multi_interp_extensions_check",
            override_multi_interp_extensions_check,
        ),
        ("acquire_lock", acquire_lock),
        ("release_lock", release_lock),
        ("lock_held", lock_held),
        ("_fix_co_filename", fix_co_filename),
        ("source_hash", source_hash),
    ];
    for &(name, f) in funcs {
        set(name, native(name, f))?;
    }
    set("check_hash_based_pycs", pystr::intern("default"))?;
    set(
        "pyc_magic_number_token",
        int::from_i64(PYC_MAGIC_NUMBER_TOKEN),
    )?;
    new_module("_imp", d)
}
