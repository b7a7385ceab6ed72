//! The Rust side of a raised exception: `PyResult<T> = Result<T, PyErr>`,
//! where `PyErr` is one word, an owned reference to the exception instance.

use std::fmt;

use crate::object::{TypeObject, Value};
use crate::types::exceptions::{self, ExceptionObject};
use crate::types::str as pystr;

pub type PyResult<T> = Result<T, PyErr>;

/// A raised exception (an instance of a `BaseException` subclass).
pub struct PyErr(Value);

const _: () = assert!(std::mem::size_of::<PyErr>() == 8);

impl PyErr {
    /// `ty(message)`.
    #[cold]
    pub fn new(ty: &'static TypeObject, message: impl AsRef<str>) -> PyErr {
        PyErr::with_args(ty, vec![pystr::new(message.as_ref())])
    }

    /// `ty(*args)`.
    #[cold]
    pub fn with_args(ty: &'static TypeObject, args: Vec<Value>) -> PyErr {
        PyErr(exceptions::new_exception(ty, args))
    }

    /// Raises an existing exception instance.
    pub fn from_instance(exc: Value) -> Option<PyErr> {
        exc.downcast::<ExceptionObject>()?;
        Some(PyErr(exc))
    }

    pub fn instance(&self) -> &Value {
        &self.0
    }

    pub fn into_instance(self) -> Value {
        self.0
    }

    pub fn exc_type(&self) -> &TypeObject {
        self.0.type_of()
    }

    /// `isinstance(exc, ty)`.
    pub fn matches(&self, ty: &TypeObject) -> bool {
        self.0.type_of().is_subtype_of(ty)
    }

    /// The `args` tuple.
    pub fn args(&self) -> Value {
        exceptions::args(&self.0)
    }

    /// `str(exc)`.
    pub fn message(&self) -> String {
        match crate::ops::str(&self.0) {
            Ok(s) => pystr::to_string_lossy(&s),
            Err(_) => String::from("<exception str() failed>"),
        }
    }
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let msg = self.message();
        if msg.is_empty() {
            write!(f, "{}", self.exc_type().name)
        } else {
            write!(f, "{}: {}", self.exc_type().name, msg)
        }
    }
}

impl fmt::Display for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}
