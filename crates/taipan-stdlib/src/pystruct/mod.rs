//! The `_struct` module: packing values into bytes and unpacking them by
//! a format string, the `Struct` type that holds a parsed format, and
//! `struct.error`.

mod format;

use std::sync::Once;

use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::classes::{self, make_instance};
use taipan_vm::interp::objects::{
    base_slots, native, native_any_arity, native_method_any_arity, new_module, NativeFn,
};
use taipan_vm::interp::{slot_wrappers, type_error};
use taipan_vm::object::payload::dealloc_box;
use taipan_vm::object::{tpflags, Cell, ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::exceptions::{EXCEPTION, MEMORY_ERROR};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{bytes, dict, int, str as pystr, tuple};
use taipan_vm::{PyErr, PyResult, Value};

use crate::args::{bind, index_ssize, no_keywords, positional};
use crate::buffers::{need_bytes, with_writable};
use crate::exc_class::ExcClass;
use format::{parse, Layout};

static ERROR: ExcClass = ExcClass::new("struct", "error", || vec![EXCEPTION.as_value()]);

/// A `struct.error` with `message`.
pub(crate) fn struct_error(message: &str) -> PyErr {
    ERROR.error(message)
}

/// The text of a format argument (a str or bytes).
fn format_text(v: &Value, fname: &str) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.to_owned());
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(type_error(format!(
        "{fname}() argument 1 must be a str or bytes object, not {}",
        v.type_of().name
    )))
}

fn layout_of(v: &Value) -> PyResult<Layout> {
    if let Some(s) = v.downcast::<StructObject>() {
        return Ok(s.layout.clone());
    }
    parse(format_text(v, "Struct")?.as_bytes())
}

fn pack_values(layout: &Layout, values: &[Value]) -> PyResult<Vec<u8>> {
    if values.len() != layout.values {
        return Err(struct_error(&format!(
            "pack expected {} items for packing (got {})",
            layout.values,
            values.len()
        )));
    }
    let mut out = Vec::new();
    out.try_reserve_exact(layout.size)
        .map_err(|_| PyErr::with_args(&MEMORY_ERROR, Vec::new()))?;
    out.resize(layout.size, 0);
    layout.pack_into(values, &mut out)?;
    Ok(out)
}

fn unpack_values(layout: &Layout, buffer: &Value) -> PyResult<Value> {
    let data = need_bytes(buffer)?;
    if data.len() != layout.size {
        return Err(struct_error(&format!(
            "unpack requires a buffer of {} bytes",
            layout.size
        )));
    }
    Ok(tuple::new(layout.unpack(&data)))
}

/// Resolves an `offset` against a buffer of `len` bytes (negative counts
/// from the end).
fn resolve_offset(offset: i64, len: usize) -> PyResult<usize> {
    if offset >= 0 {
        return Ok(offset as usize);
    }
    let back = offset.unsigned_abs();
    if back > len as u64 {
        return Err(struct_error(&format!(
            "offset {offset} out of range for {len}-byte buffer"
        )));
    }
    Ok(len - back as usize)
}

fn unpack_from_values(layout: &Layout, buffer: &Value, offset: i64) -> PyResult<Value> {
    let data = need_bytes(buffer)?;
    let start = resolve_offset(offset, data.len())?;
    if data.len().saturating_sub(start) < layout.size || start > data.len() {
        if offset < 0 {
            return Err(struct_error(&format!(
                "not enough data to unpack {} bytes at offset {offset}",
                layout.size
            )));
        }
        return Err(struct_error(&format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {offset} (actual buffer size is {})",
            start as u128 + layout.size as u128,
            layout.size,
            data.len()
        )));
    }
    Ok(tuple::new(layout.unpack(&data[start..start + layout.size])))
}

fn pack_into_buffer(
    layout: &Layout,
    buffer: &Value,
    offset: &Value,
    values: &[Value],
) -> PyResult<()> {
    if values.len() != layout.values {
        return Err(struct_error(&format!(
            "pack_into expected {} items for packing (got {})",
            layout.values,
            values.len()
        )));
    }
    let offset = index_ssize(offset)?;
    // Packed first: converting the values may run Python code.
    let packed = pack_values(layout, values)?;
    with_writable(buffer, |d| {
        let len = d.len();
        let start = resolve_offset(offset, len)?;
        if len.saturating_sub(start) < packed.len() || start > len {
            if offset < 0 {
                return Err(struct_error(&format!(
                    "no space to pack {} bytes at offset {offset}",
                    packed.len()
                )));
            }
            return Err(struct_error(&format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {offset} (actual buffer size is {len})",
                start as u128 + packed.len() as u128,
                packed.len()
            )));
        }
        d[start..start + packed.len()].copy_from_slice(&packed);
        Ok(())
    })?
}

