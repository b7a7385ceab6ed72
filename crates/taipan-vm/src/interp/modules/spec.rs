//! Module specs and loaders (`module.__spec__`, `module.__loader__`): what
//! the import system records about where a module came from.

use super::*;
use crate::interp::objects::simple_type;
use crate::object::{ObjHeader, PyPayload, TypeObject};

/// Where a module was loaded from.
#[derive(Clone)]
pub(super) enum Origin {
    BuiltIn,
    /// A source file, and for a package its directory.
    Source {
        path: String,
        package_dir: Option<String>,
    },
}

#[repr(C)]
pub struct LoaderObject {
    header: ObjHeader,
    name: String,
    origin: Origin,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for LoaderObject {
    fn type_object() -> &'static TypeObject {
        &LOADER_TYPE
    }
}

fn loader_repr(v: &Value) -> PyResult<Value> {
    let l = v.downcast::<LoaderObject>().expect("loader");
    Ok(pystr::new(&match l.origin {
        Origin::BuiltIn => "<class '_frozen_importlib.BuiltinImporter'>".to_string(),
        Origin::Source { .. } => format!(
            "<_frozen_importlib_external.SourceFileLoader object at {:#x}>",
            crate::types::object::address(v)
        ),
    }))
}

fn loader_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let l = v.downcast::<LoaderObject>().expect("loader");
    match (pystr::as_str(name), &l.origin) {
        (Some("name"), Origin::Source { .. }) => Ok(pystr::new(&l.name)),
        (Some("path"), Origin::Source { path, .. }) => Ok(pystr::new(path)),
        _ => attrs::generic_getattr(v, name),
    }
}

simple_type!(LOADER_TYPE, "SourceFileLoader", LoaderObject, {
    repr: Some(loader_repr),
    getattr: Some(loader_getattr),
});

#[repr(C)]
pub struct SpecObject {
    header: ObjHeader,
    name: String,
    loader: Value,
    origin: Origin,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for SpecObject {
    fn type_object() -> &'static TypeObject {
        &SPEC_TYPE
    }
}

fn origin_value(o: &Origin) -> Value {
    match o {
        Origin::BuiltIn => pystr::new("built-in"),
        Origin::Source { path, .. } => pystr::new(path),
    }
}

fn spec_repr(v: &Value) -> PyResult<Value> {
    let sp = v.downcast::<SpecObject>().expect("spec");
    let mut parts = vec![
        format!("name='{}'", sp.name),
        format!("loader={}", s(&ops::repr(&sp.loader)?)),
        format!("origin={}", s(&ops::repr(&origin_value(&sp.origin))?)),
    ];
    if let Origin::Source {
        package_dir: Some(d),
        ..
    } = &sp.origin
    {
        parts.push(format!("submodule_search_locations=['{d}']"));
    }
    Ok(pystr::new(&format!("ModuleSpec({})", parts.join(", "))))
}

fn spec_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let sp = v.downcast::<SpecObject>().expect("spec");
    let package_dir = match &sp.origin {
        Origin::Source { package_dir, .. } => package_dir.clone(),
        Origin::BuiltIn => None,
    };
    Ok(match pystr::as_str(name) {
        Some("name") => pystr::new(&sp.name),
        Some("loader") => sp.loader.clone(),
        Some("origin") => origin_value(&sp.origin),
        Some("has_location") => singletons::bool(matches!(sp.origin, Origin::Source { .. })),
        Some("cached") | Some("loader_state") => singletons::none(),
        Some("submodule_search_locations") => match &package_dir {
            Some(d) => list::new(vec![pystr::new(d)]),
            None => singletons::none(),
        },
        Some("parent") => pystr::new(match &package_dir {
            Some(_) => &sp.name,
            None => sp.name.rsplit_once('.').map_or("", |(p, _)| p),
        }),
        _ => return attrs::generic_getattr(v, name),
    })
}

simple_type!(SPEC_TYPE, "ModuleSpec", SpecObject, {
    repr: Some(spec_repr),
    getattr: Some(spec_getattr),
});

/// A loader and the spec naming it, for module `name`.
pub(super) fn spec_and_loader(name: &str, origin: Origin) -> (Value, Value) {
    let loader = Value::from_box(Box::new(LoaderObject {
        header: ObjHeader::new(&LOADER_TYPE),
        name: name.to_string(),
        origin: origin.clone(),
    }));
    let spec = Value::from_box(Box::new(SpecObject {
        header: ObjHeader::new(&SPEC_TYPE),
        name: name.to_string(),
        loader: loader.clone(),
        origin,
    }));
    (spec, loader)
}

