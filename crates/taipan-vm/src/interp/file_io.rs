//! `open()` and its file objects: text files (`TextIOWrapper`, encodings
//! utf-8, ascii and latin-1, universal newlines on reading) and binary
//! files (`BufferedReader`, `BufferedWriter`, `BufferedRandom`).

use std::io::{Read, Seek, SeekFrom, Write};

use super::attrs;
use super::objects::{self, simple_type};
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::{Cell, ObjHeader, PyPayload, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{OS_ERROR, VALUE_ERROR};
use crate::types::{bytes, int, list, singletons, str as pystr};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    fn parse(name: &str) -> Option<Encoding> {
        let n = name.to_ascii_lowercase().replace(['-', '_'], "");
        match n.as_str() {
            "utf8" | "u8" | "utf" => Some(Encoding::Utf8),
            "ascii" | "usascii" | "646" => Some(Encoding::Ascii),
            "latin1" | "latin" | "iso88591" | "l1" | "8859" | "cp819" => Some(Encoding::Latin1),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }
}

struct FileState {
    file: Option<std::fs::File>,
    /// Bytes read from the file and not consumed yet.
    pending: Vec<u8>,
    /// Text decoded from the file and not consumed yet (text mode).
    text: String,
    /// Whether the whole file has been read into `pending`/`text`.
    drained: bool,
}

#[repr(C)]
pub struct FileObject {
    header: ObjHeader,
    name: Value,
    mode: String,
    readable: bool,
    writable: bool,
    append: bool,
    /// `None` in binary mode.
    encoding: Option<Encoding>,
    state: Cell<FileState>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for FileObject {
    fn type_object() -> &'static TypeObject {
        &TEXT_IO_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        [
            &TEXT_IO_TYPE,
            &BUFFERED_READER_TYPE,
            &BUFFERED_WRITER_TYPE,
            &BUFFERED_RANDOM_TYPE,
        ]
        .iter()
        .any(|t| std::ptr::eq(*t, ty))
    }
}

/// An exception type of the builtins module by name (the OSError
/// subclasses), OSError when it is not there.
fn builtin_exception(name: &str) -> Value {
    crate::types::dict::get_item(super::builtins::builtins(), &pystr::intern(name))
        .ok()
        .flatten()
        .filter(|t| t.downcast::<TypeObject>().is_some())
        .unwrap_or_else(|| OS_ERROR.as_value())
}

/// An OSError (or the subclass for its errno) from an I/O failure.
pub(crate) fn os_error(e: &std::io::Error, filename: &Value) -> PyErr {
    let ty = match e.kind() {
        std::io::ErrorKind::NotFound => "FileNotFoundError",
        std::io::ErrorKind::PermissionDenied => "PermissionError",
        std::io::ErrorKind::AlreadyExists => "FileExistsError",
        std::io::ErrorKind::IsADirectory => "IsADirectoryError",
        std::io::ErrorKind::NotADirectory => "NotADirectoryError",
        _ => "OSError",
    };
    // Rust's text is strerror's followed by " (os error N)".
    let text = e.to_string();
    let strerror = text.split(" (os error").next().unwrap_or(&text).to_string();
    let errno = int::from_i64(i64::from(e.raw_os_error().unwrap_or(0)));
    let args = [errno, pystr::new(&strerror), filename.clone()];
    match call_object(&builtin_exception(ty), &args, &[]) {
        Ok(exc) => {
            PyErr::from_instance(exc).unwrap_or_else(|| PyErr::new(&OS_ERROR, strerror.as_str()))
        }
        Err(err) => err,
    }
}

/// `io.UnsupportedOperation`: an OSError and a ValueError.
fn unsupported_operation() -> Value {
    static TYPE: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    TYPE.get_or_init(|| {
        let ns = crate::types::dict::new();
        let _ = crate::types::dict::set_item(&ns, pystr::intern("__module__"), pystr::new("io"));
        super::classes::new_class(
            "UnsupportedOperation",
            vec![OS_ERROR.as_value(), VALUE_ERROR.as_value()],
            &ns,
        )
        .unwrap_or_else(|_| OS_ERROR.as_value())
    })
    .clone()
}

fn unsupported(what: &str) -> PyErr {
    match call_object(&unsupported_operation(), &[pystr::new(what)], &[]) {
        Ok(exc) => PyErr::from_instance(exc).unwrap_or_else(|| PyErr::new(&OS_ERROR, what)),
        Err(err) => err,
    }
}

fn closed_error() -> PyErr {
    PyErr::new(&VALUE_ERROR, "I/O operation on closed file.")
}

fn decode_error(enc: Encoding, data: &[u8], at: usize, reason: &str) -> PyErr {
    let msg = format!(
        "'{}' codec can't decode byte {:#04x} in position {at}: {reason}",
        enc.name(),
        data.get(at).copied().unwrap_or(0)
    );
    let ty = builtin_exception("UnicodeDecodeError");
    match ty.downcast::<TypeObject>() {
        Some(t) if t.name == "UnicodeDecodeError" => PyErr::from_instance(
            crate::types::exceptions::new_exception_of(t, vec![pystr::new(&msg)]),
        )
        .unwrap_or_else(|| PyErr::new(&VALUE_ERROR, msg.as_str())),
        _ => PyErr::new(&VALUE_ERROR, msg.as_str()),
    }
}

/// Decodes bytes read from a text file; newlines are translated
/// (`\r\n` and `\r` become `\n`).
fn decode(enc: Encoding, data: &[u8]) -> PyResult<String> {
    let text = match enc {
        Encoding::Utf8 => match std::str::from_utf8(data) {
            Ok(t) => t.to_string(),
            Err(e) => {
                let at = e.valid_up_to();
                let reason = match (e.error_len(), data[at]) {
                    (None, _) => "unexpected end of data",
                    (Some(_), 0x80..=0xc1 | 0xf5..=0xff) => "invalid start byte",
                    (Some(_), _) => "invalid continuation byte",
                };
                return Err(decode_error(enc, data, at, reason));
            }
        },
        Encoding::Ascii => match data.iter().position(|&b| b >= 0x80) {
            Some(at) => return Err(decode_error(enc, data, at, "ordinal not in range(128)")),
            None => data.iter().map(|&b| char::from(b)).collect(),
        },
        Encoding::Latin1 => data.iter().map(|&b| char::from(b)).collect(),
    };
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

fn encode(enc: Encoding, text: &str) -> PyResult<Vec<u8>> {
    let limit = match enc {
        Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
        Encoding::Ascii => 128,
        Encoding::Latin1 => 256,
    };
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let code = u32::from(c);
        if code >= limit {
            let shown = if code < 0x100 {
                format!("'\\x{code:02x}'")
            } else if code < 0x10000 {
                format!("'\\u{code:04x}'")
            } else {
                format!("'\\U{code:08x}'")
            };
            let msg = format!(
                "'{}' codec can't encode character {shown} in position {i}: ordinal not in range({limit})",
                enc.name()
            );
            return Err(PyErr::from_instance(call_object(
                &builtin_exception("UnicodeEncodeError"),
                &[pystr::new(&msg)],
                &[],
            )?)
            .unwrap_or_else(|| PyErr::new(&VALUE_ERROR, msg.as_str())));
        }
        out.push(code as u8);
    }
    Ok(out)
}

fn file(v: &Value) -> PyResult<&FileObject> {
    v.downcast::<FileObject>()
        .ok_or_else(|| type_error(format!("expected a file, got '{}'", v.type_of().name)))
}

impl FileObject {
    fn with<R>(&self, f: impl FnOnce(&mut FileState) -> R) -> R {
        self.state.with(&self.header, f)
    }

    fn check_open(&self) -> PyResult<()> {
        if self.with(|st| st.file.is_none()) {
            return Err(closed_error());
        }
        Ok(())
    }

    fn check_readable(&self) -> PyResult<()> {
        self.check_open()?;
        if !self.readable {
            return Err(unsupported(if self.encoding.is_some() {
                "not readable"
            } else {
                "read"
            }));
        }
        Ok(())
    }

    /// Reads the rest of the file into the pending buffers.
    fn drain(&self) -> PyResult<()> {
        let read = self.with(|st| {
            if st.drained {
                return Ok(Vec::new());
            }
            st.drained = true;
            let mut data = Vec::new();
            match st.file.as_mut() {
                Some(f) => f.read_to_end(&mut data).map(|_| data),
                None => Ok(data),
            }
        });
        let data = read.map_err(|e| os_error(&e, &self.name))?;
        match self.encoding {
            Some(enc) => {
                let text = decode(enc, &data)?;
                self.with(|st| st.text.push_str(&text));
            }
            None => self.with(|st| st.pending.extend_from_slice(&data)),
        }
        Ok(())
    }

    /// Up to `n` characters (text) or bytes (binary); all with `None`.
    fn read(&self, n: Option<usize>) -> PyResult<Value> {
        self.check_readable()?;
        self.drain()?;
        Ok(match self.encoding {
            Some(_) => {
                let out = self.with(|st| {
                    let end = match n {
                        Some(k) => st
                            .text
                            .char_indices()
                            .nth(k)
                            .map_or(st.text.len(), |(i, _)| i),
                        None => st.text.len(),
                    };
                    st.text.drain(..end).collect::<String>()
                });
                pystr::new(&out)
            }
            None => {
                let out = self.with(|st| {
                    let end = n.map_or(st.pending.len(), |k| k.min(st.pending.len()));
                    st.pending.drain(..end).collect::<Vec<u8>>()
                });
                bytes::from_vec(out)
            }
        })
    }

    /// One line, with its newline; empty at the end of the file.
    fn readline(&self, limit: Option<usize>) -> PyResult<Value> {
        self.check_readable()?;
        self.drain()?;
        Ok(match self.encoding {
            Some(_) => {
                let out = self.with(|st| {
                    let mut end = st.text.find('\n').map_or(st.text.len(), |i| i + 1);
                    if let Some(k) = limit {
                        end = end.min(
                            st.text
                                .char_indices()
                                .nth(k)
                                .map_or(st.text.len(), |(i, _)| i),
                        );
                    }
                    st.text.drain(..end).collect::<String>()
                });
                pystr::new(&out)
            }
            None => {
                let out = self.with(|st| {
                    let mut end = st
                        .pending
                        .iter()
                        .position(|&b| b == b'\n')
                        .map_or(st.pending.len(), |i| i + 1);
                    if let Some(k) = limit {
                        end = end.min(k);
                    }
                    st.pending.drain(..end).collect::<Vec<u8>>()
                });
                bytes::from_vec(out)
            }
        })
    }

    fn write(&self, data: &Value) -> PyResult<Value> {
        self.check_open()?;
        if !self.writable {
            return Err(unsupported(if self.encoding.is_some() {
                "not writable"
            } else {
                "write"
            }));
        }
        let (raw, count) = match self.encoding {
            Some(enc) => {
                let Some(text) = pystr::as_str(data) else {
                    return Err(type_error(format!(
                        "write() argument must be str, not {}",
                        data.type_of().name
                    )));
                };
                (encode(enc, text)?, text.chars().count())
            }
            None => {
                let Some(b) = bytes::as_bytes(data)
                    .map(<[u8]>::to_vec)
                    .or_else(|| super::bytearray::data_of(data))
                else {
                    return Err(type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        data.type_of().name
                    )));
                };
                let n = b.len();
                (b, n)
            }
        };
        let append = self.append;
        let done = self.with(|st| match st.file.as_mut() {
            Some(f) => {
                if append {
                    f.seek(SeekFrom::End(0))?;
                }
                f.write_all(&raw)
            }
            None => Ok(()),
        });
        done.map_err(|e| os_error(&e, &self.name))?;
        Ok(int::from_i64(count as i64))
    }

    fn close(&self) -> PyResult<()> {
        let f = self.with(|st| st.file.take());
        if let Some(mut f) = f {
            f.flush().map_err(|e| os_error(&e, &self.name))?;
        }
        Ok(())
    }
}