fn iter_unpack_values(layout: &Layout, buffer: &Value) -> PyResult<Value> {
    if layout.size == 0 {
        return Err(struct_error(
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = need_bytes(buffer)?;
    if !data.len().is_multiple_of(layout.size) {
        return Err(struct_error(&format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        )));
    }
    Ok(Value::from_box(Box::new(UnpackIterObject {
        header: ObjHeader::new(&UNPACK_ITER_TYPE),
        layout: layout.clone(),
        data: data.into_owned(),
        pos: Cell::new(0),
    })))
}

// ---------------------------------------------------------------- module functions

fn f_pack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("pack", kw)?;
    let Some((fmt, values)) = args.split_first() else {
        return Err(type_error("missing format argument"));
    };
    Ok(bytes::from_vec(pack_values(&layout_of(fmt)?, values)?))
}

fn f_pack_into(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("pack_into", kw)?;
    let Some((fmt, rest)) = args.split_first() else {
        return Err(type_error("missing format argument"));
    };
    let layout = layout_of(fmt)?;
    match rest {
        [] => Err(struct_error("pack_into expected buffer argument")),
        [_] => Err(struct_error("pack_into expected offset argument")),
        [buffer, offset, values @ ..] => {
            pack_into_buffer(&layout, buffer, offset, values)?;
            Ok(taipan_vm::types::singletons::none())
        }
    }
}

fn two_args<'a>(fname: &str, args: &'a [Value], kw: &[Value]) -> PyResult<(&'a Value, &'a Value)> {
    no_keywords(fname, kw)?;
    match args {
        [a, b] => Ok((a, b)),
        _ => Err(type_error(format!(
            "{fname} expected 2 arguments, got {}",
            args.len()
        ))),
    }
}

fn f_unpack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (fmt, buffer) = two_args("unpack", args, kw)?;
    unpack_values(&layout_of(fmt)?, buffer)
}

fn f_iter_unpack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (fmt, buffer) = two_args("iter_unpack", args, kw)?;
    iter_unpack_values(&layout_of(fmt)?, buffer)
}

fn offset_arg(v: Option<&Value>) -> PyResult<i64> {
    v.map_or(Ok(0), index_ssize)
}

fn f_unpack_from(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(
        "unpack_from",
        args,
        kw,
        &["format", "buffer", "offset"],
        3,
        2,
    )?;
    let layout = layout_of(p[0].as_ref().expect("bound"))?;
    let offset = offset_arg(p[2].as_ref())?;
    unpack_from_values(&layout, p[1].as_ref().expect("bound"), offset)
}

fn f_calcsize(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("calcsize", kw)?;
    check_count("_struct.", "calcsize", args.len(), 1, 1)?;
    Ok(int::from_i64(layout_of(&args[0])?.size as i64))
}

fn f_clearcache(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("_clearcache", kw)?;
    check_count("", "_clearcache", args.len(), 0, 0)?;
    Ok(taipan_vm::types::singletons::none())
}

// ---------------------------------------------------------------- Struct

#[repr(C)]
pub struct StructObject {
    header: ObjHeader,
    format: String,
    layout: Layout,
}

// SAFETY: `#[repr(C)]`, header first; Struct and its subclasses use this
// layout.
unsafe impl PyPayload for StructObject {
    fn type_object() -> &'static TypeObject {
        &STRUCT_TYPE
    }
}

pub static STRUCT_TYPE: TypeObject = TypeObject::new_static_in(
    "_struct",
    "Struct",
    Some(&OBJECT_TYPE),
    tpflags::BASETYPE,
    Slots {
        repr: Some(struct_repr),
        ..base_slots(dealloc_box::<StructObject>)
    },
);

fn me(v: &Value) -> PyResult<&StructObject> {
    v.downcast::<StructObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_struct.Struct' object but received '{}'",
            v.type_of().name
        ))
    })
}

/// `Struct.__new__(cls, format)`.
fn s_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kw);
    let cls = pos
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .ok_or_else(|| type_error("Struct.__new__(X): X is not a type object"))?;
    let p = bind("Struct", &args[1..], kw, &["format"], 1, 1)?;
    let fmt = p[0].as_ref().expect("bound");
    let format = format_text(fmt, "Struct")?;
    let layout = parse(format.as_bytes())?;
    let v = Value::from_box(Box::new(StructObject {
        header: ObjHeader::new(&STRUCT_TYPE),
        format,
        layout,
    }));
    if std::ptr::eq(cls, &STRUCT_TYPE) {
        Ok(v)
    } else {
        make_instance(cls, v)
    }
}

/// `Struct.__init__`: everything happened in `__new__`.
fn s_init(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(taipan_vm::types::singletons::none())
}

fn struct_repr(v: &Value) -> PyResult<Value> {
    let s = me(v)?;
    let text = taipan_vm::ops::repr(&pystr::new(&s.format))?;
    Ok(pystr::new(&format!(
        "Struct({})",
        pystr::as_str(&text).unwrap_or_default()
    )))
}

fn s_pack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("pack", kw)?;
    let s = me(&args[0])?;
    Ok(bytes::from_vec(pack_values(&s.layout, &args[1..])?))
}