/// Sets `__spec__`, `__loader__` and `__package__` of a module namespace.
pub(super) fn set_spec(d: &Value, name: &str, origin: Origin) {
    let package = match &origin {
        Origin::Source {
            package_dir: Some(_),
            ..
        } => name.to_string(),
        _ => name.rsplit_once('.').map_or("", |(p, _)| p).to_string(),
    };
    // Where CPython 3.14 would cache a source module's bytecode.
    if let Origin::Source { path, .. } = &origin {
        let p = std::path::Path::new(path);
        let stem = p
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into_owned());
        let dir = p.parent().unwrap_or(std::path::Path::new(""));
        let file = dir
            .join("__pycache__")
            .join(format!("{stem}.cpython-314.pyc"));
        set(d, "__cached__", pystr::new(&file.to_string_lossy()));
    }
    let (spec, loader) = match importlib_spec(name, &origin) {
        Ok(Some(pair)) => pair,
        _ => spec_and_loader(name, origin),
    };
    set(d, "__spec__", spec);
    set(d, "__loader__", loader);
    set(d, "__package__", pystr::new(&package));
}

/// `__main__`'s loader for the script at `path` (its `__spec__` is None).
pub fn main_loader(path: &str) -> Value {
    spec_and_loader(
        "__main__",
        Origin::Source {
            path: path.to_string(),
            package_dir: None,
        },
    )
    .1
}

/// Whether `importlib` has loaded and its finders are installed: from then
/// on modules get importlib's own specs and loaders.
static IMPORTLIB_READY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// importlib's `ModuleSpec` and loader (BuiltinImporter, SourceFileLoader)
/// for a module, once importlib is ready.
fn importlib_spec(name: &str, origin: &Origin) -> PyResult<Option<(Value, Value)>> {
    if !IMPORTLIB_READY.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(None);
    }
    let mods = sys_modules();
    let get = |m: &str| dict::get_item(&mods, &pystr::new(m));
    let (Some(boot), Some(ext)) = (
        get("importlib._bootstrap")?,
        get("importlib._bootstrap_external")?,
    ) else {
        return Ok(None);
    };
    let call = crate::interp::call_object;
    let kw = |k: &str| pystr::intern(k);
    Ok(Some(match origin {
        Origin::BuiltIn => {
            let loader = getattr_str(&boot, "BuiltinImporter")?;
            let spec = call(
                &getattr_str(&boot, "ModuleSpec")?,
                &[pystr::new(name), loader.clone(), pystr::new("built-in")],
                &[kw("origin")],
            )?;
            (spec, loader)
        }
        Origin::Source { path, package_dir } => {
            let loader = call(
                &getattr_str(&ext, "SourceFileLoader")?,
                &[pystr::new(name), pystr::new(path)],
                &[],
            )?;
            let search = match package_dir {
                Some(d) => list::new(vec![pystr::new(d)]),
                None => singletons::none(),
            };
            let spec = call(
                &getattr_str(&ext, "spec_from_file_location")?,
                &[pystr::new(name), pystr::new(path), loader.clone(), search],
                &[kw("loader"), kw("submodule_search_locations")],
            )?;
            (spec, loader)
        }
    }))
}

/// Gives `importlib` users CPython's finders once `importlib` has loaded
/// (CPython installs them at startup): `sys.meta_path` gets
/// BuiltinImporter, FrozenImporter and PathFinder, `sys.path_hooks` the
/// FileFinder hook. `importlib.util.find_spec`, `import_module` and
/// `reload` use them; Taipan's own `import` statement does not.
pub(super) fn install_importlib_finders(external: &Value) -> PyResult<()> {
    // Once: a fresh copy of the module (test.support's
    // import_fresh_module) must not install a second set.
    if IMPORTLIB_READY.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(());
    }
    let Some(bootstrap) = dict::get_item(&sys_modules(), &pystr::new("importlib._bootstrap"))?
    else {
        return Ok(());
    };
    let Some(meta_path) = sys_attr("meta_path") else {
        return Ok(());
    };
    let append = getattr_str(&meta_path, "append")?;
    for finder in ["BuiltinImporter", "FrozenImporter"] {
        crate::interp::call_object(&append, &[getattr_str(&bootstrap, finder)?], &[])?;
    }
    crate::interp::call_object(&getattr_str(external, "_install")?, &[bootstrap], &[])?;
    IMPORTLIB_READY.store(true, std::sync::atomic::Ordering::Relaxed);
    // Modules loaded so far trade Taipan's own specs for importlib's.
    for (name, m) in attrs::dict_items(&sys_modules()) {
        let Ok(d) = getattr_str(&m, "__dict__") else {
            continue;
        };
        let old = dict::get_item(&d, &pystr::intern("__spec__"))?;
        let Some(sp) = old.as_ref().and_then(|v| v.downcast::<SpecObject>()) else {
            continue;
        };
        if let Some((spec, loader)) = importlib_spec(&s(&name), &sp.origin)? {
            set(&d, "__spec__", spec);
            set(&d, "__loader__", loader);
        }
    }
    Ok(())
}
