//! Taipan's instruction set and code objects.
//!
//! This crate is the single source of truth for opcodes (DESIGN.md §1): the
//! compiler emits them, the interpreter and specializer execute and rewrite
//! them, the trace projector reads them and `dis` prints them, all from the
//! tables generated in [`opcode`].

pub mod oparg;
pub mod opcode;

pub use opcode::{AnyOpcode, ArgKind, Flags, Opcode, PseudoOpcode, StackEffect};