fn s_pack_into(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("pack_into", kw)?;
    let s = me(&args[0])?;
    match &args[1..] {
        [] => Err(struct_error("pack_into expected buffer argument")),
        [_] => Err(struct_error("pack_into expected offset argument")),
        [buffer, offset, values @ ..] => {
            pack_into_buffer(&s.layout, buffer, offset, values)?;
            Ok(taipan_vm::types::singletons::none())
        }
    }
}

fn s_unpack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("unpack", kw)?;
    check_count("Struct.", "unpack", args.len() - 1, 1, 1)?;
    unpack_values(&me(&args[0])?.layout, &args[1])
}

fn s_unpack_from(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = me(&args[0])?;
    let p = bind("unpack_from", &args[1..], kw, &["buffer", "offset"], 2, 1)?;
    let offset = offset_arg(p[1].as_ref())?;
    unpack_from_values(&s.layout, p[0].as_ref().expect("bound"), offset)
}

fn s_iter_unpack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("iter_unpack", kw)?;
    check_count("Struct.", "iter_unpack", args.len() - 1, 1, 1)?;
    iter_unpack_values(&me(&args[0])?.layout, &args[1])
}

fn s_format(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(&me(&args[0])?.format))
}

fn s_size(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(me(&args[0])?.layout.size as i64))
}

// ---------------------------------------------------------------- unpack_iterator

#[repr(C)]
pub struct UnpackIterObject {
    header: ObjHeader,
    layout: Layout,
    data: Vec<u8>,
    /// Byte offset of the next record.
    pos: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for UnpackIterObject {
    fn type_object() -> &'static TypeObject {
        &UNPACK_ITER_TYPE
    }
}

pub static UNPACK_ITER_TYPE: TypeObject = TypeObject::new_static_in(
    "_struct",
    "unpack_iterator",
    Some(&OBJECT_TYPE),
    0,
    Slots {
        iter: Some(tuple::self_iter),
        next: Some(iter_next),
        ..base_slots(dealloc_box::<UnpackIterObject>)
    },
);

fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<UnpackIterObject>().expect("unpack_iterator");
    let size = it.layout.size;
    let at = it.pos.with(&it.header, |p| {
        let at = *p;
        if at < it.data.len() {
            *p += size;
        }
        at
    });
    if at >= it.data.len() {
        return Ok(None);
    }
    Ok(Some(tuple::new(it.layout.unpack(&it.data[at..at + size]))))
}

fn it_length_hint(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("__length_hint__", kw)?;
    let it = args[0]
        .downcast::<UnpackIterObject>()
        .ok_or_else(|| type_error("expected an unpack_iterator"))?;
    let at = it.pos.with(&it.header, |p| *p);
    Ok(int::from_i64(
        (it.data.len().saturating_sub(at) / it.layout.size) as i64,
    ))
}

fn install() {
    let set = |ty: &'static TypeObject, name: &'static str, v: Value| {
        let _ = dict::set_item(ty.dict(), pystr::intern(name), v);
    };
    let methods: [(&'static str, NativeFn); 6] = [
        ("__init__", s_init),
        ("pack", s_pack),
        ("pack_into", s_pack_into),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
        ("iter_unpack", s_iter_unpack),
    ];
    for (name, f) in methods {
        set(
            &STRUCT_TYPE,
            name,
            native_method_any_arity(&STRUCT_TYPE, name, f),
        );
    }
    set(
        &STRUCT_TYPE,
        "__new__",
        classes::new_wrapper(&classes::STATICMETHOD_TYPE, native("__new__", s_new)),
    );
    set(
        &STRUCT_TYPE,
        "format",
        slot_wrappers::new_getset(&STRUCT_TYPE, "format", s_format),
    );
    set(
        &STRUCT_TYPE,
        "size",
        slot_wrappers::new_getset(&STRUCT_TYPE, "size", s_size),
    );
    set(
        &UNPACK_ITER_TYPE,
        "__length_hint__",
        native_method_any_arity(&UNPACK_ITER_TYPE, "__length_hint__", it_length_hint),
    );
    slot_wrappers::install(&[&STRUCT_TYPE, &UNPACK_ITER_TYPE]);
    classes::register_layout::<StructObject>(&STRUCT_TYPE);
}

pub(crate) fn module() -> PyResult<Value> {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(install);
    let d = dict::new();
    let set = |name: &'static str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    set("Struct", STRUCT_TYPE.as_value())?;
    set("error", ERROR.get()?)?;
    let fns: [(&'static str, NativeFn); 7] = [
        ("pack", f_pack),
        ("pack_into", f_pack_into),
        ("unpack", f_unpack),
        ("unpack_from", f_unpack_from),
        ("iter_unpack", f_iter_unpack),
        ("calcsize", f_calcsize),
        ("_clearcache", f_clearcache),
    ];
    for (name, f) in fns {
        set(name, native_any_arity(name, f))?;
    }
    new_module("_struct", d)
}
