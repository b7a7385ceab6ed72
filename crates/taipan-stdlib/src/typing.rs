//! The `_typing` module: the native half of `typing`. The objects live in
//! the VM (`taipan_vm::interp::typevars`) because the PEP 695 intrinsics
//! create them; this module only exports them.

use taipan_vm::interp::objects::new_module;
use taipan_vm::interp::typevars::typing_exports;
use taipan_vm::types::{dict, str as pystr};
use taipan_vm::{PyResult, Value};

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    for (name, value) in typing_exports() {
        dict::set_item(&d, pystr::intern(name), value)?;
    }
    dict::set_item(
        &d,
        pystr::intern("__doc__"),
        pystr::new("Primitives and accelerators for the typing module.\n"),
    )?;
    new_module("_typing", d)
}
