//! `StringIO`: an in-memory text stream. The text is kept as code points
//! (lone surrogates included) so that positions are O(1) indices.

use super::iobase::{set_getters, set_methods, stream_slots, TEXT_IOBASE_TYPE};
use super::{i64_arg, method_args, size_arg, unsupported};
use crate::error::{PyErr, PyResult};
use crate::interp::classes;
use crate::interp::objects::native_any_arity;
use crate::interp::{slot_wrappers, type_error};
use crate::object::extend::{self, ext_offset, Extended, InstanceExt};
use crate::object::{tpflags, Cell, ObjHeader, PyPayload, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{OS_ERROR, VALUE_ERROR};
use crate::types::str::StrObject;
use crate::types::{dict, int, list, singletons, str as pystr, tuple};

const LF: u32 = b'\n' as u32;
const CR: u32 = b'\r' as u32;

/// The `newline` argument: how written text is translated and where
/// lines end.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Newline {
    /// `None`: `\r\n` and `\r` are written as `\n`.
    Translate,
    /// `''`: kept as written; lines end at any of the three.
    Universal,
    /// `'\n'`.
    Lf,
    /// `'\r'`: `\n` is written as `\r`.
    Cr,
    /// `'\r\n'`: `\n` is written as `\r\n`.
    CrLf,
}

impl Newline {
    /// Parses a `newline` argument (`None` or one of the four strings);
    /// `func` names the callable in the messages of `open()` and
    /// `TextIOWrapper()` (StringIO words them differently).
    pub(super) fn parse(v: Option<&Value>, func: Option<&str>) -> PyResult<Newline> {
        let Some(v) = v.filter(|v| !singletons::is_none(v)) else {
            return Ok(Newline::Translate);
        };
        if !v.type_of().is_subtype_of(&pystr::STR_TYPE) {
            let ty = &v.type_of().name;
            return Err(type_error(match func {
                Some(f) => format!("{f}() argument 'newline' must be str or None, not {ty}"),
                None => format!("newline must be str or None, not {ty}"),
            }));
        }
        let text = pystr::to_string_lossy(v);
        Ok(match text.as_str() {
            "" => Newline::Universal,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            _ => {
                let shown = match func {
                    Some(_) => text,
                    None => pystr::to_string_lossy(&ops::repr(v)?),
                };
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    format!("illegal newline value: {shown}"),
                ));
            }
        })
    }
}

/// The kinds of line ending seen (`newlines`), as bits.
pub(super) const SEEN_LF: u8 = 1;
pub(super) const SEEN_CR: u8 = 2;
pub(super) const SEEN_CRLF: u8 = 4;

/// The `newlines` attribute for a set of seen line endings.
pub(super) fn newlines_value(seen: u8) -> Value {
    let names: Vec<Value> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| pystr::new(s))
        .collect();
    match names.len() {
        0 => singletons::none(),
        1 => names.into_iter().next().unwrap_or_else(singletons::none),
        _ => tuple::new(names),
    }
}

/// The line endings in `text` (a `\r` at its end counts as `\r`).
pub(super) fn seen_in(text: &[u32]) -> u8 {
    let mut seen = 0;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            CR if text.get(i + 1) == Some(&LF) => {
                seen |= SEEN_CRLF;
                i += 1;
            }
            CR => seen |= SEEN_CR,
            LF => seen |= SEEN_LF,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// `\r\n` and `\r` as `\n`.
pub(super) fn translate_to_lf(text: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == CR {
            out.push(LF);
            if text.get(i + 1) == Some(&LF) {
                i += 1;
            }
        } else {
            out.push(text[i]);
        }
        i += 1;
    }
    out
}

/// Where the line starting at `from` ends (after its terminator), or the
/// end of `text`.
pub(super) fn line_end(text: &[u32], from: usize, newline: Newline) -> usize {
    let rest = &text[from..];
    let found = match newline {
        Newline::Translate | Newline::Lf => rest.iter().position(|&c| c == LF).map(|i| i + 1),
        Newline::Cr => rest.iter().position(|&c| c == CR).map(|i| i + 1),
        Newline::CrLf => rest.windows(2).position(|w| w == [CR, LF]).map(|i| i + 2),
        Newline::Universal => rest.iter().position(|&c| c == CR || c == LF).map(|i| {
            match (rest[i], rest.get(i + 1)) {
                (CR, Some(&LF)) => i + 2,
                _ => i + 1,
            }
        }),
    };
    from + found.unwrap_or(rest.len())
}

