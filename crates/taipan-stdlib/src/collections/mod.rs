//! The `_collections` module: `deque` and `defaultdict`, the field
//! descriptor of `namedtuple` and the counting loop of `Counter`.

mod defaultdict;
mod deque;
mod tuplegetter;

use std::sync::Once;

use taipan_vm::interp::objects::{native_any_arity, new_module};
use taipan_vm::interp::{attrs, call_object};
use taipan_vm::types::{dict, int, str as pystr};
use taipan_vm::{ops, PyResult, Value};

use crate::args::{no_keywords, positional};

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`
/// for every item (through the mapping's own `get` and `__setitem__`).
fn count_elements(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("_count_elements", kwnames)?;
    let a = positional(args, kwnames);
    taipan_vm::interp::builtins::check_count("", "_count_elements", a.len(), 2, 2)?;
    let (mapping, iterable) = (&a[0], &a[1]);
    let get = attrs::getattr_str(mapping, "get")?;
    let zero = int::from_i64(0);
    let one = int::from_i64(1);
    let it = attrs::iter(iterable)?;
    while let Some(x) = attrs::next(&it)? {
        let old = call_object(&get, &[x.clone(), zero.clone()], &[])?;
        let new = ops::binary_op(&old, &one, taipan_vm::object::BinOp::Add)?;
        ops::setitem(mapping, &x, Some(&new))?;
    }
    Ok(taipan_vm::types::singletons::none())
}

pub(crate) fn module() -> PyResult<Value> {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        deque::install();
        defaultdict::install();
        tuplegetter::install();
    });
    let d = dict::new();
    let set = |name: &str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    set("deque", deque::DEQUE_TYPE.as_value())?;
    set("_deque_iterator", deque::DEQUE_ITER_TYPE.as_value())?;
    set(
        "_deque_reverse_iterator",
        deque::DEQUE_REVERSE_ITER_TYPE.as_value(),
    )?;
    set("defaultdict", defaultdict::DEFAULTDICT_TYPE.as_value())?;
    set("_tuplegetter", tuplegetter::TUPLEGETTER_TYPE.as_value())?;
    set(
        "_count_elements",
        native_any_arity("_count_elements", count_elements),
    )?;
    dict::set_item(&d, pystr::intern("__doc__"), pystr::new("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"))?;
    new_module("_collections", d)
}
