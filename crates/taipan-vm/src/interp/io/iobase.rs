//! `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase`: the
//! abstract stream classes with CPython's default methods, written in
//! terms of the methods a subclass provides (`read`, `readinto`,
//! `readline`, `write`, `seek`, `flush`, `closed`), so that Python classes
//! can subclass them (`io.py` does).

use super::{call_method, closed_error, is_closed, method_args, size_arg, unsupported};
use crate::error::{PyErr, PyResult};
use crate::interp::classes;
use crate::interp::objects::{base_slots, native_any_arity, native_method_any_arity, NativeFn};
use crate::interp::{attrs, slot_wrappers, type_error};
use crate::object::extend::{self, ext_offset, Extended, InstanceExt};
use crate::object::{tpflags, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::NOT_IMPLEMENTED_ERROR;
use crate::types::object::OBJECT_TYPE;
use crate::types::{bytes, dict, int, list, singletons, str as pystr};

/// The layout of the abstract classes' instances: nothing but the header
/// (and the instance `__dict__` that follows it).
#[repr(C)]
pub struct IOBaseObject {
    header: ObjHeader,
}
// SAFETY: `#[repr(C)]`, header first; the four abstract classes and their
// Python subclasses use this layout (followed by the `InstanceExt`).
unsafe impl PyPayload for IOBaseObject {
    fn type_object() -> &'static TypeObject {
        &IOBASE_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        ABSTRACT.iter().any(|t| std::ptr::eq(*t, ty))
    }
}

/// The slots of a stream class: instances with a `__dict__`, iteration by
/// lines, and `close()` when an unclosed stream is freed.
pub(super) const fn stream_slots(dealloc: crate::object::typeobj::DeallocFn) -> Slots {
    Slots {
        getattr: Some(attrs::generic_getattr),
        setattr: Some(attrs::generic_setattr),
        iter: Some(iobase_iter),
        next: Some(iobase_next),
        finalize: Some(iobase_finalize),
        ..base_slots(dealloc)
    }
}

macro_rules! abstract_type {
    ($id:ident, $name:literal, $base:expr) => {
        pub static $id: TypeObject = TypeObject::new_static_in(
            "_io",
            $name,
            Some($base),
            tpflags::BASETYPE,
            stream_slots(extend::dealloc_extended::<IOBaseObject>),
        )
        .with_instance_ext(ext_offset::<IOBaseObject>(), 0, true);
    };
}
abstract_type!(IOBASE_TYPE, "_IOBase", &OBJECT_TYPE);
abstract_type!(RAW_IOBASE_TYPE, "_RawIOBase", &IOBASE_TYPE);
abstract_type!(BUFFERED_IOBASE_TYPE, "_BufferedIOBase", &IOBASE_TYPE);
abstract_type!(TEXT_IOBASE_TYPE, "_TextIOBase", &IOBASE_TYPE);

static ABSTRACT: [&TypeObject; 4] = [
    &IOBASE_TYPE,
    &RAW_IOBASE_TYPE,
    &BUFFERED_IOBASE_TYPE,
    &TEXT_IOBASE_TYPE,
];

/// `_IOBase.__new__(cls, *args, **kwargs)`.
fn m_new(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let cls = a
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .filter(|c| IOBaseObject::accepts(classes::solid_base(c)))
        .ok_or_else(|| type_error("_IOBase.__new__(X): X is not a subtype of _io._IOBase"))?;
    let v = Value::from_box(Box::new(Extended {
        base: IOBaseObject {
            header: ObjHeader::new(classes::solid_base(cls)),
        },
        ext: InstanceExt::new(cls.instance_dict, cls.nslots),
    }));
    if let Some(h) = v.header() {
        h.set_ob_type(cls);
    }
    Ok(v)
}

const CLOSED_FLAG: &str = "__IOBase_closed";

/// Whether `close()` of `_IOBase` ran on `v`.
fn base_closed(v: &Value) -> bool {
    attrs::getattr_str(v, CLOSED_FLAG).is_ok_and(|f| ops::truthy(&f).unwrap_or(false))
}

fn check_closed(v: &Value) -> PyResult<()> {
    if is_closed(v)? {
        return Err(closed_error());
    }
    Ok(())
}

/// Raises `UnsupportedOperation(what)` unless `v.<method>()` is true.
fn check_capability(v: &Value, method: &str, what: &str) -> PyResult<()> {
    if !ops::truthy(&call_method(v, method, &[])?)? {
        return Err(unsupported(what));
    }
    Ok(())
}

fn iobase_iter(v: &Value) -> PyResult<Value> {
    check_closed(v)?;
    Ok(v.clone())
}