struct State {
    buf: Vec<u32>,
    pos: usize,
    closed: bool,
    newline: Newline,
    seen: u8,
}

#[repr(C)]
pub struct StringIOObject {
    header: ObjHeader,
    state: Cell<State>,
}
// SAFETY: `#[repr(C)]`, header first; StringIO and its Python subclasses
// use this layout (followed by the `InstanceExt`).
unsafe impl PyPayload for StringIOObject {
    fn type_object() -> &'static TypeObject {
        &STRINGIO_TYPE
    }
}

pub static STRINGIO_TYPE: TypeObject = TypeObject::new_static_in(
    "_io",
    "StringIO",
    Some(&TEXT_IOBASE_TYPE),
    tpflags::BASETYPE,
    crate::object::Slots {
        next: Some(stringio_next),
        finalize: None,
        ..stream_slots(extend::dealloc_extended::<StringIOObject>)
    },
)
.with_instance_ext(ext_offset::<StringIOObject>(), 0, true);

impl StringIOObject {
    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        self.state.with(&self.header, f)
    }

    /// Runs `f` on the state of an open stream.
    fn open<R>(&self, f: impl FnOnce(&mut State) -> R) -> PyResult<R> {
        self.with(|st| if st.closed { None } else { Some(f(st)) })
            .ok_or_else(|| PyErr::new(&VALUE_ERROR, "I/O operation on closed file"))
    }
}

fn this<'a>(name: &str, v: &'a Value) -> PyResult<&'a StringIOObject> {
    v.downcast::<StringIOObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' for '_io.StringIO' objects doesn't apply to a '{}' object",
            v.type_of().name
        ))
    })
}

fn code_points(v: &Value) -> Vec<u32> {
    v.downcast::<StrObject>()
        .map(|s| s.code_points().collect())
        .unwrap_or_default()
}

fn text(cps: &[u32]) -> Value {
    pystr::from_code_points(cps.iter().copied()).unwrap_or_else(pystr::empty)
}

impl State {
    /// Writes `cps` at the position (translated for the newline mode);
    /// the stream grows with NULs when the position is past its end.
    fn write(&mut self, cps: &[u32]) {
        let translated;
        let cps = match self.newline {
            Newline::Translate => {
                self.seen |= seen_in(cps);
                translated = translate_to_lf(cps);
                &translated[..]
            }
            Newline::Universal => {
                self.seen |= seen_in(cps);
                cps
            }
            Newline::Lf => cps,
            Newline::Cr | Newline::CrLf => {
                let nl: &[u32] = if self.newline == Newline::Cr {
                    &[CR]
                } else {
                    &[CR, LF]
                };
                translated = cps
                    .iter()
                    .flat_map(|&c| {
                        if c == LF {
                            nl
                        } else {
                            std::slice::from_ref(&c)
                        }
                        .to_vec()
                    })
                    .collect::<Vec<u32>>();
                &translated[..]
            }
        };
        if cps.is_empty() {
            return;
        }
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, 0);
        }
        let end = self.pos + cps.len();
        let overlap = end.min(self.buf.len());
        self.buf[self.pos..overlap].copy_from_slice(&cps[..overlap - self.pos]);
        self.buf.extend_from_slice(&cps[overlap - self.pos..]);
        self.pos = end;
    }

    fn read(&mut self, n: Option<usize>) -> Vec<u32> {
        let start = self.pos.min(self.buf.len());
        let end = n.map_or(self.buf.len(), |n| {
            start.saturating_add(n).min(self.buf.len())
        });
        self.pos = end.max(self.pos);
        self.buf[start..end].to_vec()
    }

    fn readline(&mut self, limit: Option<usize>) -> Vec<u32> {
        let start = self.pos.min(self.buf.len());
        let mut end = line_end(&self.buf, start, self.newline);
        if let Some(n) = limit {
            end = end.min(start.saturating_add(n));
        }
        self.pos = end.max(self.pos);
        self.buf[start..end].to_vec()
    }
}

fn reset(st: &mut State, newline: Newline, initial: &[u32]) {
    st.buf.clear();
    st.pos = 0;
    st.closed = false;
    st.newline = newline;
    st.seen = 0;
    st.write(initial);
    st.pos = 0;
}

