//! Taipan's compiler: AST to code objects, the way CPython 3.14 does it.
//!
//! The pipeline: [`future`] features, the [`symtable`] (two passes), code
//! generation to a control-flow graph, CFG optimization, and assembly into
//! code objects. Instructions, constants and code objects are
//! `taipan_bytecode`'s: the compiler emits `AnyOpcode`s and reads their
//! stack effects, cache sizes and control-flow flags from its table.

pub mod assemble;
pub mod codegen;
pub mod consts;
pub mod error;
pub mod fasthash;
pub mod flowgraph;
pub mod fold;
pub mod future;
pub mod literal;
pub mod location;
pub mod seq;
pub mod symtable;
pub mod unparse;
pub mod warning;

use std::sync::Arc;
use taipan_bytecode::CodeObject;
use taipan_syntax::ast;
use taipan_syntax::SyntaxError;

/// How the source is to be run (`compile()`'s `mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compiles a parsed module to its code object; compile-time errors
/// (scoping, `return` outside function, ...) are `SyntaxError`s with
/// CPython's messages and locations. Warnings are dropped: see
/// [`compile_with_warnings`].
pub fn compile(
    module: &ast::Mod,
    filename: &str,
    mode: Mode,
) -> Result<Arc<CodeObject>, SyntaxError> {
    compile_with_warnings(module, filename, mode).map(|compiled| compiled.code)
}

/// A code object and the warnings its compilation raised.
pub struct Compiled {
    pub code: Arc<CodeObject>,
    pub warnings: Vec<warning::CompileWarning>,
}

/// Compiles like [`compile`] and also returns the warnings raised on the
/// way, in source order, for the caller to show as CPython would.
pub fn compile_with_warnings(
    module: &ast::Mod,
    filename: &str,
    mode: Mode,
) -> Result<Compiled, SyntaxError> {
    let body: &[ast::Stmt] = match module {
        ast::Mod::Module { body, .. } | ast::Mod::Interactive { body } => body,
        _ => &[],
    };
    let future = future::parse_future(body)?;
    let mut table = symtable::build(module, &future, false)?;
    let warnings = std::mem::take(&mut table.warnings);
    let mut compiler = codegen::Compiler::new(&table, filename, future);
    compiler.interactive = mode == Mode::Single;
    let code = compiler.compile_module(module)?;
    Ok(Compiled { code, warnings })
}

/// Compiles a module (`exec` mode).
pub fn compile_module(module: &ast::Mod, filename: &str) -> Result<Arc<CodeObject>, SyntaxError> {
    compile(module, filename, Mode::Exec)
}

/// Parses and compiles module source (`exec` mode).
pub fn compile_source(source: &str, filename: &str) -> Result<Arc<CodeObject>, SyntaxError> {
    let module = taipan_syntax::parse_module(source)?;
    compile_module(&module, filename)
}
