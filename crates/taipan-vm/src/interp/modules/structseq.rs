//! Struct sequences (`sys.version_info`, `sys.flags`, `sys.float_info`,
//! ...): tuples of a named subtype whose items are also attributes. The
//! sequence operations are tuple's, applied to the items.

use super::*;
use crate::object::payload::dealloc_box;
use crate::object::{CompareOp, PyPayload, Slots, TypeObject};
use crate::types::tuple::{TupleObject, TUPLE_TYPE};

/// A struct sequence type: its `repr` name and field names. The first
/// `visible` fields are the sequence; the rest are attributes only
/// (`struct_time.tm_zone`), kept beside the tuple ([`HiddenFieldsObject`]).
struct Desc {
    ty: &'static TypeObject,
    full_name: &'static str,
    fields: &'static [&'static str],
    visible: usize,
}

/// A struct sequence with attribute-only fields: the tuple of the
/// sequence's items, followed by the other fields' values.
#[repr(C)]
pub struct HiddenFieldsObject {
    tuple: TupleObject,
    hidden: Box<[Value]>,
}

// SAFETY: `#[repr(C)]`, starting with a tuple (whose header is first), so
// tuple code reads its items; the types with attribute-only fields (and
// only they) have this layout.
unsafe impl PyPayload for HiddenFieldsObject {
    fn type_object() -> &'static TypeObject {
        &STRUCT_TIME_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        DESCS
            .iter()
            .any(|d| d.visible < d.fields.len() && std::ptr::eq(d.ty, ty))
    }
}

/// The dealloc slot of a struct sequence type: with attribute-only
/// fields, its objects are `HiddenFieldsObject`s.
macro_rules! struct_seq_dealloc {
    () => {
        dealloc_box::<TupleObject>
    };
    ($visible:literal) => {
        dealloc_box::<HiddenFieldsObject>
    };
}

/// How many fields are items: all, unless given.
macro_rules! visible_count {
    ([$($field:literal),*]) => { [$($field),*].len() };
    ([$($field:literal),*], $visible:literal) => { $visible };
}

macro_rules! struct_seq_types {
    ($($id:ident = $module:literal, $name:literal, [$($field:literal),* $(,)?]
       $(visible $visible:literal)?;)*) => {
        $(
            pub static $id: TypeObject = TypeObject::new_static_in(
                $module,
                $name,
                Some(&TUPLE_TYPE),
                0,
                Slots {
                    hash: Some(ss_hash),
                    repr: Some(ss_repr),
                    richcompare: Some(ss_richcompare),
                    getattr: Some(ss_getattr),
                    iter: Some(ss_iter),
                    bool: Some(ss_bool),
                    length: Some(ss_len),
                    contains: Some(ss_contains),
                    concat: Some(ss_concat),
                    repeat: Some(ss_repeat),
                    getitem: Some(ss_getitem),
                    ..Slots::new(struct_seq_dealloc!($($visible)?))
                },
            );
        )*
        static DESCS: &[Desc] = &[
            $(Desc {
                ty: &$id,
                full_name: concat!($module, ".", $name),
                fields: &[$($field),*],
                visible: visible_count!([$($field),*] $(, $visible)?),
            },)*
        ];
    };
}

struct_seq_types! {
    VERSION_INFO_TYPE = "sys", "version_info",
        ["major", "minor", "micro", "releaselevel", "serial"];
    FLAGS_TYPE = "sys", "flags",
        ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
         "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
         "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
         "warn_default_encoding", "safe_path", "int_max_str_digits"];
    FLOAT_INFO_TYPE = "sys", "float_info",
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
         "mant_dig", "epsilon", "radix", "rounds"];
    INT_INFO_TYPE = "sys", "int_info",
        ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
         "str_digits_check_threshold"];
    HASH_INFO_TYPE = "sys", "hash_info",
        ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
         "seed_bits", "cutoff"];
    STRUCT_TIME_TYPE = "time", "struct_time",
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
         "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"] visible 9;
    // The items end with the whole-second times; the attributes of the same
    // names are the float ones after them ([`ss_getattr`] takes the last).
    STAT_RESULT_TYPE = "os", "stat_result",
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
         "st_atime", "st_mtime", "st_ctime", "st_atime", "st_mtime", "st_ctime",
         "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
         "st_rdev"] visible 10;
    STATVFS_RESULT_TYPE = "os", "statvfs_result",
        ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
         "f_favail", "f_flag", "f_namemax", "f_fsid"] visible 10;
    TERMINAL_SIZE_TYPE = "os", "terminal_size", ["columns", "lines"];
    UNAME_RESULT_TYPE = "posix", "uname_result",
        ["sysname", "nodename", "release", "version", "machine"];
    TIMES_RESULT_TYPE = "posix", "times_result",
        ["user", "system", "children_user", "children_system", "elapsed"];
}

