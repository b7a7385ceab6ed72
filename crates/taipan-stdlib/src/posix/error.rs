//! OSError values from C's `errno`, with CPython's subclass, `strerror`
//! text and filename attributes.

use std::ffi::c_int;

use taipan_vm::types::exceptions::{new_os_error, OS_ERROR};
use taipan_vm::types::{int, singletons, str as pystr};
use taipan_vm::{PyErr, Value};

/// The calling thread's current `errno`.
pub(crate) fn errno() -> c_int {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// C's `strerror(code)` text (`Unknown error N` for an unknown code).
pub(crate) fn strerror(code: c_int) -> String {
    // Rust's text is strerror's followed by " (os error N)".
    let text = std::io::Error::from_raw_os_error(code).to_string();
    match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// `OSError(code, strerror(code), filename, None, filename2)`: the
/// subclass for `code` (FileNotFoundError, ...).
pub(crate) fn os_error(code: c_int, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    let mut args = vec![int::from_i64(code.into()), pystr::new(&strerror(code))];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(singletons::none());
            args.push(f2.clone());
        }
    }
    match new_os_error(&OS_ERROR, &args) {
        Ok(exc) => PyErr::from_instance(exc).unwrap_or_else(|| PyErr::new(&OS_ERROR, "")),
        Err(e) => e,
    }
}

/// The OSError for the current `errno`.
pub(crate) fn last_error(filename: Option<&Value>) -> PyErr {
    os_error(errno(), filename, None)
}

/// The OSError for a failed `std` I/O call.
pub(crate) fn io_error(e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    os_error(e.raw_os_error().unwrap_or(0), filename, None)
}
