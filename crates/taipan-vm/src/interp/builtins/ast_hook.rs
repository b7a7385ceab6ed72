//! The bridge between `compile()` and the `_ast` module: the node classes
//! live in taipan-stdlib, which registers here how to turn a parsed tree
//! into Python node objects and back.

use std::sync::RwLock;

use super::SourceMode;
use crate::error::PyResult;
use crate::interp::{objects, type_error};
use crate::object::Value;
use taipan_syntax::ast::Mod;

/// `ast.PyCF_ONLY_AST`: `compile()` returns the tree instead of code.
pub const PY_CF_ONLY_AST: i64 = 0x400;

/// What the `_ast` module supplies.
#[derive(Clone, Copy)]
pub struct AstHooks {
    /// The Python node objects for a parsed tree.
    pub to_python: fn(&Mod) -> PyResult<Value>,
    /// Whether a value is an `ast.AST` instance.
    pub is_ast: fn(&Value) -> bool,
    /// The tree a Python `ast.mod` node describes; `mode` is `compile()`'s.
    pub from_python: fn(&Value, &str) -> PyResult<Mod>,
}

static HOOKS: RwLock<Option<AstHooks>> = RwLock::new(None);

/// Called once by the `_ast` module's crate before running code.
pub fn register(hooks: AstHooks) {
    *HOOKS.write().unwrap_or_else(|e| e.into_inner()) = Some(hooks);
}

fn hooks() -> Option<AstHooks> {
    *HOOKS.read().unwrap_or_else(|e| e.into_inner())
}

pub(super) fn is_ast(v: &Value) -> bool {
    hooks().is_some_and(|h| (h.is_ast)(v))
}

pub(super) fn to_python(module: &Mod) -> PyResult<Value> {
    match hooks() {
        Some(h) => (h.to_python)(module),
        None => Err(crate::error::PyErr::new(
            &crate::types::exceptions::IMPORT_ERROR,
            "No module named '_ast'",
        )),
    }
}

/// `compile(source, filename, 'func_type', PyCF_ONLY_AST)`.
pub(super) fn func_type(text: &str, filename: &str) -> PyResult<Value> {
    let parsed = taipan_syntax::parser::parse_func_type_with_warnings(text);
    let mode = taipan_compiler::Mode::Eval;
    let tree = crate::interp::modules::parsed_module_text(text, filename, mode, parsed)?;
    to_python(&tree)
}

/// `compile(node, filename, mode, flags)` of an `ast.AST` node.
pub(super) fn compile_ast(
    node: &Value,
    filename: &str,
    mode: SourceMode,
    flags: i64,
) -> PyResult<Value> {
    let Some(h) = hooks() else {
        return Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        ));
    };
    let (mode_name, m) = match mode {
        SourceMode::Exec => ("exec", taipan_compiler::Mode::Exec),
        SourceMode::Eval => ("eval", taipan_compiler::Mode::Eval),
        SourceMode::Single => ("single", taipan_compiler::Mode::Single),
    };
    let module = (h.from_python)(node, mode_name)?;
    if flags & PY_CF_ONLY_AST != 0 {
        return Ok(node.clone());
    }
    let syntax =
        |e: taipan_syntax::SyntaxError| crate::interp::modules::syntax_error(&e, filename, "");
    let compiled = taipan_compiler::compile_with_warnings(&module, filename, m).map_err(syntax)?;
    Ok(objects::new_code(objects::Code::from_compiled(
        &compiled.code,
    )?))
}
