//! The `_ast` module: the classes of CPython 3.14's syntax tree nodes and
//! the bridge `compile()` uses to turn taipan-syntax's tree into them.
//!
//! The classes are ordinary Python classes built from a grammar table by
//! `nodes.py`, run once at the module's first import. A parsed tree reaches
//! Python as the text `ast.dump(tree, include_attributes=True)` would show,
//! evaluated in the module's namespace: the dump writer already knows every
//! node's fields and how CPython shows each value. `compile()` of a node
//! reads the tree back attribute by attribute (`from_python`).

use taipan_syntax::ast::Mod;
use taipan_vm::interp::attrs::getattr_str;
use taipan_vm::interp::builtins::ast_hook::{self, AstHooks};
use taipan_vm::interp::builtins::exec_eval;
use taipan_vm::interp::modules::{self, sys_modules};
use taipan_vm::interp::objects::new_module;
use taipan_vm::interp::{call_object, classes, type_error};
use taipan_vm::types::{dict, int, singletons, str as pystr};
use taipan_vm::{PyResult, Value};

mod from_python;
mod validate;

const NODES_SOURCE: &str = include_str!("nodes.py");

/// Registers the bridge with `compile()`.
pub(crate) fn install() {
    ast_hook::register(AstHooks {
        to_python,
        is_ast,
        from_python,
    });
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    // The classes say they come from `ast`, as CPython's do.
    dict::set_item(&d, pystr::intern("__name__"), pystr::intern("ast"))?;
    exec_eval(&[pystr::new(NODES_SOURCE), d.clone()], false, None, None)?;
    dict::set_item(&d, pystr::intern("__name__"), pystr::intern("_ast"))?;
    dict::del_item(&d, &pystr::intern("__builtins__"))?;
    new_module("_ast", d)
}

/// The `_ast` module, imported if it is not yet.
fn ast_module() -> PyResult<Value> {
    let name = pystr::intern("_ast");
    if let Some(m) = dict::get_item(&sys_modules(), &name)? {
        return Ok(m);
    }
    modules::import_name(&name, &singletons::none(), &int::from_i64(0), &dict::new())
}

fn to_python(tree: &Mod) -> PyResult<Value> {
    let text = taipan_syntax::dump::dump(tree, true);
    let from_dump = getattr_str(&ast_module()?, "_from_dump")?;
    call_object(&from_dump, &[pystr::new(&text)], &[])
}

fn is_ast(v: &Value) -> bool {
    let Ok(Some(m)) = dict::get_item(&sys_modules(), &pystr::intern("_ast")) else {
        return false;
    };
    getattr_str(&m, "AST")
        .and_then(|ast| classes::isinstance(v, &ast))
        .unwrap_or(false)
}

fn from_python(node: &Value, mode: &str) -> PyResult<Mod> {
    let expected = match mode {
        "eval" => "Expression",
        "single" => "Interactive",
        _ => "Module",
    };
    let ast = ast_module()?;
    if !classes::isinstance(node, &getattr_str(&ast, expected)?)? {
        return Err(type_error(format!(
            "expected {expected} node, got {}",
            node.type_of().name
        )));
    }
    let tree = from_python::module(node)?;
    validate::module(&tree)?;
    Ok(tree)
}
