//! The import system (source modules and packages found on `sys.path`,
//! cached in `sys.modules`) and the registry of native modules, one file
//! each.

use std::sync::OnceLock;

use super::type_error;
use crate::error::{PyErr, PyResult};
use crate::interp::attrs::{self, collect, getattr_str};
use crate::interp::builtins::write_stderr;
use crate::interp::exception_methods;
use crate::interp::objects::{native, new_module, ModuleObject};
use crate::object::Value;
use crate::ops;
use crate::types::exceptions::{self, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, VALUE_ERROR};
use crate::types::{dict, float, int, list, singletons, str as pystr, tuple};

mod main_module;
mod math;
mod registry;
mod spec;
mod stdlib_path;
pub mod structseq;
mod sys;

/// The modules built into the binary (`sys.builtin_module_names`).
const NATIVE_MODULE_NAMES: &[&str] = &["_io", "builtins", "math", "sys"];

pub use self::main_module::{find_main_module, set_main_module_spec, MainModule};
use self::math::*;
pub use self::registry::{register, ModuleInit};
pub use self::spec::main_loader;
use self::spec::{set_spec, Origin};
pub use self::stdlib_path::{stdlib_dir, STDLIB_ENV};
pub use self::sys::*;

fn native_module(name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(sys().clone()),
        "math" => {
            let m = math_module()?;
            set_spec(&sys::module_dict(&m), "math", Origin::BuiltIn);
            Some(m)
        }
        "abc" => Some(crate::interp::abc::module()?),
        "_io" => {
            let m = crate::interp::io::module()?;
            set_spec(&sys::module_dict(&m), "_io", Origin::BuiltIn);
            Some(m)
        }
        "builtins" => Some(new_module(
            "builtins",
            crate::interp::builtins::builtins().clone(),
        )?),
        _ => match registry::lookup(name) {
            Some(init) => {
                let m = init()?;
                set_spec(&sys::module_dict(&m), name, Origin::BuiltIn);
                Some(m)
            }
            None => None,
        },
    })
}

/// Builds built-in module `name` afresh (`_imp.create_builtin`); `None`
/// when no built-in module has that name.
pub fn create_builtin(name: &str) -> PyResult<Option<Value>> {
    native_module(name)
}

/// Whether `name` is a module built into the binary (`_imp.is_builtin`).
pub fn is_builtin(name: &str) -> bool {
    NATIVE_MODULE_NAMES.contains(&name) || registry::lookup(name).is_some()
}

/// Finds and runs the source of module `name` (dotted, absolute).
fn load_module(name: &str) -> PyResult<Value> {
    match locate(name)? {
        Located::Loaded(m) => Ok(m),
        Located::Source(src) => exec_source_module(name, &src.path, src.package_dir),
    }
}

/// Where a module's source is: its file, and for a package its directory.
pub(super) struct SourceLocation {
    pub path: std::path::PathBuf,
    pub package_dir: Option<String>,
}

/// What [`locate`] found for a module name.
pub(super) enum Located {
    /// Already in `sys.modules`, or native (now registered there).
    Loaded(Value),
    /// A source module to run.
    Source(SourceLocation),
}

/// Finds module `name` (dotted, absolute): in `sys.modules`, among the
/// native modules, or as source on `sys.path` (for a submodule, on its
/// parent package's `__path__`; the parents are imported first).
pub(super) fn locate(name: &str) -> PyResult<Located> {
    let mods = sys_modules();
    if let Some(m) = dict::get_item(&mods, &pystr::new(name))? {
        // `sys.modules[name] = None` blocks the import (test.support does).
        if singletons::is_none(&m) {
            return Err(module_not_found(
                name,
                &format!("import of {name} halted; None in sys.modules"),
            ));
        }
        return Ok(Located::Loaded(m));
    }
    if name.contains('.') {
        if let Some(m) = native_module(name)? {
            dict::set_item(&mods, pystr::new(name), m.clone())?;
            return Ok(Located::Loaded(m));
        }
    }
    // Parent packages first.
    let (search, last) = match name.rsplit_once('.') {
        Some((parent, last)) => {
            let p = load_module(parent)?;
            // Loading the parent may have registered this module too.
            if let Some(m) = dict::get_item(&mods, &pystr::new(name))? {
                return Ok(Located::Loaded(m));
            }
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
                return Ok(Located::Loaded(m));
            }
            let path = dict::get_item(&module_dict(sys()), &pystr::intern("path"))?
                .unwrap_or_else(|| list::new(Vec::new()));
            (collect(&path)?, name.to_string())
        }
    };
    // An empty part or a path is no module name (`-m pkg.`, `-m a/b`).
    let searchable = !last.is_empty() && !last.contains(['/', '\\', '\0']);
    for dir in search.into_iter().filter(|_| searchable) {
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
        return Ok(Located::Source(SourceLocation {
            path,
            package_dir: is_pkg.then(|| base.to_string_lossy().into_owned()),
        }));
    }
    Err(module_not_found(name, &format!("No module named '{name}'")))
}

