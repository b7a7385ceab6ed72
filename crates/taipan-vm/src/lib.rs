//! Taipan's runtime: the object model (values, headers, biased reference
//! counting, type objects), the built-in types and the abstract object
//! protocol the interpreter dispatches through.
//!
//! See docs/ARCHITECTURE.md, "Runtime objects", for the decisions.

pub mod error;
pub mod hash;
pub mod interp;
pub mod object;
pub mod ops;
pub mod runtime;
pub mod types;

pub use error::{PyErr, PyResult};
pub use object::{ObjHeader, RawValue, TypeObject, Value};