/// `StringIO(initial_value='', newline='\n')`: the arguments, checked.
fn init_args(a: &[Value], k: &[Value]) -> PyResult<(Vec<u32>, Newline)> {
    let npos = a.len() - k.len();
    if npos > 2 {
        return Err(type_error(format!(
            "StringIO() takes at most 2 arguments ({npos} given)"
        )));
    }
    let mut params: [Option<Value>; 2] = [a.first().cloned(), a.get(1).cloned()];
    params[npos..].fill(None);
    for (name, v) in k.iter().zip(&a[npos..]) {
        let i = match pystr::as_str(name) {
            Some("initial_value") => 0,
            Some("newline") => 1,
            _ => {
                return Err(type_error(format!(
                    "StringIO() got an unexpected keyword argument '{}'",
                    pystr::to_string_lossy(name)
                )))
            }
        };
        params[i] = Some(v.clone());
    }
    let newline = match &params[1] {
        None => Newline::Lf,
        Some(v) => Newline::parse(Some(v), None)?,
    };
    let initial = match params[0].as_ref().filter(|v| !singletons::is_none(v)) {
        None => Vec::new(),
        Some(v) if v.type_of().is_subtype_of(&pystr::STR_TYPE) => code_points(v),
        Some(v) => {
            return Err(type_error(format!(
                "initial_value must be str or None, not {}",
                v.type_of().name
            )))
        }
    };
    Ok((initial, newline))
}

/// `StringIO.__new__(cls, *args, **kwargs)`.
fn m_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = a
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .filter(|c| c.is_subtype_of(&STRINGIO_TYPE))
        .ok_or_else(|| type_error("StringIO.__new__(X): X is not a subtype of _io.StringIO"))?;
    let v = Value::from_box(Box::new(Extended {
        base: StringIOObject {
            header: ObjHeader::new(&STRINGIO_TYPE),
            state: Cell::new(State {
                buf: Vec::new(),
                pos: 0,
                closed: false,
                newline: Newline::Lf,
                seen: 0,
            }),
        },
        ext: InstanceExt::new(cls.instance_dict, cls.nslots),
    }));
    if let Some(h) = v.header() {
        h.set_ob_type(cls);
    }
    // Calling the exact type runs no `__init__`: initialize here.
    if std::ptr::eq(cls, &STRINGIO_TYPE) {
        let mut all = vec![v.clone()];
        all.extend_from_slice(&a[1..]);
        m_init(&all, k)?;
    }
    Ok(v)
}

fn m_init(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let s = this("__init__", &a[0])?;
    let (initial, newline) = init_args(&a[1..], k)?;
    s.with(|st| reset(st, newline, &initial));
    Ok(singletons::none())
}

fn m_getvalue(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("getvalue", a, k, 0, 0)?;
    Ok(text(&this("getvalue", &a[0])?.open(|st| st.buf.clone())?))
}

fn m_read(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("read", a, k, 0, 1)?;
    let n = size_arg(rest.first())?;
    Ok(text(&this("read", &a[0])?.open(|st| st.read(n))?))
}

fn m_readline(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("readline", a, k, 0, 1)?;
    let n = size_arg(rest.first())?;
    Ok(text(&this("readline", &a[0])?.open(|st| st.readline(n))?))
}

fn stringio_next(v: &Value) -> PyResult<Option<Value>> {
    let line = if std::ptr::eq(v.type_of(), &STRINGIO_TYPE) {
        text(&this("__next__", v)?.open(|st| st.readline(None))?)
    } else {
        let line = super::call_method(v, "readline", &[])?;
        if !line.type_of().is_subtype_of(&pystr::STR_TYPE) {
            return Err(PyErr::new(
                &OS_ERROR,
                format!(
                    "readline() should have returned a str object, not '{}'",
                    line.type_of().name
                ),
            ));
        }
        line
    };
    Ok((ops::len(&line)? > 0).then_some(line))
}

fn m_write(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("write", a, k, 1, 1)?;
    let s = this("write", &a[0])?;
    let x = &rest[0];
    if !x.type_of().is_subtype_of(&pystr::STR_TYPE) {
        return Err(type_error(format!(
            "string argument expected, got '{}'",
            x.type_of().name
        )));
    }
    let cps = code_points(x);
    let n = cps.len();
    s.open(|st| st.write(&cps))?;
    Ok(int::from_i64(n as i64))
}