/// The parts of an `open()` mode string.
struct Mode {
    readable: bool,
    writable: bool,
    append: bool,
    create_new: bool,
    truncate: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let invalid = || PyErr::new(&VALUE_ERROR, format!("invalid mode: '{mode}'"));
    let mut seen = std::collections::HashSet::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || !seen.insert(c) {
            return Err(invalid());
        }
    }
    let has = |c: char| seen.contains(&c);
    let kinds = ['r', 'w', 'a', 'x'].iter().filter(|c| has(**c)).count();
    if has('b') && has('t') {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "can't have text and binary mode at once",
        ));
    }
    if kinds > 1 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if kinds == 0 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let plus = has('+');
    Ok(Mode {
        readable: has('r') || plus,
        writable: !has('r') || plus,
        append: has('a'),
        create_new: has('x'),
        truncate: has('w'),
        binary: has('b'),
    })
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let npos = args.len() - kwnames.len();
    if npos > NAMES.len() {
        return Err(type_error(format!(
            "open() takes at most 8 arguments ({npos} given)"
        )));
    }
    let mut params: [Option<Value>; 8] = Default::default();
    for (slot, v) in params.iter_mut().zip(&args[..npos]) {
        *slot = Some(v.clone());
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let name = pystr::to_string_lossy(k);
        let Some(i) = NAMES.iter().position(|n| *n == name) else {
            return Err(type_error(format!(
                "open() got an unexpected keyword argument '{name}'"
            )));
        };
        if params[i].is_some() {
            return Err(type_error(format!(
                "argument for open() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        params[i] = Some(v.clone());
    }
    let given = |i: usize| params[i].clone().filter(|v| !singletons::is_none(v));
    let name = params[0]
        .clone()
        .ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    let Some(path) = pystr::as_str(&name).map(str::to_string) else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            name.type_of().name
        )));
    };
    let mode_text = match given(1) {
        Some(m) => pystr::as_str(&m).map(str::to_string).ok_or_else(|| {
            type_error(format!(
                "open() argument 'mode' must be str, not {}",
                m.type_of().name
            ))
        })?,
        None => "r".to_string(),
    };
    let mode = parse_mode(&mode_text)?;
    let encoding = match given(3) {
        Some(e) if mode.binary => {
            let _ = e;
            return Err(PyErr::new(
                &VALUE_ERROR,
                "binary mode doesn't take an encoding argument",
            ));
        }
        Some(e) => {
            let text = pystr::to_string_lossy(&e);
            Some(Encoding::parse(&text).ok_or_else(|| {
                PyErr::new(
                    &crate::types::exceptions::LOOKUP_ERROR,
                    format!("unknown encoding: {text}"),
                )
            })?)
        }
        None if mode.binary => None,
        None => Some(Encoding::Utf8),
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.read(mode.readable)
        .write(mode.writable)
        .append(mode.append)
        .truncate(mode.truncate)
        .create(mode.truncate || mode.append)
        .create_new(mode.create_new);
    let f = opts.open(&path).map_err(|e| os_error(&e, &name))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(&e, &name));
    }
    let ty: &'static TypeObject = match (mode.binary, mode.readable, mode.writable) {
        (false, _, _) => &TEXT_IO_TYPE,
        (true, true, true) => &BUFFERED_RANDOM_TYPE,
        (true, true, false) => &BUFFERED_READER_TYPE,
        (true, false, _) => &BUFFERED_WRITER_TYPE,
    };
    // The mode attribute drops 't' and keeps CPython's order.
    let shown_mode: String = mode_text.chars().filter(|c| *c != 't').collect();
    Ok(Value::from_box(Box::new(FileObject {
        header: ObjHeader::new(ty),
        name,
        mode: shown_mode,
        readable: mode.readable,
        writable: mode.writable,
        append: mode.append,
        encoding,
        state: Cell::new(FileState {
            file: Some(f),
            pending: Vec::new(),
            text: String::new(),
            drained: false,
        }),
    })))
}

