//! Taipan's instruction set and code objects.
//!
//! This crate is the single source of truth for opcodes (DESIGN.md §1): the
//! compiler emits them, the interpreter and specializer execute and rewrite
//! them, the trace projector reads them and `dis` prints them, all from the
//! tables generated in [`opcode`].

pub mod code;
pub mod dis;
pub mod exception_table;
pub mod instruction;
pub mod location;
pub mod oparg;
pub mod opcode;
mod repr;

pub use code::{CodeFlags, CodeObject, ConstKey, ConstValue, LocalKind};
pub use exception_table::ExceptionTableEntry;
pub use instruction::{emit, CodeUnit, Instruction, Instructions};
pub use location::{Location, LocationTableBuilder};
pub use opcode::{dis_stack_effect, AnyOpcode, ArgKind, Flags, Opcode, PseudoOpcode, StackEffect};
