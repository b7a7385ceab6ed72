//! The built-in types.

pub mod bigint;
pub mod bytes;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod int;
pub mod list;
pub mod object;
pub mod set;
pub mod singletons;
pub mod str;
pub mod tuple;

use crate::error::{PyErr, PyResult};

/// A vector with room for `n` items, or `MemoryError` when the allocation
/// fails (sizes come from user input, e.g. `s * n`).
pub(crate) fn vec_with_capacity<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n)
        .map_err(|_| PyErr::with_args(&exceptions::MEMORY_ERROR, Vec::new()))?;
    Ok(v)
}