fn m_seek(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("seek", a, k, 1, 2)?;
    let s = this("seek", &a[0])?;
    let pos = i64_arg(&rest[0])?;
    let whence = rest.get(1).map(i64_arg).transpose()?.unwrap_or(0);
    s.open(|_| ())?;
    if !(0..=2).contains(&whence) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            format!("Invalid whence ({whence}, should be 0, 1 or 2)"),
        ));
    }
    if whence == 0 && pos < 0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            format!("Negative seek position {pos}"),
        ));
    }
    if whence != 0 && pos != 0 {
        return Err(PyErr::new(&OS_ERROR, "Can't do nonzero cur-relative seeks"));
    }
    let new = s.open(|st| {
        match whence {
            0 => st.pos = pos as usize,
            2 => st.pos = st.buf.len(),
            _ => {}
        }
        st.pos
    })?;
    Ok(int::from_i64(new as i64))
}

fn m_tell(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("tell", a, k, 0, 0)?;
    let pos = this("tell", &a[0])?.open(|st| st.pos)?;
    Ok(int::from_i64(pos as i64))
}

fn m_truncate(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("truncate", a, k, 0, 1)?;
    let s = this("truncate", &a[0])?;
    let size = match rest.first().filter(|v| !singletons::is_none(v)) {
        Some(v) => i64_arg(v)?,
        None => s.open(|st| st.pos as i64)?,
    };
    s.open(|_| ())?;
    if size < 0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            format!("Negative size value {size}"),
        ));
    }
    s.open(|st| st.buf.truncate(size as usize))?;
    Ok(int::from_i64(size))
}

fn m_close(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("close", a, k, 0, 0)?;
    this("close", &a[0])?.with(|st| {
        st.closed = true;
        st.buf = Vec::new();
    });
    Ok(singletons::none())
}

fn m_true(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    this("readable", &a[0])?.open(|_| ())?;
    Ok(singletons::true_())
}

fn g_closed(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::bool(
        this("closed", &a[0])?.with(|st| st.closed),
    ))
}

fn g_line_buffering(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    this("line_buffering", &a[0])?.open(|_| ())?;
    Ok(singletons::false_())
}

fn g_newlines(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let (newline, seen) = this("newlines", &a[0])?.open(|st| (st.newline, st.seen))?;
    Ok(match newline {
        Newline::Translate | Newline::Universal => newlines_value(seen),
        _ => singletons::none(),
    })
}

fn m_detach(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Err(unsupported("detach"))
}

fn m_readlines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("readlines", a, k, 0, 1)?;
    let hint = size_arg(rest.first())?.filter(|&n| n > 0);
    let lines = this("readlines", &a[0])?.open(|st| {
        let mut lines = Vec::new();
        let mut total = 0;
        loop {
            let line = st.readline(None);
            if line.is_empty() {
                break;
            }
            total += line.len();
            lines.push(text(&line));
            if hint.is_some_and(|h| total >= h) {
                break;
            }
        }
        lines
    })?;
    Ok(list::new(lines))
}

pub(super) fn install() {
    let _ = dict::set_item(
        STRINGIO_TYPE.dict(),
        pystr::intern("__new__"),
        classes::new_wrapper(
            &classes::STATICMETHOD_TYPE,
            native_any_arity("__new__", m_new),
        ),
    );
    set_methods(
        &STRINGIO_TYPE,
        &[
            ("__init__", m_init),
            ("getvalue", m_getvalue),
            ("read", m_read),
            ("readline", m_readline),
            ("readlines", m_readlines),
            ("write", m_write),
            ("seek", m_seek),
            ("tell", m_tell),
            ("truncate", m_truncate),
            ("close", m_close),
            ("readable", m_true),
            ("writable", m_true),
            ("seekable", m_true),
            ("detach", m_detach),
        ],
    );
    set_getters(
        &STRINGIO_TYPE,
        &[
            ("closed", g_closed),
            ("line_buffering", g_line_buffering),
            ("newlines", g_newlines),
        ],
    );
    slot_wrappers::install(&[&STRINGIO_TYPE]);
    classes::register_layout::<StringIOObject>(&STRINGIO_TYPE);
}
