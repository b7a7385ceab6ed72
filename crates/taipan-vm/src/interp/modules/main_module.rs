//! Finding the module `taipan -m NAME` runs as `__main__`, with the
//! reasons CPython's `runpy` gives when it cannot.

use super::*;
use crate::types::exceptions::SYSTEM_EXIT;

/// A source module found for `-m`: its full name (`pkg.__main__` for a
/// package) and its file.
pub struct MainModule {
    pub name: String,
    pub path: String,
}

/// Why a name cannot be run: a reason `runpy` reports as
/// `EXECUTABLE: REASON` (exit status 1), or an exception raised while
/// importing a parent package, reported as uncaught.
enum NotRunnable {
    Reason(String),
    Raised(PyErr),
}

/// Finds the source module `name` names, importing its parent packages
/// (and for a package, the package itself) as `runpy` does. The error is
/// the `SystemExit` that reports a name that cannot be run.
pub fn find_main_module(name: &str) -> PyResult<MainModule> {
    find(name).map_err(|e| match e {
        NotRunnable::Raised(e) => e,
        NotRunnable::Reason(reason) => {
            let exe = sys_attr("executable").map(|e| s(&e)).unwrap_or_default();
            PyErr::new(&SYSTEM_EXIT, format!("{exe}: {reason}"))
        }
    })
}

/// Sets `__spec__`, `__loader__`, `__package__` and `__cached__` of the
/// `__main__` namespace `d` to those of the module it runs.
pub fn set_main_module_spec(d: &Value, module: &MainModule) {
    set_spec(
        d,
        &module.name,
        Origin::Source {
            path: module.path.clone(),
            package_dir: None,
        },
    );
}

fn quoted(name: &str) -> String {
    ops::repr(&pystr::new(name)).map_or_else(|_| format!("'{name}'"), |r| s(&r))
}

fn spec_error(name: &str, e: &PyErr) -> NotRunnable {
    let message = str_of_error(e);
    NotRunnable::Reason(format!(
        "Error while finding module specification for {} ({}: {message})",
        quoted(name),
        e.instance().type_of().name
    ))
}

fn str_of_error(e: &PyErr) -> String {
    ops::str(e.instance()).map_or_else(|_| String::new(), |v| s(&v))
}

/// The name of the module a `ModuleNotFoundError` could not find.
fn missing_name(e: &PyErr) -> Option<String> {
    if !e.matches(&MODULE_NOT_FOUND_ERROR) {
        return None;
    }
    getattr_str(e.instance(), "name")
        .ok()
        .and_then(|n| pystr::as_str(&n).map(str::to_string))
}

fn find(name: &str) -> Result<MainModule, NotRunnable> {
    if name.starts_with('.') {
        return Err(NotRunnable::Reason(
            "Relative module names not supported".into(),
        ));
    }
    if let Some((parent, _)) = name.rsplit_once('.') {
        match load_module(parent) {
            Ok(p) => {
                if getattr_str(&p, "__path__").is_err() {
                    return Err(NotRunnable::Reason(format!(
                        "Error while finding module specification for {} \
                         (ModuleNotFoundError: __path__ attribute not found on \
                         {} while trying to find {})",
                        quoted(name),
                        quoted(parent),
                        quoted(name)
                    )));
                }
            }
            // A missing parent package is reported as the search's error.
            Err(e)
                if missing_name(&e)
                    .is_some_and(|m| parent == m || parent.starts_with(&format!("{m}."))) =>
            {
                return Err(spec_error(name, &e));
            }
            Err(e) => return Err(NotRunnable::Raised(e)),
        }
    }
    let source = match locate(name) {
        Ok(Located::Source(src)) => src,
        Ok(Located::Loaded(m)) => loaded_source(&m)
            .ok_or_else(|| NotRunnable::Reason(format!("No code object available for {name}")))?,
        Err(e) if missing_name(&e).as_deref() == Some(name) => {
            return Err(NotRunnable::Reason(format!("No module named {name}")));
        }
        Err(e) if e.matches(&IMPORT_ERROR) => return Err(spec_error(name, &e)),
        Err(e) => return Err(NotRunnable::Raised(e)),
    };
    if source.package_dir.is_none() {
        return Ok(MainModule {
            name: name.to_string(),
            path: source.path.to_string_lossy().into_owned(),
        });
    }
    if name == "__main__" || name.ends_with(".__main__") {
        return Err(NotRunnable::Reason(
            "Cannot use package as __main__ module".into(),
        ));
    }
    find(&format!("{name}.__main__")).map_err(|e| match e {
        NotRunnable::Reason(reason) => NotRunnable::Reason(format!(
            "{reason}; {} is a package and cannot be directly executed",
            quoted(name)
        )),
        raised => raised,
    })
}

/// The source of a module already imported, if it came from a `.py` file.
fn loaded_source(m: &Value) -> Option<SourceLocation> {
    let file = getattr_str(m, "__file__").ok()?;
    let path = pystr::as_str(&file)?.to_string();
    if !path.ends_with(".py") {
        return None;
    }
    let package_dir = getattr_str(m, "__path__")
        .ok()
        .and_then(|p| collect(&p).ok()?.first().map(s));
    Some(SourceLocation {
        path: path.into(),
        package_dir,
    })
}