fn desc(ty: &TypeObject) -> &'static Desc {
    DESCS
        .iter()
        .find(|d| std::ptr::eq(d.ty, ty))
        .expect("struct sequence type")
}

/// A new struct sequence of type `ty` (one of this module's types) with
/// a value for each field.
pub fn new(ty: &'static TypeObject, mut items: Vec<Value>) -> Value {
    let d = desc(ty);
    debug_assert_eq!(d.fields.len(), items.len());
    if d.visible == d.fields.len() {
        return tuple::new_of_type(ty, items);
    }
    let hidden = items.split_off(d.visible).into_boxed_slice();
    Value::from_box(Box::new(HiddenFieldsObject {
        tuple: tuple::payload_of_type(ty, items),
        hidden,
    }))
}

/// How many fields a struct sequence type has, and how many are items.
pub fn field_counts(ty: &TypeObject) -> (usize, usize) {
    let d = desc(ty);
    (d.fields.len(), d.visible)
}

/// The same items as a plain tuple.
fn plain(v: &Value) -> Value {
    tuple::new(tuple::items(v).to_vec())
}

fn ss_hash(v: &Value) -> PyResult<i64> {
    ops::hash(&plain(v))
}

fn ss_repr(v: &Value) -> PyResult<Value> {
    let d = desc(v.type_of());
    let mut parts = Vec::new();
    for (name, item) in d.fields.iter().zip(tuple::items(v)) {
        parts.push(format!("{name}={}", s(&ops::repr(item)?)));
    }
    Ok(pystr::new(&format!(
        "{}({})",
        d.full_name,
        parts.join(", ")
    )))
}

fn ss_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !b.type_of().is_subtype_of(&TUPLE_TYPE) {
        return Ok(singletons::not_implemented());
    }
    ops::richcompare(&plain(a), &plain(b), op)
}

fn ss_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let d = desc(v.type_of());
    if let Some(i) = pystr::as_str(name).and_then(|n| d.fields.iter().rposition(|f| *f == n)) {
        let items = tuple::items(v);
        return Ok(match i.checked_sub(items.len()) {
            None => items[i].clone(),
            Some(h) => v
                .downcast::<HiddenFieldsObject>()
                .map_or_else(singletons::none, |o| o.hidden[h].clone()),
        });
    }
    // Flags that are attributes but not items (CPython 3.14's defaults for
    // a build with the GIL; `warnings` reads them).
    if std::ptr::eq(v.type_of(), &FLAGS_TYPE)
        && matches!(
            pystr::as_str(name),
            Some("context_aware_warnings" | "thread_inherit_context")
        )
    {
        return Ok(int::from_i64(0));
    }
    crate::interp::attrs::generic_getattr(v, name)
}

fn ss_iter(v: &Value) -> PyResult<Value> {
    crate::interp::attrs::iter(&plain(v))
}

fn ss_bool(v: &Value) -> PyResult<bool> {
    Ok(!tuple::items(v).is_empty())
}

fn ss_len(v: &Value) -> PyResult<usize> {
    Ok(tuple::items(v).len())
}

fn ss_contains(v: &Value, x: &Value) -> PyResult<bool> {
    crate::interp::attrs::contains(&plain(v), x)
}

fn ss_concat(v: &Value, other: &Value) -> PyResult<Value> {
    ops::binary_op(&plain(v), other, crate::object::BinOp::Add)
}

fn ss_repeat(v: &Value, n: &Value) -> PyResult<Value> {
    ops::binary_op(&plain(v), n, crate::object::BinOp::Mul)
}

fn ss_getitem(v: &Value, index: &Value) -> PyResult<Value> {
    crate::interp::attrs::getitem(&plain(v), index)
}
