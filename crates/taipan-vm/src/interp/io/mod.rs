//! The `_io` module: the abstract bases (`_IOBase` and its raw, buffered
//! and text refinements), the in-memory streams (`StringIO`, `BytesIO`),
//! the file objects `open()` returns, and the module's helpers.

mod bytesio;
mod file;
mod iobase;
mod newline;
mod stdio;
mod stringio;
mod textcodec;

pub use self::file::{native_text_write, open, os_error, FileObject};
pub use self::iobase::{BUFFERED_IOBASE_TYPE, IOBASE_TYPE, RAW_IOBASE_TYPE, TEXT_IOBASE_TYPE};
pub use self::stdio::{is_native_stdout, std_stream, stdout_flush, stdout_write};

use super::objects::{native_any_arity, new_module};
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::Value;
use crate::types::exceptions::{OS_ERROR, VALUE_ERROR};
use crate::types::{dict, int, singletons, str as pystr};

/// `io.DEFAULT_BUFFER_SIZE` (CPython 3.14's value).
pub const DEFAULT_BUFFER_SIZE: usize = 128 * 1024;

/// `io.UnsupportedOperation`: an OSError and a ValueError.
fn unsupported_operation() -> Value {
    static TYPE: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    TYPE.get_or_init(|| {
        let ns = dict::new();
        let _ = dict::set_item(&ns, pystr::intern("__module__"), pystr::new("io"));
        super::classes::new_class(
            "UnsupportedOperation",
            vec![OS_ERROR.as_value(), VALUE_ERROR.as_value()],
            &ns,
        )
        .unwrap_or_else(|_| OS_ERROR.as_value())
    })
    .clone()
}

/// An `io.UnsupportedOperation` error with message `what`.
fn unsupported(what: &str) -> PyErr {
    match call_object(&unsupported_operation(), &[pystr::new(what)], &[]) {
        Ok(exc) => PyErr::from_instance(exc).unwrap_or_else(|| PyErr::new(&OS_ERROR, what)),
        Err(err) => err,
    }
}

/// The error of any operation on a closed stream.
fn closed_error() -> PyErr {
    PyErr::new(&VALUE_ERROR, "I/O operation on closed file.")
}

/// `obj.name(*args)`.
fn call_method(obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    call_object(&super::attrs::getattr_str(obj, name)?, args, &[])
}

/// The positional arguments after `self`, checking that no keywords were
/// given and that there are `lo..=hi` of them.
fn method_args<'a>(
    name: &str,
    a: &'a [Value],
    k: &[Value],
    lo: usize,
    hi: usize,
) -> PyResult<&'a [Value]> {
    if !k.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = &a[1..];
    super::builtins::check_count("", name, rest.len(), lo, hi)?;
    Ok(rest)
}

/// A size argument: `None` or a negative int mean "no limit".
fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    let Some(v) = v.filter(|v| !singletons::is_none(v)) else {
        return Ok(None);
    };
    if v.type_of().slots.index.is_none() {
        return Err(type_error(format!(
            "argument should be integer or None, not '{}'",
            v.type_of().name
        )));
    }
    let n = i64_arg(v)?;
    Ok(usize::try_from(n).ok())
}

/// An int argument as an `i64` (`index()` semantics), saturating beyond
/// the range (positions and sizes that large fail later anyway).
fn i64_arg(v: &Value) -> PyResult<i64> {
    let n = crate::ops::index(v)?;
    Ok(match int::as_int(&n) {
        Some(int::IntRef::Small(i)) => i,
        Some(r) if r.is_negative() => i64::MIN,
        _ => i64::MAX,
    })
}

/// Whether `obj.closed` is true.
fn is_closed(obj: &Value) -> PyResult<bool> {
    crate::ops::truthy(&super::attrs::getattr_str(obj, "closed")?)
}

/// `text_encoding(encoding, stacklevel=2, /)`: the encoding to use when
/// none was given.
fn text_encoding(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(type_error("text_encoding() takes no keyword arguments"));
    }
    super::builtins::check_count("", "text_encoding", a.len(), 1, 2)?;
    if singletons::is_none(&a[0]) {
        return Ok(pystr::new("locale"));
    }
    Ok(a[0].clone())
}

/// `open_code(path)`: the file opened for reading in binary mode.
fn open_code(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let path = match (a, k) {
        ([p], []) => p.clone(),
        ([p], [name]) if pystr::as_str(name) == Some("path") => p.clone(),
        _ => {
            return Err(type_error(format!(
                "open_code() takes exactly 1 argument ({} given)",
                a.len()
            )))
        }
    };
    if pystr::as_str(&path).is_none() {
        return Err(type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            path.type_of().name
        )));
    }
    open(&[path, pystr::new("rb")], &[])
}

/// Fills the types' dicts (once; `open()` needs them before any import).
pub fn install() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        iobase::install();
        stringio::install();
        bytesio::install();
        newline::install();
        file::install();
    });
}

/// The `_io` module.
pub fn module() -> PyResult<Value> {
    install();
    let d = dict::new();
    let set = |name: &str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    set(
        "DEFAULT_BUFFER_SIZE",
        int::from_i64(DEFAULT_BUFFER_SIZE as i64),
    )?;
    set("UnsupportedOperation", unsupported_operation())?;
    let builtins = super::builtins::builtins();
    if let Some(e) = dict::get_item(builtins, &pystr::intern("BlockingIOError"))? {
        set("BlockingIOError", e)?;
    }
    set("open", native_any_arity("open", open))?;
    set("open_code", native_any_arity("open_code", open_code))?;
    set(
        "text_encoding",
        native_any_arity("text_encoding", text_encoding),
    )?;
    for ty in [
        &IOBASE_TYPE,
        &RAW_IOBASE_TYPE,
        &BUFFERED_IOBASE_TYPE,
        &TEXT_IOBASE_TYPE,
        &stringio::STRINGIO_TYPE,
        &bytesio::BYTESIO_TYPE,
        &newline::NEWLINE_DECODER_TYPE,
    ]
    .into_iter()
    .chain(file::types())
    {
        set(&ty.name, ty.as_value())?;
    }
    new_module("_io", d)
}