fn file_repr(v: &Value) -> PyResult<Value> {
    let f = file(v)?;
    let name = pystr::to_string_lossy(&ops::repr(&f.name)?);
    Ok(pystr::new(&match f.encoding {
        Some(enc) => format!(
            "<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>",
            f.mode,
            enc.name()
        ),
        None => format!("<_io.{} name={name}>", v.type_of().name),
    }))
}

fn file_getattr(v: &Value, attr: &Value) -> PyResult<Value> {
    let f = file(v)?;
    match pystr::as_str(attr) {
        Some("name") => Ok(f.name.clone()),
        Some("mode") => Ok(pystr::new(&f.mode)),
        Some("closed") => Ok(singletons::bool(f.with(|st| st.file.is_none()))),
        Some("encoding") if f.encoding.is_some() => {
            Ok(pystr::new(f.encoding.map_or("", Encoding::name)))
        }
        _ => attrs::generic_getattr(v, attr),
    }
}

fn file_iter(v: &Value) -> PyResult<Value> {
    file(v)?.check_open()?;
    Ok(v.clone())
}

fn file_next(v: &Value) -> PyResult<Option<Value>> {
    let line = file(v)?.readline(None)?;
    Ok((ops::len(&line)? > 0).then_some(line))
}

fn file_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(f) = v.downcast::<FileObject>() {
        visit(&f.name);
    }
}

