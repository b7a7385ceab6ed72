//! The `marshal` module, as far as Taipan has it: the names
//! `importlib._bootstrap_external` binds at import. Taipan runs source and
//! writes no `.pyc` files (`sys.dont_write_bytecode`, no cache tag), so
//! serialising values is not implemented yet: every call says so.

use taipan_vm::interp::objects::{native, new_module};
use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::{dict, int, str as pystr};
use taipan_vm::{PyErr, PyResult, Value};

/// CPython 3.14's current marshal format.
const VERSION: i64 = 5;

fn unsupported(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Err(PyErr::new(
        &VALUE_ERROR,
        "marshal is not supported by Taipan",
    ))
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    for name in ["dump", "dumps", "load", "loads"] {
        dict::set_item(&d, pystr::intern(name), native(name, unsupported))?;
    }
    dict::set_item(&d, pystr::intern("version"), int::from_i64(VERSION))?;
    new_module("marshal", d)
}