fn module_not_found(name: &str, msg: &str) -> PyErr {
    exception_methods::new_import_error(&MODULE_NOT_FOUND_ERROR, msg, &[("name", pystr::new(name))])
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
        new_module("builtins", crate::interp::builtins::builtins().clone())?,
    );
    if let Some(dir) = &pkg_dir {
        set(&d, "__path__", list::new(vec![pystr::new(dir)]));
    }
    set_spec(
        &d,
        name,
        Origin::Source {
            path: filename.clone(),
            package_dir: pkg_dir,
        },
    );
    let m = new_module(name, d.clone())?;
    let mods = sys_modules();
    dict::set_item(&mods, pystr::new(name), m.clone())?;
    if let Err(e) = crate::interp::run_code(code, &d, None) {
        let _ = dict::del_item(&mods, &pystr::new(name));
        return Err(e);
    }
    if name == "importlib._bootstrap_external" {
        spec::install_importlib_finders(&m)?;
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
) -> PyResult<std::sync::Arc<crate::interp::objects::Code>> {
    let raw = String::from_utf8_lossy(bytes);
    let syntax = |e: taipan_syntax::SyntaxError| syntax_error(&e, filename, &raw);
    let text = taipan_syntax::tokenizer::decode_source(bytes, Some(filename)).map_err(syntax)?;
    let parsed = taipan_syntax::parser::parse_module_with_warnings(&text);
    compile_module_text(&text, filename, taipan_compiler::Mode::Exec, parsed)
}

/// The SyntaxError (or IndentationError, TabError) for a front-end error
/// in `source`, with CPython's attributes: `msg`, `filename`, `lineno`,
/// `offset` and `end_offset` (1-based characters), `end_lineno`, `text`.
/// `compile()` and imports read the source as a string: an error at the end
/// of the input, which has no column in a file run, points after the text
/// of its line, with `end_offset` -1. `source` is the text as the tokenizer
/// saw it ([`as_tokenized`]).
pub fn syntax_error(e: &taipan_syntax::SyntaxError, filename: &str, source: &str) -> PyErr {
    use taipan_syntax::error::NO_COLUMN;
    use taipan_syntax::error_report::{char_offset, source_line};
    use taipan_syntax::SyntaxErrorKind;
    let ty = match e.kind {
        SyntaxErrorKind::SyntaxError => &exceptions::SYNTAX_ERROR,
        SyntaxErrorKind::IndentationError => &exceptions::INDENTATION_ERROR,
        SyntaxErrorKind::TabError => &exceptions::TAB_ERROR,
    };
    let line = source_line(source, e.lineno);
    let end_line = source_line(source, e.end_lineno);
    let i = |n: i64| int::from_i64(n);
    let (offset, end_offset) = match (&line, e.col) {
        (Some(t), NO_COLUMN) => (i(t.chars().count() as i64), i(-1)),
        (None, NO_COLUMN) => (singletons::none(), singletons::none()),
        (_, col) => {
            let at = |text: &Option<String>, c: u32| match text {
                Some(t) => char_offset(t, c),
                None => i64::from(c) + 1,
            };
            let end = match e.end_col {
                NO_COLUMN => 0,
                c => at(&end_line, c),
            };
            (i(at(&line, col)), i(end))
        }
    };
    let info = [
        pystr::new(filename),
        i(i64::from(e.lineno)),
        offset,
        line.map_or_else(singletons::none, |t| pystr::new(&t)),
        i(i64::from(e.end_lineno)),
        end_offset,
    ];
    exception_methods::new_syntax_error(ty, pystr::new(&e.msg), info)
}

/// Issues the SyntaxWarnings of compiling `source`, each given as an error
/// value for its message and place, with the SyntaxError that replaces it
/// when the warning filters turn it into an error (as in CPython).
fn syntax_warnings(
    warnings: Vec<(taipan_syntax::SyntaxError, PyErr)>,
    filename: &str,
) -> PyResult<()> {
    for (w, as_error) in warnings {
        let issued =
            super::warnings::warn_explicit(&exceptions::SYNTAX_WARNING, &w.msg, filename, w.lineno);
        if let Err(e) = issued {
            return Err(if e.matches(&exceptions::SYNTAX_WARNING) {
                as_error
            } else {
                e
            });
        }
    }
    Ok(())
}

