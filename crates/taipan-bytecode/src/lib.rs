//! Taipan's instruction set and code objects.
//!
//! This crate is the single source of truth for opcodes (DESIGN.md §1): the
//! compiler emits them, the interpreter and specializer execute and rewrite
//! them, the trace projector reads them and `dis` prints them, all from the
//! tables generated in [`opcode`].
//!
//! * [`opcode`]: `Opcode` (real, `#[repr(u8)]`, CPython 3.14 numbers),
//!   `PseudoOpcode` (from 256), `AnyOpcode`; per opcode its name, oparg
//!   kind, cache layout, stack effect, flags, deopt/specialized forms.
//! * [`oparg`]: what opargs mean (binary operators, comparisons,
//!   intrinsics, common constants, ...) and packed-oparg helpers.
//! * [`instruction`]: 16-bit code units, [`emit`] with `EXTENDED_ARG`s and
//!   caches, and the [`Instructions`] walk.
//! * [`code`]: [`CodeObject`] and [`ConstValue`].
//! * [`location`] and [`exception_table`]: `co_linetable` and
//!   `co_exceptiontable` in CPython's encodings, both directions.
//! * [`dis`]: the text of `dis.dis`, `dis.disassemble`, `dis.code_info`.

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
