//! The constructors of `posix`'s struct sequences (`stat_result`,
//! `terminal_size`, ...): `T(sequence)`, as CPython's structseq_new.

use taipan_vm::interp::classes;
use taipan_vm::interp::modules::structseq::{self, field_counts};
use taipan_vm::interp::objects::{native_any_arity, NativeFn};
use taipan_vm::interp::{attrs, type_error};
use taipan_vm::types::{dict, int, singletons, str as pystr};
use taipan_vm::{PyResult, TypeObject, Value};

use crate::args::bind;

/// The items of `T(sequence, dict=None)`'s sequence, checked against the
/// type's field counts and padded with None to all its fields.
pub(crate) fn sequence_arg(
    name: &str,
    ty: &'static TypeObject,
    a: &[Value],
    k: &[Value],
) -> PyResult<Vec<Value>> {
    let p = bind("structseq", &a[1..], k, &["sequence", "dict"], 2, 1)?;
    let seq = p[0].as_ref().expect("required");
    let mut items =
        attrs::collect(seq).map_err(|_| type_error("constructor requires a sequence"))?;
    let (all, visible) = field_counts(ty);
    let n = items.len();
    if all == visible && n != all {
        return Err(type_error(format!(
            "{name}() takes a {all}-sequence ({n}-sequence given)"
        )));
    }
    if n < visible {
        return Err(type_error(format!(
            "{name}() takes an at least {visible}-sequence ({n}-sequence given)"
        )));
    }
    if n > all {
        return Err(type_error(format!(
            "{name}() takes an at most {all}-sequence ({n}-sequence given)"
        )));
    }
    items.resize(all, singletons::none());
    Ok(items)
}

/// `T(sequence)`: missing attribute-only fields are None.
fn new_plain(name: &str, ty: &'static TypeObject, a: &[Value], k: &[Value]) -> PyResult<Value> {
    Ok(structseq::new(ty, sequence_arg(name, ty, a, k)?))
}

pub(crate) fn statvfs_result_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    new_plain("os.statvfs_result", &structseq::STATVFS_RESULT_TYPE, a, k)
}

pub(crate) fn terminal_size_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    new_plain("os.terminal_size", &structseq::TERMINAL_SIZE_TYPE, a, k)
}

pub(crate) fn uname_result_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    new_plain("posix.uname_result", &structseq::UNAME_RESULT_TYPE, a, k)
}

pub(crate) fn times_result_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    new_plain("posix.times_result", &structseq::TIMES_RESULT_TYPE, a, k)
}

/// Gives `ty` the constructor `new` and the field counts
/// (`n_fields`, ...); `unnamed` items are also fields of other names
/// (stat_result's whole-second times).
pub(crate) fn install(ty: &'static TypeObject, new: NativeFn, unnamed: usize) {
    let new = classes::new_wrapper(
        &classes::STATICMETHOD_TYPE,
        native_any_arity("__new__", new),
    );
    let (all, visible) = field_counts(ty);
    for (name, v) in [
        ("__new__", new),
        ("n_fields", int::from_i64(all as i64)),
        ("n_sequence_fields", int::from_i64(visible as i64)),
        ("n_unnamed_fields", int::from_i64(unnamed as i64)),
    ] {
        let _ = dict::set_item(ty.dict(), pystr::intern(name), v);
    }
}