/// The front end's warnings (invalid escape sequences): as errors they
/// lose the "will not work" sentence and span the escape.
fn parser_warnings(
    warnings: Vec<taipan_syntax::tokenizer::Warning>,
    filename: &str,
    source: &str,
) -> Vec<(taipan_syntax::SyntaxError, PyErr)> {
    const FUTURE: &str = " Such sequences will not work in the future.";
    warnings
        .into_iter()
        .map(|w| {
            // The message starts with the escape in quotes: `"\d" is ...`.
            let escape = w.msg.split('"').nth(1).map_or(0, str::len) as u32;
            let warning = taipan_syntax::SyntaxError {
                kind: taipan_syntax::SyntaxErrorKind::SyntaxError,
                msg: w.msg,
                lineno: w.lineno,
                col: w.col,
                end_lineno: w.lineno,
                end_col: w.col + escape,
            };
            let error = taipan_syntax::SyntaxError {
                msg: warning.msg.replace(FUTURE, ""),
                ..warning.clone()
            };
            let error = syntax_error(&error, filename, source);
            (warning, error)
        })
        .collect()
}

/// The compiler's warnings; as errors they show no source line.
fn compiler_warnings(
    warnings: Vec<taipan_compiler::warning::CompileWarning>,
    filename: &str,
) -> Vec<(taipan_syntax::SyntaxError, PyErr)> {
    warnings
        .into_iter()
        .map(|w| {
            let warning = taipan_syntax::SyntaxError {
                kind: taipan_syntax::SyntaxErrorKind::SyntaxError,
                msg: w.msg,
                lineno: w.range.lineno,
                col: w.range.col_offset,
                end_lineno: w.range.end_lineno,
                end_col: w.range.end_col_offset,
            };
            let error = syntax_error(&warning, filename, "");
            (warning, error)
        })
        .collect()
}

/// Source text as CPython's string tokenizer holds it: code compiled in
/// `exec` mode gets a final newline, which error lines then show.
pub fn as_tokenized(text: &str, mode: taipan_compiler::Mode) -> std::borrow::Cow<'_, str> {
    if mode == taipan_compiler::Mode::Exec && !text.ends_with('\n') {
        std::borrow::Cow::Owned(format!("{text}\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The tree a parse of a module's decoded text gave, after issuing the
/// parser's warnings; a parse error becomes a SyntaxError.
pub fn parsed_module_text(
    text: &str,
    filename: &str,
    mode: taipan_compiler::Mode,
    parsed: (
        Result<taipan_syntax::ast::Mod, taipan_syntax::SyntaxError>,
        Vec<taipan_syntax::tokenizer::Warning>,
    ),
) -> PyResult<taipan_syntax::ast::Mod> {
    let text = &*as_tokenized(text, mode);
    let (module, warnings) = parsed;
    issue_front_end_warnings(warnings, filename, text)?;
    module.map_err(|e| syntax_error(&e, filename, text))
}

/// Issues the tokenizer's and parser's SyntaxWarnings for `source`; an
/// error filter turns one into the SyntaxError CPython raises instead.
pub fn issue_front_end_warnings(
    warnings: Vec<taipan_syntax::tokenizer::Warning>,
    filename: &str,
    source: &str,
) -> PyResult<()> {
    syntax_warnings(parser_warnings(warnings, filename, source), filename)
}

/// Parses and compiles a module's decoded text, issuing its warnings.
pub fn compile_module_text(
    text: &str,
    filename: &str,
    mode: taipan_compiler::Mode,
    parsed: (
        Result<taipan_syntax::ast::Mod, taipan_syntax::SyntaxError>,
        Vec<taipan_syntax::tokenizer::Warning>,
    ),
) -> PyResult<std::sync::Arc<crate::interp::objects::Code>> {
    let module = parsed_module_text(text, filename, mode, parsed)?;
    let text = &*as_tokenized(text, mode);
    let syntax = |e: taipan_syntax::SyntaxError| syntax_error(&e, filename, text);
    let compiled =
        taipan_compiler::compile_with_warnings(&module, filename, mode).map_err(syntax)?;
    syntax_warnings(compiler_warnings(compiled.warnings, filename), filename)?;
    crate::interp::objects::Code::from_compiled(&compiled.code)
}

/// `IMPORT_NAME`: `__import__(name, globals, fromlist, level)`.
pub fn import_name(
    name: &Value,
    fromlist: &Value,
    level: &Value,
    globals: &Value,
) -> PyResult<Value> {
    if pystr::as_str(name).is_none() {
        return Err(type_error("module name must be a string"));
    }
    let mut name = s(name);
    let level = level.as_small_int().unwrap_or(0);
    if level < 0 {
        return Err(PyErr::new(&VALUE_ERROR, "level must be >= 0"));
    }
    if name.is_empty() && level == 0 {
        return Err(PyErr::new(&VALUE_ERROR, "Empty module name"));
    }
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
                        // Only the submodule itself missing is not an error.
                        Err(e)
                            if e.matches(&MODULE_NOT_FOUND_ERROR)
                                && getattr_str(e.instance(), "name")
                                    .is_ok_and(|n| pystr::as_str(&n) == Some(sub.as_str())) => {}
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
            Err(exception_methods::new_import_error(
                &IMPORT_ERROR,
                &format!("cannot import name '{}' from '{mname}' ({file})", s(name)),
                &[("name", pystr::new(&mname)), ("name_from", name.clone())],
            ))
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