/// `iter()` of `BytesIO`: the stream itself, closed or not.
pub(super) fn self_iter(v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn iobase_next(v: &Value) -> PyResult<Option<Value>> {
    let line = call_method(v, "readline", &[])?;
    Ok((ops::len(&line)? > 0).then_some(line))
}

/// Closes a stream that is freed open, as CPython's finalizer does;
/// errors are dropped (CPython reports them only in development mode).
fn iobase_finalize(v: &Value) {
    if matches!(is_closed(v), Ok(false)) {
        let _ = call_method(v, "close", &[]);
    }
}

fn m_unsupported_seek(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let _ = a;
    Err(unsupported("seek"))
}

fn m_tell(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("tell", a, k, 0, 0)?;
    call_method(&a[0], "seek", &[int::from_i64(0), int::from_i64(1)])
}

fn m_truncate(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Err(unsupported("truncate"))
}

fn m_fileno(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("fileno", a, k, 0, 0)?;
    Err(unsupported("fileno"))
}

fn m_flush(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("flush", a, k, 0, 0)?;
    // CPython looks at the flag `close()` sets, not at `closed`.
    if base_closed(&a[0]) {
        return Err(closed_error());
    }
    Ok(singletons::none())
}

fn m_close(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("close", a, k, 0, 0)?;
    let v = &a[0];
    if base_closed(v) {
        return Ok(singletons::none());
    }
    let flushed = call_method(v, "flush", &[]);
    attrs::setattr(v, &pystr::intern(CLOSED_FLAG), Some(&singletons::true_()))?;
    flushed.map(|_| singletons::none())
}

fn g_closed(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::bool(base_closed(&a[0])))
}

fn m_false(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let _ = a;
    Ok(singletons::false_())
}

fn m_isatty(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("isatty", a, k, 0, 0)?;
    check_closed(&a[0])?;
    Ok(singletons::false_())
}

fn m_check_closed(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_closed(&a[0])?;
    Ok(singletons::none())
}

fn m_check_seekable(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_capability(&a[0], "seekable", "File or stream is not seekable.")?;
    Ok(singletons::none())
}

fn m_check_readable(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_capability(&a[0], "readable", "File or stream is not readable.")?;
    Ok(singletons::none())
}

fn m_check_writable(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    check_capability(&a[0], "writable", "File or stream is not writable.")?;
    Ok(singletons::none())
}

fn m_enter(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("__enter__", a, k, 0, 0)?;
    check_closed(&a[0])?;
    Ok(a[0].clone())
}

fn m_exit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    call_method(&a[0], "close", &[])
}

/// The bytes a `read()` returned, with CPython's error otherwise.
fn read_result(v: &Value) -> PyResult<Vec<u8>> {
    crate::interp::bytearray::data_of(v).ok_or_else(|| {
        PyErr::new(
            &crate::types::exceptions::OS_ERROR,
            format!(
                "read() should have returned a bytes object, not '{}'",
                v.type_of().name
            ),
        )
    })
}

/// `_IOBase.readline(size=-1, /)`: one byte at a time through `read()`.
fn m_readline(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("readline", a, k, 0, 1)?;
    let limit = size_arg(rest.first())?;
    let v = &a[0];
    let mut line = Vec::new();
    while limit.is_none_or(|n| line.len() < n) {
        let chunk = call_method(v, "read", &[int::from_i64(1)])?;
        let data = read_result(&chunk)?;
        let Some(&b) = data.first() else {
            break;
        };
        line.push(b);
        if b == b'\n' {
            break;
        }
    }
    Ok(bytes::from_vec(line))
}

/// `_IOBase.readlines(hint=-1, /)`.
fn m_readlines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("readlines", a, k, 0, 1)?;
    let hint = size_arg(rest.first())?.filter(|&n| n > 0);
    let it = attrs::iter(&a[0])?;
    let mut lines = Vec::new();
    let mut total = 0;
    while let Some(line) = attrs::next(&it)? {
        total += ops::len(&line)?;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(list::new(lines))
}

/// `_IOBase.writelines(lines, /)`.
fn m_writelines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("writelines", a, k, 1, 1)?;
    check_closed(&a[0])?;
    let it = attrs::iter(&rest[0])?;
    while let Some(line) = attrs::next(&it)? {
        call_method(&a[0], "write", &[line])?;
    }
    Ok(singletons::none())
}

fn not_implemented(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Err(PyErr::new(&NOT_IMPLEMENTED_ERROR, ""))
}

