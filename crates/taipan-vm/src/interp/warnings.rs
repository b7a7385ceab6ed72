//! Warnings the runtime itself issues (`~` on a bool, ...). Once the
//! `warnings` module is imported they go through its `warn_explicit`, so
//! its filters apply (a filter of "error" raises), as CPython's go through
//! `_warnings`. Before that they are printed as the default filters and
//! `formatwarning` would: `file:line: Category: message` and the stripped
//! source line, once per location and message; `DeprecationWarning` only
//! for code in `__main__`, the other ignored-by-default categories never.

use std::collections::HashSet;
use std::sync::Mutex;

use super::objects::Code;
use crate::error::PyResult;
use crate::object::{TypeObject, Value};
use crate::types::exceptions::{
    DEPRECATION_WARNING, IMPORT_WARNING, PENDING_DEPRECATION_WARNING, RESOURCE_WARNING,
};
use crate::types::{dict, int, str as pystr};

/// (category, message, file, line) of a warning.
type Location = (String, String, String, i32);

/// The warnings already shown.
static SHOWN: Mutex<Option<HashSet<Location>>> = Mutex::new(None);

/// Issues `message` of `category` for the instruction at `lasti` of a
/// frame running `code` with `globals`.
pub fn warn_at(
    category: &TypeObject,
    message: &str,
    code: &Code,
    lasti: usize,
    globals: &Value,
) -> PyResult<()> {
    let name = dict::get_item(globals, &pystr::intern("__name__"))?;
    if let Some(warnings) =
        dict::get_item(&super::modules::sys_modules(), &pystr::intern("warnings"))?
    {
        let registry = match dict::get_item(globals, &pystr::intern("__warningregistry__"))? {
            Some(r) => r,
            None => {
                let r = dict::new();
                dict::set_item(globals, pystr::intern("__warningregistry__"), r.clone())?;
                r
            }
        };
        let warn_explicit = super::attrs::getattr_str(&warnings, "warn_explicit")?;
        let line = code.line_of(lasti).unwrap_or(0);
        let args = [
            pystr::new(message),
            category.as_value(),
            code.filename.clone(),
            int::from_i64(i64::from(line)),
            name.unwrap_or_else(|| pystr::new("<string>")),
            registry,
            globals.clone(),
        ];
        return super::call_object(&warn_explicit, &args, &[]).map(drop);
    }
    let module = name.map(|n| pystr::to_string_lossy(&n)).unwrap_or_default();
    let ignored = if std::ptr::eq(category, &DEPRECATION_WARNING) {
        module != "__main__"
    } else {
        [
            &PENDING_DEPRECATION_WARNING,
            &IMPORT_WARNING,
            &RESOURCE_WARNING,
        ]
        .iter()
        .any(|c| std::ptr::eq(category, *c))
    };
    if ignored {
        return Ok(());
    }
    let filename = pystr::to_string_lossy(&code.filename);
    let line = code.line_of(lasti).unwrap_or(0);
    let key = (
        category.name.to_string(),
        message.to_string(),
        filename.clone(),
        line,
    );
    {
        let mut shown = SHOWN.lock().unwrap_or_else(|e| e.into_inner());
        if !shown.get_or_insert_with(HashSet::new).insert(key) {
            return Ok(());
        }
    }
    print_warning(category, message, &filename, line);
    Ok(())
}

/// Issues `message` of `category` for the line the innermost running frame
/// is at (native code's `warnings.warn(message, category)`).
pub fn warn_here(category: &TypeObject, message: &str) -> PyResult<()> {
    match super::frame_object::current_position() {
        Some((code, lasti, globals)) => warn_at(category, message, &code, lasti, &globals),
        None => Ok(()),
    }
}

/// `file:line: Category: message` and the file's stripped source line.
fn print_warning(category: &TypeObject, message: &str, filename: &str, line: i32) {
    let mut text = format!("{filename}:{line}: {}: {message}\n", category.name);
    if let Some(src) = std::fs::read_to_string(filename).ok().and_then(|t| {
        t.lines()
            .nth((line.max(1) - 1) as usize)
            .map(str::to_string)
    }) {
        let src = src.trim();
        if !src.is_empty() {
            text.push_str(&format!("  {src}\n"));
        }
    }
    super::builtins::write_stderr(&text);
}

/// Issues a warning about line `lineno` of `filename`
/// (`warnings.warn_explicit`): through the `warnings` module when it has
/// been imported, else printed as its default filter prints it. An error
/// the filters make of it is returned.
pub fn warn_explicit(
    category: &'static TypeObject,
    message: &str,
    filename: &str,
    lineno: u32,
) -> PyResult<()> {
    let module = dict::get_item(&super::modules::sys_modules(), &pystr::intern("warnings"))?;
    if let Some(f) = module.and_then(|m| super::attrs::getattr_str(&m, "warn_explicit").ok()) {
        let args = [
            pystr::new(message),
            category.as_value(),
            pystr::new(filename),
            int::from_i64(i64::from(lineno)),
        ];
        super::call_object(&f, &args, &[])?;
        return Ok(());
    }
    print_warning(category, message, filename, lineno as i32);
    Ok(())
}
