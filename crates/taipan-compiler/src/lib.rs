//! Taipan's compiler: AST to code objects, the way CPython 3.14 does it.
//!
//! The pipeline: [`future`] features, the [`symtable`] (two passes), code
//! generation to a control-flow graph, CFG optimization, and assembly into
//! code objects.

pub mod error;
pub mod future;
pub mod symtable;