macro_rules! file_type {
    ($id:ident, $name:literal) => {
        simple_type!($id, $name, FileObject, {
            repr: Some(file_repr),
            getattr: Some(file_getattr),
            iter: Some(file_iter),
            next: Some(file_next),
            traverse: Some(file_traverse),
        });
    };
}
file_type!(TEXT_IO_TYPE, "TextIOWrapper");
file_type!(BUFFERED_READER_TYPE, "BufferedReader");
file_type!(BUFFERED_WRITER_TYPE, "BufferedWriter");
file_type!(BUFFERED_RANDOM_TYPE, "BufferedRandom");

/// An optional size argument: None or negative means "all".
fn size_arg(a: &[Value]) -> PyResult<Option<usize>> {
    match a.get(1).filter(|v| !singletons::is_none(v)) {
        None => Ok(None),
        Some(v) => {
            let n = super::builtins::index_value(v)?;
            Ok(n.as_small_int().and_then(|k| usize::try_from(k).ok()))
        }
    }
}

fn at_most(name: &str, a: &[Value], k: &[Value], max: usize) -> PyResult<()> {
    if !k.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.len() - 1 > max {
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            a.len() - 1
        )));
    }
    Ok(())
}

fn m_read(a: &[Value], k: &[Value]) -> PyResult<Value> {
    at_most("read", a, k, 1)?;
    file(&a[0])?.read(size_arg(a)?)
}
fn m_readline(a: &[Value], k: &[Value]) -> PyResult<Value> {
    at_most("readline", a, k, 1)?;
    file(&a[0])?.readline(size_arg(a)?)
}
fn m_readlines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    at_most("readlines", a, k, 1)?;
    let f = file(&a[0])?;
    let mut out = Vec::new();
    loop {
        let line = f.readline(None)?;
        if ops::len(&line)? == 0 {
            return Ok(list::new(out));
        }
        out.push(line);
    }
}
fn m_write(a: &[Value], k: &[Value]) -> PyResult<Value> {
    at_most("write", a, k, 1)?;
    let data = a
        .get(1)
        .ok_or_else(|| type_error("write() takes exactly one argument (0 given)"))?;
    file(&a[0])?.write(data)
}
fn m_writelines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    at_most("writelines", a, k, 1)?;
    let lines = a
        .get(1)
        .ok_or_else(|| type_error("writelines() takes exactly one argument (0 given)"))?;
    let f = file(&a[0])?;
    let it = attrs::iter(lines)?;
    while let Some(line) = attrs::next(&it)? {
        f.write(&line)?;
    }
    Ok(singletons::none())
}
fn m_close(a: &[Value], k: &[Value]) -> PyResult<Value> {
    at_most("close", a, k, 0)?;
    file(&a[0])?.close()?;
    Ok(singletons::none())
}
fn m_flush(a: &[Value], k: &[Value]) -> PyResult<Value> {
    at_most("flush", a, k, 0)?;
    let f = file(&a[0])?;
    f.check_open()?;
    let done = f.with(|st| st.file.as_mut().map_or(Ok(()), Write::flush));
    done.map_err(|e| os_error(&e, &f.name))?;
    Ok(singletons::none())
}
fn m_readable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    at_most("readable", a, k, 0)?;
    let f = file(&a[0])?;
    f.check_open()?;
    Ok(singletons::bool(f.readable))
}
fn m_writable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    at_most("writable", a, k, 0)?;
    let f = file(&a[0])?;
    f.check_open()?;
    Ok(singletons::bool(f.writable))
}
fn m_enter(a: &[Value], k: &[Value]) -> PyResult<Value> {
    at_most("__enter__", a, k, 0)?;
    file(&a[0])?.check_open()?;
    Ok(a[0].clone())
}
fn m_exit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    file(&a[0])?.close()?;
    Ok(singletons::none())
}

pub fn install() {
    let methods: &[(&'static str, objects::NativeFn)] = &[
        ("read", m_read),
        ("readline", m_readline),
        ("readlines", m_readlines),
        ("write", m_write),
        ("writelines", m_writelines),
        ("close", m_close),
        ("flush", m_flush),
        ("readable", m_readable),
        ("writable", m_writable),
        ("__enter__", m_enter),
        ("__exit__", m_exit),
    ];
    for ty in [
        &TEXT_IO_TYPE,
        &BUFFERED_READER_TYPE,
        &BUFFERED_WRITER_TYPE,
        &BUFFERED_RANDOM_TYPE,
    ] {
        let d = ty.dict();
        for (name, f) in methods {
            let _ = crate::types::dict::set_item(
                d,
                pystr::intern(name),
                objects::native_method(ty, name, *f),
            );
        }
    }
}