/// `_RawIOBase.read(size=-1, /)`: `readinto()` a buffer of that size.
fn m_raw_read(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("read", a, k, 0, 1)?;
    let Some(n) = size_arg(rest.first())? else {
        return call_method(&a[0], "readall", &[]);
    };
    let buf = crate::interp::bytearray::new(vec![0; n]);
    let got = call_method(&a[0], "readinto", std::slice::from_ref(&buf))?;
    if singletons::is_none(&got) {
        return Ok(got);
    }
    let got = usize::try_from(super::i64_arg(&got)?).unwrap_or(0);
    let mut data = crate::interp::bytearray::data_of(&buf).unwrap_or_default();
    data.truncate(got);
    Ok(bytes::from_vec(data))
}

/// `_RawIOBase.readall()`: `read()` until end of file.
fn m_raw_readall(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("readall", a, k, 0, 0)?;
    let mut out = Vec::new();
    loop {
        let chunk = call_method(
            &a[0],
            "read",
            &[int::from_i64(super::DEFAULT_BUFFER_SIZE as i64)],
        )?;
        if singletons::is_none(&chunk) {
            if out.is_empty() {
                return Ok(chunk);
            }
            break;
        }
        let data = read_result(&chunk)?;
        if data.is_empty() {
            break;
        }
        out.extend_from_slice(&data);
    }
    Ok(bytes::from_vec(out))
}

macro_rules! unsupported_method {
    ($f:ident, $what:literal) => {
        fn $f(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
            Err(unsupported($what))
        }
    };
}
unsupported_method!(m_read, "read");
unsupported_method!(m_read1, "read1");
unsupported_method!(m_write, "write");
unsupported_method!(m_detach, "detach");
unsupported_method!(m_text_readline, "readline");

/// `_BufferedIOBase.readinto(buffer, /)` (and `readinto1`): `read()` into
/// a bytearray.
fn m_buffered_readinto(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("readinto", a, k, 1, 1)?;
    let target = &rest[0];
    let n = ops::len(target)?;
    let data = read_result(&call_method(&a[0], "read", &[int::from_i64(n as i64)])?)?;
    crate::interp::bytearray::write_prefix(target, &data)?;
    Ok(int::from_i64(data.len() as i64))
}

fn g_none(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::none())
}

pub(super) fn set_methods(ty: &'static TypeObject, methods: &[(&'static str, NativeFn)]) {
    for (name, f) in methods {
        let _ = dict::set_item(
            ty.dict(),
            pystr::intern(name),
            native_method_any_arity(ty, name, *f),
        );
    }
}

pub(super) fn set_getters(ty: &'static TypeObject, names: &[(&'static str, NativeFn)]) {
    for (name, f) in names {
        let _ = dict::set_item(
            ty.dict(),
            pystr::intern(name),
            slot_wrappers::new_getset(ty, name, *f),
        );
    }
}

pub(super) fn install() {
    let _ = dict::set_item(
        IOBASE_TYPE.dict(),
        pystr::intern("__new__"),
        classes::new_wrapper(
            &classes::STATICMETHOD_TYPE,
            native_any_arity("__new__", m_new),
        ),
    );
    set_methods(
        &IOBASE_TYPE,
        &[
            ("seek", m_unsupported_seek),
            ("tell", m_tell),
            ("truncate", m_truncate),
            ("flush", m_flush),
            ("close", m_close),
            ("seekable", m_false),
            ("readable", m_false),
            ("writable", m_false),
            ("_checkClosed", m_check_closed),
            ("_checkSeekable", m_check_seekable),
            ("_checkReadable", m_check_readable),
            ("_checkWritable", m_check_writable),
            ("fileno", m_fileno),
            ("isatty", m_isatty),
            ("__enter__", m_enter),
            ("__exit__", m_exit),
            ("readline", m_readline),
            ("readlines", m_readlines),
            ("writelines", m_writelines),
        ],
    );
    set_getters(&IOBASE_TYPE, &[("closed", g_closed)]);
    set_methods(
        &RAW_IOBASE_TYPE,
        &[
            ("read", m_raw_read),
            ("readall", m_raw_readall),
            ("readinto", not_implemented),
            ("write", not_implemented),
        ],
    );
    set_methods(
        &BUFFERED_IOBASE_TYPE,
        &[
            ("read", m_read),
            ("read1", m_read1),
            ("readinto", m_buffered_readinto),
            ("readinto1", m_buffered_readinto),
            ("write", m_write),
            ("detach", m_detach),
        ],
    );
    set_methods(
        &TEXT_IOBASE_TYPE,
        &[
            ("read", m_read),
            ("readline", m_text_readline),
            ("write", m_write),
            ("detach", m_detach),
        ],
    );
    set_getters(
        &TEXT_IOBASE_TYPE,
        &[
            ("encoding", g_none),
            ("errors", g_none),
            ("newlines", g_none),
        ],
    );
    slot_wrappers::install(&ABSTRACT);
    for ty in ABSTRACT {
        classes::register_layout::<IOBaseObject>(ty);
    }
}
