//! `BytesIO`: an in-memory binary stream.

use super::iobase::{set_getters, set_methods, stream_slots, BUFFERED_IOBASE_TYPE};
use super::{closed_error, i64_arg, method_args, size_arg};
use crate::error::{PyErr, PyResult};
use crate::interp::bytearray::{buffer_of, write_prefix, ByteArrayObject};
use crate::interp::classes;
use crate::interp::objects::native_any_arity;
use crate::interp::{attrs, slot_wrappers, type_error};
use crate::object::extend::{self, ext_offset, Extended, InstanceExt};
use crate::object::{tpflags, Cell, ObjHeader, PyPayload, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::VALUE_ERROR;
use crate::types::{bytes, dict, int, list, singletons, str as pystr};

/// Reads up to `n` bytes (all with `None`) from `pos`.
fn read_at(buf: &[u8], pos: &mut usize, n: Option<usize>) -> Vec<u8> {
    let start = (*pos).min(buf.len());
    let end = n.map_or(buf.len(), |n| start.saturating_add(n).min(buf.len()));
    *pos = end.max(*pos);
    buf[start..end].to_vec()
}

/// Reads a line (at most `limit` bytes) from `pos`.
fn readline_at(buf: &[u8], pos: &mut usize, limit: Option<usize>) -> Vec<u8> {
    let start = (*pos).min(buf.len());
    let rest = &buf[start..];
    let mut end = start
        + rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
    if let Some(n) = limit {
        end = end.min(start.saturating_add(n));
    }
    *pos = end.max(*pos);
    buf[start..end].to_vec()
}

/// Writes at `pos`, padding with zeros past the end.
fn write_at(buf: &mut Vec<u8>, pos: &mut usize, data: &[u8]) {
    if data.is_empty() {
        return;
    }
    if *pos > buf.len() {
        buf.resize(*pos, 0);
    }
    let end = *pos + data.len();
    let overlap = end.min(buf.len());
    buf[*pos..overlap].copy_from_slice(&data[..overlap - *pos]);
    buf.extend_from_slice(&data[overlap - *pos..]);
    *pos = end;
}

struct State {
    pos: usize,
    closed: bool,
}

#[repr(C)]
pub struct BytesIOObject {
    header: ObjHeader,
    /// The contents: a bytearray, so that `getbuffer()` can share them.
    data: Value,
    state: Cell<State>,
}
// SAFETY: `#[repr(C)]`, header first; BytesIO and its Python subclasses
// use this layout (followed by the `InstanceExt`).
unsafe impl PyPayload for BytesIOObject {
    fn type_object() -> &'static TypeObject {
        &BYTESIO_TYPE
    }
}

pub static BYTESIO_TYPE: TypeObject = TypeObject::new_static_in(
    "_io",
    "BytesIO",
    Some(&BUFFERED_IOBASE_TYPE),
    tpflags::BASETYPE,
    crate::object::Slots {
        iter: Some(super::iobase::self_iter),
        next: Some(bytesio_next),
        traverse: Some(bytesio_traverse),
        finalize: None,
        ..stream_slots(extend::dealloc_extended::<BytesIOObject>)
    },
)
.with_instance_ext(ext_offset::<BytesIOObject>(), 0, true);

fn bytesio_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(b) = v.downcast::<BytesIOObject>() {
        visit(&b.data);
    }
}

impl BytesIOObject {
    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        self.state.with(&self.header, f)
    }

    fn contents(&self) -> &ByteArrayObject {
        self.data
            .downcast::<ByteArrayObject>()
            .expect("BytesIO holds a bytearray")
    }

    fn check_open(&self) -> PyResult<()> {
        if self.with(|st| st.closed) {
            return Err(closed_error());
        }
        Ok(())
    }

    /// Runs `f` on the contents and the position of an open stream.
    fn open<R>(&self, f: impl FnOnce(&mut Vec<u8>, &mut usize) -> R) -> PyResult<R> {
        self.check_open()?;
        let mut pos = self.with(|st| st.pos);
        let r = self.contents().modify(|buf| f(buf, &mut pos));
        self.with(|st| st.pos = pos);
        Ok(r)
    }

    fn len(&self) -> usize {
        self.contents().modify(|buf| buf.len())
    }
}

fn this<'a>(name: &str, v: &'a Value) -> PyResult<&'a BytesIOObject> {
    v.downcast::<BytesIOObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' for '_io.BytesIO' objects doesn't apply to a '{}' object",
            v.type_of().name
        ))
    })
}

fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    buffer_of(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_of().name
        ))
    })
}

/// `BytesIO.__new__(cls, *args, **kwargs)`.
fn m_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = a
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .filter(|c| c.is_subtype_of(&BYTESIO_TYPE))
        .ok_or_else(|| type_error("BytesIO.__new__(X): X is not a subtype of _io.BytesIO"))?;
    let v = Value::from_box(Box::new(Extended {
        base: BytesIOObject {
            header: ObjHeader::new(&BYTESIO_TYPE),
            data: crate::interp::bytearray::new(Vec::new()),
            state: Cell::new(State {
                pos: 0,
                closed: false,
            }),
        },
        ext: InstanceExt::new(cls.instance_dict, cls.nslots),
    }));
    if let Some(h) = v.header() {
        h.set_ob_type(cls);
    }
    // Calling the exact type runs no `__init__`: initialize here.
    if std::ptr::eq(cls, &BYTESIO_TYPE) {
        let mut all = vec![v.clone()];
        all.extend_from_slice(&a[1..]);
        m_init(&all, k)?;
    }
    Ok(v)
}

/// `BytesIO(initial_bytes=b'')`.
fn m_init(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let b = this("__init__", &a[0])?;
    let npos = a.len() - 1 - k.len();
    if npos > 1 {
        return Err(type_error(format!(
            "BytesIO() takes at most 1 argument ({npos} given)"
        )));
    }
    let mut initial = a.get(1).filter(|_| npos == 1).cloned();
    for (name, v) in k.iter().zip(&a[1 + npos..]) {
        if pystr::as_str(name) != Some("initial_bytes") || initial.is_some() {
            return Err(type_error(format!(
                "BytesIO() got an unexpected keyword argument '{}'",
                pystr::to_string_lossy(name)
            )));
        }
        initial = Some(v.clone());
    }
    let data = match initial.filter(|v| !singletons::is_none(v)) {
        Some(v) => bytes_like(&v)?,
        None => Vec::new(),
    };
    if data.len() != b.len() {
        b.contents().can_resize()?;
    }
    b.contents().modify(|buf| *buf = data);
    b.with(|st| {
        st.pos = 0;
        st.closed = false;
    });
    Ok(singletons::none())
}

fn m_getvalue(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("getvalue", a, k, 0, 0)?;
    Ok(bytes::from_vec(
        this("getvalue", &a[0])?.open(|buf, _| buf.clone())?,
    ))
}

fn m_read(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("read", a, k, 0, 1)?;
    let n = size_arg(rest.first())?;
    Ok(bytes::from_vec(
        this("read", &a[0])?.open(|buf, pos| read_at(buf, pos, n))?,
    ))
}

fn m_readline(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("readline", a, k, 0, 1)?;
    let n = size_arg(rest.first())?;
    Ok(bytes::from_vec(
        this("readline", &a[0])?.open(|buf, pos| readline_at(buf, pos, n))?,
    ))
}

fn m_readlines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("readlines", a, k, 0, 1)?;
    let hint = size_arg(rest.first())?.filter(|&n| n > 0);
    let lines = this("readlines", &a[0])?.open(|buf, pos| {
        let mut lines = Vec::new();
        let mut total = 0;
        loop {
            let line = readline_at(buf, pos, None);
            if line.is_empty() {
                break;
            }
            total += line.len();
            lines.push(bytes::from_vec(line));
            if hint.is_some_and(|h| total >= h) {
                break;
            }
        }
        lines
    })?;
    Ok(list::new(lines))
}

fn m_readinto(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("readinto", a, k, 1, 1)?;
    let n = ops::len(&rest[0])?;
    let data = this("readinto", &a[0])?.open(|buf, pos| read_at(buf, pos, Some(n)))?;
    write_prefix(&rest[0], &data)?;
    Ok(int::from_i64(data.len() as i64))
}

fn bytesio_next(v: &Value) -> PyResult<Option<Value>> {
    let line = if std::ptr::eq(v.type_of(), &BYTESIO_TYPE) {
        bytes::from_vec(this("__next__", v)?.open(|buf, pos| readline_at(buf, pos, None))?)
    } else {
        super::call_method(v, "readline", &[])?
    };
    Ok((ops::len(&line)? > 0).then_some(line))
}

/// Writes at the position; no views of the contents may be alive.
fn write(b: &BytesIOObject, data: &[u8]) -> PyResult<()> {
    if !data.is_empty() {
        b.contents().can_resize()?;
    }
    b.open(|buf, pos| write_at(buf, pos, data))
}

