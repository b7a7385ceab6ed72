//! The object model core: values, the object header, reference counting
//! and type objects.

pub mod cell;
pub mod extend;
pub mod header;
pub mod payload;
pub mod refcount;
pub mod typeobj;
pub mod value;

pub use cell::Cell;
pub use header::{ObjHeader, ObjMutex};
pub use payload::PyPayload;
pub use typeobj::{tpflags, BinOp, BinaryFn, CompareOp, Slots, TypeObject, UnaryFn, NUM_BINOPS};
pub use value::{RawValue, Value, SMALL_INT_MAX, SMALL_INT_MIN};
