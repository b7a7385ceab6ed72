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