fn m_write(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("write", a, k, 1, 1)?;
    let b = this("write", &a[0])?;
    b.check_open()?;
    let data = bytes_like(&rest[0])?;
    write(b, &data)?;
    Ok(int::from_i64(data.len() as i64))
}

fn m_writelines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("writelines", a, k, 1, 1)?;
    let b = this("writelines", &a[0])?;
    b.check_open()?;
    let it = attrs::iter(&rest[0])?;
    while let Some(x) = attrs::next(&it)? {
        let data = bytes_like(&x)?;
        write(b, &data)?;
    }
    Ok(singletons::none())
}

fn m_seek(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("seek", a, k, 1, 2)?;
    let b = this("seek", &a[0])?;
    let pos = i64_arg(&rest[0])?;
    let whence = rest.get(1).map(i64_arg).transpose()?.unwrap_or(0);
    b.check_open()?;
    if whence == 0 && pos < 0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            format!("negative seek value {pos}"),
        ));
    }
    if !(0..=2).contains(&whence) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            format!("invalid whence ({whence}, should be 0, 1 or 2)"),
        ));
    }
    let new = b.open(|buf, at| {
        let base = match whence {
            0 => 0,
            1 => *at as i64,
            _ => buf.len() as i64,
        };
        *at = base.saturating_add(pos).max(0) as usize;
        *at
    })?;
    Ok(int::from_i64(new as i64))
}

fn m_tell(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("tell", a, k, 0, 0)?;
    Ok(int::from_i64(
        this("tell", &a[0])?.open(|_, pos| *pos)? as i64
    ))
}

fn m_truncate(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("truncate", a, k, 0, 1)?;
    let b = this("truncate", &a[0])?;
    let size = match rest.first().filter(|v| !singletons::is_none(v)) {
        Some(v) => i64_arg(v)?,
        None => b.open(|_, pos| *pos as i64)?,
    };
    b.check_open()?;
    if size < 0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            format!("negative size value {size}"),
        ));
    }
    if (size as usize) < b.len() {
        b.contents().can_resize()?;
    }
    b.open(|buf, _| buf.truncate(size as usize))?;
    Ok(int::from_i64(size))
}

fn m_close(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("close", a, k, 0, 0)?;
    let b = this("close", &a[0])?;
    b.contents().can_resize()?;
    b.contents().modify(std::mem::take);
    b.with(|st| st.closed = true);
    Ok(singletons::none())
}

fn m_true(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    this("readable", &a[0])?.check_open()?;
    Ok(singletons::true_())
}

fn m_isatty(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("isatty", a, k, 0, 0)?;
    this("isatty", &a[0])?.check_open()?;
    Ok(singletons::false_())
}

fn m_flush(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("flush", a, k, 0, 0)?;
    this("flush", &a[0])?.check_open()?;
    Ok(singletons::none())
}

/// `getbuffer()`: a writable view of the contents, which cannot change
/// size while it lives.
fn m_getbuffer(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("getbuffer", a, k, 0, 0)?;
    let b = this("getbuffer", &a[0])?;
    b.check_open()?;
    crate::interp::memoryview::construct(std::slice::from_ref(&b.data))
}

fn g_closed(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::bool(
        this("closed", &a[0])?.with(|st| st.closed),
    ))
}

pub(super) fn install() {
    let _ = dict::set_item(
        BYTESIO_TYPE.dict(),
        pystr::intern("__new__"),
        classes::new_wrapper(
            &classes::STATICMETHOD_TYPE,
            native_any_arity("__new__", m_new),
        ),
    );
    set_methods(
        &BYTESIO_TYPE,
        &[
            ("__init__", m_init),
            ("getvalue", m_getvalue),
            ("getbuffer", m_getbuffer),
            ("read", m_read),
            ("read1", m_read),
            ("readline", m_readline),
            ("readlines", m_readlines),
            ("readinto", m_readinto),
            ("write", m_write),
            ("writelines", m_writelines),
            ("seek", m_seek),
            ("tell", m_tell),
            ("truncate", m_truncate),
            ("close", m_close),
            ("readable", m_true),
            ("writable", m_true),
            ("seekable", m_true),
            ("isatty", m_isatty),
            ("flush", m_flush),
        ],
    );
    set_getters(&BYTESIO_TYPE, &[("closed", g_closed)]);
    slot_wrappers::install(&[&BYTESIO_TYPE]);
    classes::register_layout::<BytesIOObject>(&BYTESIO_TYPE);
}
