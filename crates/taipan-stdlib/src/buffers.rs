//! The buffer protocol as the native modules see it: the bytes of a
//! bytes-like object (bytes, bytearray, memoryview, and array.array
//! through the VM's exporter hook), and writes into a writable one.

use std::borrow::Cow;

use taipan_vm::interp::builtins::bytes_methods::buffer;
use taipan_vm::interp::bytearray::ByteArrayObject;
use taipan_vm::interp::{memoryview, type_error};
use taipan_vm::{PyResult, Value};

use crate::array::ArrayObject;

/// A required bytes-like argument (CPython's message otherwise).
pub(crate) fn need_bytes(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    buffer(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_of().name
        ))
    })
}

/// Runs `f` on the bytes of a writable buffer (it must not run Python
/// code); TypeError for read-only and non-buffer objects.
pub(crate) fn with_writable<R>(v: &Value, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
    if let Some(b) = v.downcast::<ByteArrayObject>() {
        return Ok(b.modify(|d| f(d)));
    }
    if let Some(a) = v.downcast::<ArrayObject>() {
        return Ok(a.modify_bytes(f));
    }
    memoryview::with_writable(v, f).unwrap_or_else(|| {
        Err(type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            v.type_of().name
        )))
    })
}
