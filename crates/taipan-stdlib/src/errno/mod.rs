//! The `errno` module: the platform's error numbers by name, and
//! `errorcode` mapping each number back to its name.

mod table;

use taipan_vm::interp::objects::new_module;
use taipan_vm::types::{dict, int, str as pystr};
use taipan_vm::{PyResult, Value};

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let errorcode = dict::new();
    for &(name, value, canonical) in table::ERRNO {
        dict::set_item(&d, pystr::intern(name), int::from_i64(value))?;
        if canonical {
            dict::set_item(&errorcode, int::from_i64(value), pystr::intern(name))?;
        }
    }
    dict::set_item(&d, pystr::intern("errorcode"), errorcode)?;
    new_module("errno", d)
}
