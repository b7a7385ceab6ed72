//! The file objects: what `open()` returns (text or binary streams over an
//! OS file) and `TextIOWrapper(buffer)` (a text stream over any binary
//! stream object). A readable stream reads its source whole on first use;
//! text written to a wrapped buffer is held until a flush (CPython's
//! chunking), written through to an OS file at once.

use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::Arc;

use super::iobase::{stream_slots, BUFFERED_IOBASE_TYPE, RAW_IOBASE_TYPE, TEXT_IOBASE_TYPE};
use super::textcodec::TextConfig;
use super::{call_method, closed_error, i64_arg, method_args, size_arg, unsupported};
use crate::error::{PyErr, PyResult};
use crate::interp::builtins::{bind_params, Params};
use crate::interp::classes;
use crate::interp::objects::{native_any_arity, native_method_any_arity, NativeFn};
use crate::interp::{attrs, call_object, slot_wrappers, type_error};
use crate::object::{Cell, ObjHeader, PyPayload, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{OS_ERROR, VALUE_ERROR};
use crate::types::{bytes, dict, int, list, singletons, str as pystr};

/// How much a file holds of what is written before writing it out
/// (CPython's buffer size for a wrapper's text, also used for files).
const WRITE_CHUNK: usize = 8192;

/// An OS file and what was written to it but not written out yet. The
/// open ones are listed (weakly) so that what they hold is written out at
/// exit even when the file object is never freed.
pub(super) struct OsFile {
    file: std::fs::File,
    pending: std::sync::Mutex<Vec<u8>>,
}

static OPEN_FILES: std::sync::Mutex<Vec<std::sync::Weak<OsFile>>> =
    std::sync::Mutex::new(Vec::new());

impl OsFile {
    fn register(file: std::fs::File) -> Arc<OsFile> {
        static HOOK: std::sync::Once = std::sync::Once::new();
        HOOK.call_once(|| crate::interp::at_exit(write_out_open_files));
        let f = Arc::new(OsFile {
            file,
            pending: std::sync::Mutex::new(Vec::new()),
        });
        let mut open = OPEN_FILES.lock().unwrap_or_else(|e| e.into_inner());
        if open.len() % 64 == 63 {
            open.retain(|w| w.strong_count() > 0);
        }
        open.push(Arc::downgrade(&f));
        f
    }

    fn pending(&self) -> std::sync::MutexGuard<'_, Vec<u8>> {
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn write_pending(&self) -> std::io::Result<()> {
        let data = std::mem::take(&mut *self.pending());
        (&self.file).write_all(&data)
    }
}

/// The exit hook: what open files hold is written out, as CPython's
/// finalization of the file objects does.
fn write_out_open_files() {
    let open = std::mem::take(&mut *OPEN_FILES.lock().unwrap_or_else(|e| e.into_inner()));
    for f in open.iter().filter_map(std::sync::Weak::upgrade) {
        let _ = f.write_pending();
    }
}

/// Where a file object's bytes come from and go to.
pub(super) enum Backing {
    Os(Arc<OsFile>),
    /// A binary stream object (`TextIOWrapper(buffer)`).
    Stream(Value),
    /// The process's standard stream with this descriptor (0, 1 or 2),
    /// through Rust's own handles so that all writers share one order.
    Stdio(i32),
}

struct FileState {
    /// `None` once closed (or detached).
    file: Option<Backing>,
    /// Bytes read from the file and not consumed yet (binary mode).
    pending: Vec<u8>,
    /// Text decoded from the file and not consumed yet (text mode).
    text: String,
    /// Whether the whole file has been read into `pending`/`text`.
    drained: bool,
    /// Encoded text not yet written to a `Stream` backing.
    out: Vec<u8>,
    /// Whether `detach()` took the backing away.
    detached: bool,
    /// Whether closing closes the descriptor (`open(fd, closefd=False)`
    /// leaves it open).
    closefd: bool,
    /// The text settings (`None` in binary mode); `reconfigure()` replaces
    /// them.
    cfg: Option<Arc<TextConfig>>,
    /// The kinds of line ending read so far (`newlines`).
    seen: u8,
    /// `mode` as assigned to a wrapper (`tokenize.open` sets it).
    mode_set: Option<Value>,
}

impl Drop for FileState {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            release(file, self.closefd);
        }
    }
}

/// Lets go of a backing: closes an OS file unless its descriptor is to
/// stay open.
fn release(file: Backing, closefd: bool) {
    if let Backing::Os(f) = file {
        match Arc::try_unwrap(f) {
            Ok(f) if !closefd => {
                let _ = std::os::fd::IntoRawFd::into_raw_fd(f.file);
            }
            // The exit hook holds it for a moment: it must not close it.
            Err(shared) if !closefd => std::mem::forget(shared),
            other => drop(other),
        }
    }
}

#[repr(C)]
pub struct FileObject {
    header: ObjHeader,
    name: Value,
    /// `None` for wrappers, which have no mode of their own.
    mode: Option<String>,
    readable: bool,
    writable: bool,
    append: bool,
    state: Cell<FileState>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for FileObject {
    fn type_object() -> &'static TypeObject {
        &TEXT_IO_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        types().iter().any(|t| std::ptr::eq(*t, ty))
    }
}

/// subclasses), OSError when it is not there.
fn builtin_exception(name: &str) -> Value {
    crate::types::dict::get_item(crate::interp::builtins::builtins(), &pystr::intern(name))
        .ok()
        .flatten()
        .filter(|t| t.downcast::<TypeObject>().is_some())
        .unwrap_or_else(|| OS_ERROR.as_value())
}

/// An OSError (or the subclass for its errno) from an I/O failure.
pub fn os_error(e: &std::io::Error, filename: &Value) -> PyErr {
    let ty = match e.kind() {
        std::io::ErrorKind::NotFound => "FileNotFoundError",
        std::io::ErrorKind::PermissionDenied => "PermissionError",
        std::io::ErrorKind::AlreadyExists => "FileExistsError",
        std::io::ErrorKind::IsADirectory => "IsADirectoryError",
        std::io::ErrorKind::NotADirectory => "NotADirectoryError",
        std::io::ErrorKind::BrokenPipe => "BrokenPipeError",
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

fn file(v: &Value) -> PyResult<&FileObject> {
    v.downcast::<FileObject>()
        .ok_or_else(|| type_error(format!("expected a file, got '{}'", v.type_of().name)))
}

fn detached_error() -> PyErr {
    PyErr::new(&VALUE_ERROR, "underlying buffer has been detached")
}

impl FileObject {
    fn with<R>(&self, f: impl FnOnce(&mut FileState) -> R) -> R {
        self.state.with(&self.header, f)
    }

    pub(super) fn cfg(&self) -> Option<Arc<TextConfig>> {
        self.with(|st| st.cfg.clone())
    }

    pub(super) fn is_text(&self) -> bool {
        self.with(|st| st.cfg.is_some())
    }

    /// The descriptor of a standard stream that is still open.
    pub(super) fn stdio_fd(&self) -> Option<i32> {
        self.with(|st| match &st.file {
            Some(Backing::Stdio(fd)) => Some(*fd),
            _ => None,
        })
    }

    /// The wrapped buffer of a `TextIOWrapper(buffer)`.
    fn stream(&self) -> Option<Value> {
        self.with(|st| match &st.file {
            Some(Backing::Stream(b)) => Some(b.clone()),
            _ => None,
        })
    }

    fn is_closed(&self) -> PyResult<bool> {
        if self.with(|st| st.detached) {
            return Err(detached_error());
        }
        match self.stream() {
            Some(b) => ops::truthy(&attrs::getattr_str(&b, "closed")?),
            None => Ok(self.with(|st| st.file.is_none())),
        }
    }

    fn check_open(&self) -> PyResult<()> {
        if self.is_closed()? {
            return Err(closed_error());
        }
        Ok(())
    }

    fn check_readable(&self) -> PyResult<()> {
        self.check_open()?;
        if !self.readable {
            return Err(unsupported(if self.is_text() {
                "not readable"
            } else {
                "read"
            }));
        }
        Ok(())
    }

    fn check_writable(&self) -> PyResult<()> {
        self.check_open()?;
        if !self.writable {
            return Err(unsupported(if self.is_text() {
                "not writable"
            } else {
                "write"
            }));
        }
        Ok(())
    }

    /// Reads more of the source into the pending buffers: all of it, or
    /// from standard input a line (so that prompts and answers alternate).
    fn fill(&self) -> PyResult<()> {
        if self.with(|st| st.drained) {
            return Ok(());
        }
        let data = match self.stream() {
            Some(b) => {
                self.with(|st| st.drained = true);
                let got = call_method(&b, "read", &[])?;
                crate::interp::bytearray::data_of(&got).unwrap_or_default()
            }
            None => {
                let read = self.with(|st| {
                    let mut data = Vec::new();
                    match st.file.as_mut() {
                        Some(Backing::Os(f)) => {
                            st.drained = true;
                            (&f.file).read_to_end(&mut data).map(|_| data)
                        }
                        Some(Backing::Stdio(_)) => {
                            use std::io::BufRead;
                            let got = std::io::stdin().lock().read_until(b'\n', &mut data);
                            st.drained = data.is_empty();
                            got.map(|_| data)
                        }
                        _ => {
                            st.drained = true;
                            Ok(data)
                        }
                    }
                });
                read.map_err(|e| os_error(&e, &self.name))?
            }
        };
        match self.cfg() {
            Some(cfg) => {
                let (text, seen) = cfg.decode(&data)?;
                self.with(|st| {
                    st.text.push_str(&text);
                    st.seen |= seen;
                });
            }
            None => self.with(|st| st.pending.extend_from_slice(&data)),
        }
        Ok(())
    }

    /// Fills the pending buffers until `enough` holds or the source ends.
    fn fill_until(&self, enough: impl Fn(&FileState) -> bool) -> PyResult<()> {
        while !self.with(|st| st.drained || enough(st)) {
            self.fill()?;
        }
        Ok(())
    }

    /// Up to `n` characters (text) or bytes (binary); all with `None`.
    fn read(&self, n: Option<usize>) -> PyResult<Value> {
        self.check_readable()?;
        self.flush_out()?;
        self.fill_until(|st| {
            n.is_some_and(|k| st.pending.len() >= k || st.text.chars().count() >= k)
        })?;
        Ok(match self.cfg() {
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

    /// One line, with its terminator; empty at the end of the file.
    fn readline(&self, limit: Option<usize>) -> PyResult<Value> {
        self.check_readable()?;
        self.flush_out()?;
        self.fill_until(|st| match &st.cfg {
            Some(cfg) => cfg.line_end(&st.text).is_some(),
            None => st.pending.contains(&b'\n'),
        })?;
        Ok(match self.cfg() {
            Some(cfg) => {
                let out = self.with(|st| {
                    let mut end = cfg.line_end(&st.text).unwrap_or(st.text.len());
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
        self.check_writable()?;
        let os_file = self.stream().is_none() && self.stdio_fd().is_none();
        if os_file && !self.is_text() && self.with(|st| st.drained) {
            // Reading went ahead to the end: write where the reader is (a
            // text file writes after what it read ahead, as CPython's).
            let at = self.tell()?;
            self.seek(at, 0)?;
        }
        let (raw, count) = match self.cfg() {
            Some(cfg) => {
                if !data.type_of().is_subtype_of(&pystr::STR_TYPE) {
                    return Err(type_error(format!(
                        "write() argument must be str, not {}",
                        data.type_of().name
                    )));
                }
                (cfg.encode(data)?, ops::len(data)?)
            }
            None => {
                let Some(b) = crate::interp::bytearray::buffer_of(data) else {
                    return Err(type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        data.type_of().name
                    )));
                };
                let n = b.len();
                (b, n)
            }
        };
        let full = match self.stdio_fd() {
            Some(fd) => {
                super::stdio::write_fd(fd, &raw);
                false
            }
            None => self.with(|st| {
                let out = match &st.file {
                    Some(Backing::Os(f)) => &mut *f.pending(),
                    _ => &mut st.out,
                };
                out.extend_from_slice(&raw);
                out.len() >= WRITE_CHUNK
            }),
        };
        if full {
            self.flush_out()?;
        }
        if let Some(cfg) = self.cfg() {
            let line =
                cfg.line_buffering && pystr::as_str(data).is_some_and(|s| s.contains(['\n', '\r']));
            if cfg.write_through || line {
                self.flush_out()?;
            }
            if line {
                if let Some(b) = self.stream() {
                    call_method(&b, "flush", &[])?;
                }
                if let Some(fd) = self.stdio_fd() {
                    let _ = super::stdio::flush_fd(fd);
                }
            }
        }
        Ok(int::from_i64(count as i64))
    }

    /// Writes the held text to the wrapped buffer.
    fn flush_out(&self) -> PyResult<()> {
        let os = self.with(|st| match &st.file {
            Some(Backing::Os(f)) => Some(f.clone()),
            _ => None,
        });
        if let Some(f) = os {
            return f.write_pending().map_err(|e| os_error(&e, &self.name));
        }
        let out = self.with(|st| std::mem::take(&mut st.out));
        if let Some(b) = self.stream().filter(|_| !out.is_empty()) {
            call_method(&b, "write", &[bytes::from_vec(out)])?;
        }
        Ok(())
    }

    fn flush(&self) -> PyResult<()> {
        self.check_open()?;
        match self.stream() {
            Some(b) => {
                self.flush_out()?;
                call_method(&b, "flush", &[])?;
            }
            None => {
                self.flush_out()?;
                let done = self.with(|st| match st.file.as_mut() {
                    Some(Backing::Os(f)) => (&f.file).flush(),
                    Some(Backing::Stdio(fd)) => super::stdio::flush_fd(*fd),
                    _ => Ok(()),
                });
                done.map_err(|e| os_error(&e, &self.name))?;
            }
        }
        Ok(())
    }

    fn close(&self) -> PyResult<()> {
        if self.is_closed()? {
            return Ok(());
        }
        if let Some(b) = self.stream() {
            let flushed = self.flush();
            let closed = call_method(&b, "close", &[]);
            flushed?;
            closed?;
            return Ok(());
        }
        let written = self.flush_out();
        let (f, closefd) = self.with(|st| (st.file.take(), st.closefd));
        let flushed = match &f {
            Some(Backing::Os(f)) => (&f.file).flush(),
            Some(Backing::Stdio(fd)) => super::stdio::flush_fd(*fd),
            _ => Ok(()),
        };
        if let Some(f) = f {
            release(f, closefd);
        }
        written?;
        flushed.map_err(|e| os_error(&e, &self.name))
    }

    fn check_seekable(&self) -> PyResult<()> {
        if self.stdio_fd().is_some() {
            return Err(unsupported("underlying stream is not seekable"));
        }
        Ok(())
    }

    /// The position a reader sees: the source's, less what was read
    /// ahead (text: its encoded length).
    fn tell(&self) -> PyResult<i64> {
        self.check_open()?;
        self.check_seekable()?;
        self.flush_out()?;
        let ahead = match self.cfg() {
            Some(cfg) => {
                let text = self.with(|st| st.text.clone());
                cfg.encode(&pystr::new(&text))?.len()
            }
            None => self.with(|st| st.pending.len()),
        };
        let at = match self.stream() {
            Some(b) => i64_arg(&call_method(&b, "tell", &[])?)?,
            None => {
                let pos = self.with(|st| match st.file.as_mut() {
                    Some(Backing::Os(f)) => (&f.file).stream_position(),
                    _ => Ok(0),
                });
                pos.map_err(|e| os_error(&e, &self.name))? as i64
            }
        };
        Ok(at - ahead as i64)
    }

    fn seek(&self, pos: i64, whence: i64) -> PyResult<i64> {
        self.check_open()?;
        self.check_seekable()?;
        if self.is_text() {
            if whence == 1 && pos != 0 {
                return Err(unsupported("can't do nonzero cur-relative seeks"));
            }
            if whence == 2 && pos != 0 {
                return Err(unsupported("can't do nonzero end-relative seeks"));
            }
            if whence == 0 && pos < 0 {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    format!("negative seek position {pos}"),
                ));
            }
        }
        if !(0..=2).contains(&whence) {
            return Err(PyErr::new(
                &VALUE_ERROR,
                format!("invalid whence ({whence}, should be 0, 1 or 2)"),
            ));
        }
        let target = match whence {
            1 => SeekFrom::Start(u64::try_from(self.tell()? + pos).unwrap_or(u64::MAX)),
            2 => SeekFrom::End(pos),
            _ => SeekFrom::Start(u64::try_from(pos).unwrap_or(u64::MAX)),
        };
        self.flush_out()?;
        let stream = self.stream();
        let new = match stream {
            Some(b) => {
                let (p, w) = match target {
                    SeekFrom::End(p) => (p, 2),
                    SeekFrom::Start(p) => (p as i64, 0),
                    SeekFrom::Current(p) => (p, 1),
                };
                i64_arg(&call_method(
                    &b,
                    "seek",
                    &[int::from_i64(p), int::from_i64(w)],
                )?)?
            }
            None => {
                let r = self.with(|st| match st.file.as_mut() {
                    Some(Backing::Os(f)) => (&f.file).seek(target),
                    _ => Ok(0),
                });
                r.map_err(|e| os_error(&e, &self.name))? as i64
            }
        };
        self.with(|st| {
            st.pending.clear();
            st.text.clear();
            st.drained = false;
        });
        Ok(new)
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

impl Mode {
    /// The `os.open()` flags of the mode (Linux values), for an `opener`.
    fn open_flags(&self) -> i64 {
        const O_WRONLY: i64 = 0o1;
        const O_RDWR: i64 = 0o2;
        const O_CREAT: i64 = 0o100;
        const O_EXCL: i64 = 0o200;
        const O_TRUNC: i64 = 0o1000;
        const O_APPEND: i64 = 0o2000;
        const O_CLOEXEC: i64 = 0o2000000;
        let mut flags = match (self.readable, self.writable) {
            (true, true) => O_RDWR,
            (false, true) => O_WRONLY,
            _ => 0,
        };
        if self.truncate {
            flags |= O_CREAT | O_TRUNC;
        }
        if self.append {
            flags |= O_CREAT | O_APPEND;
        }
        if self.create_new {
            flags |= O_CREAT | O_EXCL;
        }
        flags | O_CLOEXEC
    }
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
    let p = bind_params(
        &Params {
            name: "open",
            names: &[
                "file",
                "mode",
                "buffering",
                "encoding",
                "errors",
                "newline",
                "closefd",
                "opener",
            ],
            positional: 8,
            required: 1,
        },
        args,
        kwnames,
    )?;
    let given = |i: usize| p[i].as_ref().filter(|v| !singletons::is_none(v));
    let file_arg = p[0].clone().unwrap_or_else(singletons::none);
    let fd = match file_arg
        .type_of()
        .is_subtype_of(&crate::types::int::INT_TYPE)
    {
        true => Some(i64_arg(&file_arg)?),
        false => None,
    };
    let name = match fd {
        Some(_) => file_arg,
        None => fspath(&file_arg)?,
    };
    let path: std::path::PathBuf = match bytes::as_bytes(&name) {
        Some(b) => <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(b).into(),
        None => pystr::to_string_lossy(&name).into(),
    };
    let mode_text = match given(1) {
        Some(m) => pystr::as_str(m).map(str::to_string).ok_or_else(|| {
            type_error(format!(
                "open() argument 'mode' must be str, not {}",
                m.type_of().name
            ))
        })?,
        None => "r".to_string(),
    };
    let mode = parse_mode(&mode_text)?;
    let text = if mode.binary {
        for (i, what) in [(3, "an encoding"), (4, "an errors"), (5, "a newline")] {
            if given(i).is_some() {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    format!("binary mode doesn't take {what} argument"),
                ));
            }
        }
        None
    } else {
        Some(TextConfig::new("open", given(3), given(4), given(5))?)
    };
    let unbuffered = match given(2) {
        Some(b) => i64_arg(b)? == 0,
        None => false,
    };
    if unbuffered && !mode.binary {
        return Err(PyErr::new(&VALUE_ERROR, "can't have unbuffered text I/O"));
    }
    let closefd = p[6].as_ref().map_or(Ok(true), ops::truthy)?;
    let f = match (fd, given(7)) {
        (Some(fd), _) => file_from_fd(fd)?,
        (None, _) if !closefd => {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "Cannot use closefd=False with file name",
            ))
        }
        (None, Some(opener)) => {
            let fd = call_object(
                opener,
                &[name.clone(), int::from_i64(mode.open_flags())],
                &[],
            )?;
            let fd = i64_arg(&fd)?;
            if fd < 0 {
                return Err(PyErr::new(&VALUE_ERROR, format!("opener returned {fd}")));
            }
            file_from_fd(fd)?
        }
        (None, None) => {
            let mut opts = std::fs::OpenOptions::new();
            opts.read(mode.readable)
                .write(mode.writable)
                .append(mode.append)
                .truncate(mode.truncate)
                .create(mode.truncate || mode.append)
                .create_new(mode.create_new);
            opts.open(&path).map_err(|e| os_error(&e, &name))?
        }
    };
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(&e, &name));
    }
    let ty: &'static TypeObject = match (mode.binary, mode.readable, mode.writable) {
        _ if unbuffered => &FILEIO_TYPE,
        (false, _, _) => &TEXT_IO_TYPE,
        (true, true, true) => &BUFFERED_RANDOM_TYPE,
        (true, true, false) => &BUFFERED_READER_TYPE,
        (true, false, _) => &BUFFERED_WRITER_TYPE,
    };
    // The mode attribute drops 't' and keeps CPython's order.
    let shown_mode: String = mode_text.chars().filter(|c| *c != 't').collect();
    let v = new_file(
        ty,
        name,
        Some(shown_mode),
        (mode.readable, mode.writable, mode.append),
        text,
        Backing::Os(OsFile::register(f)),
    );
    file(&v)?.with(|st| st.closefd = closefd);
    Ok(v)
}

/// The file on descriptor `fd`, which the caller hands over (as to
/// CPython's FileIO).
fn file_from_fd(fd: i64) -> PyResult<std::fs::File> {
    let Ok(fd) = i32::try_from(fd) else {
        return Err(PyErr::new(&VALUE_ERROR, "negative file descriptor"));
    };
    if fd < 0 {
        return Err(PyErr::new(&VALUE_ERROR, "negative file descriptor"));
    }
    // Only an open descriptor may be wrapped (EBADF otherwise).
    if std::fs::symlink_metadata(format!("/proc/self/fd/{fd}")).is_err() {
        let e = std::io::Error::from_raw_os_error(9);
        return Err(os_error(&e, &singletons::none()));
    }
    // SAFETY: `fd` is an open descriptor (checked just above) that Python
    // code handed to `open()`, which owns it from now on as CPython's
    // FileIO does; with `closefd=False` it is released, never closed
    // (`release`). A descriptor is an integer: no memory is involved.
    Ok(unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd) })
}

/// `print()`'s direct path: writes `text` to `v` when it is a text file
/// of this module (no `write` attribute lookup, no str objects per
/// piece); `None` for other objects.
pub fn native_text_write(v: &Value, text: &str) -> Option<PyResult<()>> {
    let f = v.downcast_exact::<FileObject>()?;
    if !f.is_text() {
        return None;
    }
    Some(f.write(&pystr::new(text)).map(|_| ()))
}

/// `os.fspath(v)`: a str or bytes path, or what `__fspath__` returns.
fn fspath(v: &Value) -> PyResult<Value> {
    let is_path =
        |x: &Value| x.type_of().is_subtype_of(&pystr::STR_TYPE) || bytes::as_bytes(x).is_some();
    if is_path(v) {
        return Ok(v.clone());
    }
    let Some(f) = attrs::lookup_special(v, "__fspath__")? else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            v.type_of().name
        )));
    };
    let path = call_object(&attrs::bind(f, v)?, &[], &[])?;
    if !is_path(&path) {
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            v.type_of().name,
            path.type_of().name
        )));
    }
    Ok(path)
}

pub(super) fn new_file(
    ty: &'static TypeObject,
    name: Value,
    mode: Option<String>,
    (readable, writable, append): (bool, bool, bool),
    text: Option<TextConfig>,
    backing: Backing,
) -> Value {
    Value::from_box(Box::new(FileObject {
        header: ObjHeader::new(ty),
        name,
        mode,
        readable,
        writable,
        append,
        state: Cell::new(FileState {
            cfg: text.map(Arc::new),
            file: Some(backing),
            pending: Vec::new(),
            text: String::new(),
            drained: false,
            out: Vec::new(),
            detached: false,
            closefd: true,
            seen: 0,
            mode_set: None,
        }),
    }))
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
/// line_buffering=False, write_through=False)`.
fn text_wrapper_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind_params(
        &Params {
            name: "TextIOWrapper",
            names: &[
                "buffer",
                "encoding",
                "errors",
                "newline",
                "line_buffering",
                "write_through",
            ],
            positional: 6,
            required: 1,
        },
        &a[1..],
        k,
    )?;
    let buffer = p[0].clone().unwrap_or_else(singletons::none);
    let mut cfg = TextConfig::new("TextIOWrapper", p[1].as_ref(), p[2].as_ref(), p[3].as_ref())?;
    let flag = |i: usize| p[i].as_ref().map_or(Ok(false), ops::truthy);
    cfg.line_buffering = flag(4)?;
    cfg.write_through = flag(5)?;
    let can = |what: &str| -> PyResult<bool> { ops::truthy(&call_method(&buffer, what, &[])?) };
    let access = (can("readable")?, can("writable")?, false);
    Ok(new_file(
        &TEXT_IO_TYPE,
        singletons::none(),
        None,
        access,
        Some(cfg),
        Backing::Stream(buffer),
    ))
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`: `open()` of the
/// mode in binary, unbuffered.
fn fileio_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = bind_params(
        &Params {
            name: "FileIO",
            names: &["file", "mode", "closefd", "opener"],
            positional: 4,
            required: 1,
        },
        &a[1..],
        k,
    )?;
    let mode = match p[1].as_ref() {
        Some(m) => pystr::as_str(m).map(str::to_string).ok_or_else(|| {
            type_error(format!(
                "FileIO() argument 'mode' must be str, not {}",
                m.type_of().name
            ))
        })?,
        None => "r".to_string(),
    };
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxab+".contains(c) || seen.contains(c) {
            return Err(PyErr::new(&VALUE_ERROR, format!("invalid mode: {mode}")));
        }
        seen.push(c);
    }
    let kinds: Vec<char> = seen.chars().filter(|c| "rwxa".contains(*c)).collect();
    let [kind] = kinds.as_slice() else {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    };
    let plus = if seen.contains('+') { "+" } else { "" };
    let none = singletons::none;
    open(
        &[
            p[0].clone().unwrap_or_else(none),
            pystr::new(&format!("{kind}b{plus}")),
            int::from_i64(0),
            none(),
            none(),
            none(),
            p[2].clone().unwrap_or_else(singletons::true_),
            p[3].clone().unwrap_or_else(none),
        ],
        &[],
    )
}

fn file_repr(v: &Value) -> PyResult<Value> {
    let f = file(v)?;
    let ty = &v.type_of().name;
    let name = match f.stream() {
        Some(b) => attrs::getattr_str(&b, "name").ok(),
        None => Some(f.name.clone()),
    };
    let mut out = format!("<_io.{ty}");
    if let Some(n) = name {
        out.push_str(&format!(
            " name={}",
            pystr::to_string_lossy(&ops::repr(&n)?)
        ));
    }
    if let Some(m) = f
        .mode
        .as_ref()
        .filter(|_| f.is_text() || std::ptr::eq(v.type_of(), &FILEIO_TYPE))
    {
        out.push_str(&format!(" mode='{m}'"));
    }
    if let Some(cfg) = f.cfg() {
        out.push_str(&format!(" encoding='{}'", cfg.encoding));
    }
    if std::ptr::eq(v.type_of(), &FILEIO_TYPE) {
        let closefd = f.with(|st| st.closefd);
        out.push_str(if closefd {
            " closefd=True"
        } else {
            " closefd=False"
        });
    }
    out.push('>');
    Ok(pystr::new(&out))
}

fn file_getattr(v: &Value, attr: &Value) -> PyResult<Value> {
    let f = file(v)?;
    let text = f.cfg();
    match (pystr::as_str(attr), text.as_deref()) {
        (Some("name"), _) => match f.stream() {
            Some(b) => attrs::getattr_str(&b, "name"),
            None => Ok(f.name.clone()),
        },
        (Some("mode"), _) if f.with(|st| st.mode_set.is_some()) => Ok(f
            .with(|st| st.mode_set.clone())
            .unwrap_or_else(singletons::none)),
        (Some("mode"), _) if f.mode.is_some() => Ok(pystr::new(f.mode.as_deref().unwrap_or(""))),
        (Some("closed"), _) => Ok(singletons::bool(f.is_closed()?)),
        (Some("encoding"), Some(cfg)) => Ok(pystr::new(&cfg.encoding)),
        (Some("errors"), Some(cfg)) => Ok(pystr::new(&cfg.errors)),
        (Some("line_buffering"), Some(cfg)) => Ok(singletons::bool(cfg.line_buffering)),
        (Some("write_through"), Some(cfg)) => Ok(singletons::bool(cfg.write_through)),
        (Some("newlines"), Some(_)) => Ok(super::stringio::newlines_value(f.with(|st| st.seen))),
        (Some("buffer"), Some(_)) => match (f.stream(), f.stdio_fd()) {
            (Some(b), _) => Ok(b),
            (None, Some(fd)) => Ok(super::stdio::std_buffer(fd)),
            (None, None) => buffer_of_file(v, f),
        },
        _ => attrs::generic_getattr(v, attr),
    }
}

/// Only a wrapper's `mode` may be assigned: the objects have no `__dict__`.
fn file_setattr(v: &Value, attr: &Value, value: Option<&Value>) -> PyResult<()> {
    let f = file(v)?;
    match (pystr::as_str(attr), value) {
        (Some("mode"), Some(x)) if f.mode.is_none() => {
            let x = x.clone();
            f.with(|st| st.mode_set = Some(x));
            Ok(())
        }
        _ => attrs::generic_setattr(v, attr, value),
    }
}

/// The binary stream under a text file from `open()`: a second file object
/// on a duplicate of its descriptor (sharing the position).
fn buffer_of_file(v: &Value, f: &FileObject) -> PyResult<Value> {
    f.check_open()?;
    f.flush()?;
    let dup = f.with(|st| match st.file.as_ref() {
        Some(Backing::Os(file)) => file.file.try_clone().map(Some),
        _ => Ok(None),
    });
    let Some(dup) = dup.map_err(|e| os_error(&e, &f.name))? else {
        return Err(closed_error());
    };
    let ty: &'static TypeObject = match (f.readable, f.writable) {
        (true, true) => &BUFFERED_RANDOM_TYPE,
        (true, false) => &BUFFERED_READER_TYPE,
        _ => &BUFFERED_WRITER_TYPE,
    };
    let mode = f.mode.as_deref().unwrap_or("r").to_string() + "b";
    let _ = v;
    Ok(new_file(
        ty,
        f.name.clone(),
        Some(mode),
        (f.readable, f.writable, f.append),
        None,
        Backing::Os(OsFile::register(dup)),
    ))
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
        if let Some(b) = f.stream() {
            visit(&b);
        }
    }
}

macro_rules! file_type {
    ($id:ident, $name:literal, $base:expr) => {
        pub static $id: TypeObject = TypeObject::new_static_in(
            "_io",
            $name,
            Some($base),
            0,
            crate::object::Slots {
                repr: Some(file_repr),
                getattr: Some(file_getattr),
                setattr: Some(file_setattr),
                iter: Some(file_iter),
                next: Some(file_next),
                traverse: Some(file_traverse),
                ..stream_slots(crate::object::extend::dealloc_finalized::<FileObject>)
            },
        );
    };
}
file_type!(TEXT_IO_TYPE, "TextIOWrapper", &TEXT_IOBASE_TYPE);
file_type!(
    BUFFERED_READER_TYPE,
    "BufferedReader",
    &BUFFERED_IOBASE_TYPE
);
file_type!(
    BUFFERED_WRITER_TYPE,
    "BufferedWriter",
    &BUFFERED_IOBASE_TYPE
);
file_type!(
    BUFFERED_RANDOM_TYPE,
    "BufferedRandom",
    &BUFFERED_IOBASE_TYPE
);
file_type!(
    BUFFERED_RWPAIR_TYPE,
    "BufferedRWPair",
    &BUFFERED_IOBASE_TYPE
);
file_type!(FILEIO_TYPE, "FileIO", &RAW_IOBASE_TYPE);

/// The file types, as the module lists them.
pub(super) fn types() -> [&'static TypeObject; 6] {
    [
        &FILEIO_TYPE,
        &BUFFERED_READER_TYPE,
        &BUFFERED_WRITER_TYPE,
        &BUFFERED_RANDOM_TYPE,
        &BUFFERED_RWPAIR_TYPE,
        &TEXT_IO_TYPE,
    ]
}

fn m_read(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("read", a, k, 0, 1)?;
    file(&a[0])?.read(size_arg(rest.first())?)
}
fn m_readline(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("readline", a, k, 0, 1)?;
    file(&a[0])?.readline(size_arg(rest.first())?)
}
fn m_readlines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("readlines", a, k, 0, 1)?;
    let hint = size_arg(rest.first())?.filter(|&n| n > 0);
    let f = file(&a[0])?;
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = f.readline(None)?;
        let n = ops::len(&line)?;
        if n == 0 {
            break;
        }
        total += n;
        out.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(list::new(out))
}
fn m_write(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("write", a, k, 1, 1)?;
    file(&a[0])?.write(&rest[0])
}
fn m_writelines(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("writelines", a, k, 1, 1)?;
    let f = file(&a[0])?;
    f.check_open()?;
    let it = attrs::iter(&rest[0])?;
    while let Some(line) = attrs::next(&it)? {
        f.write(&line)?;
    }
    Ok(singletons::none())
}
fn m_close(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("close", a, k, 0, 0)?;
    file(&a[0])?.close()?;
    Ok(singletons::none())
}
fn m_flush(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("flush", a, k, 0, 0)?;
    file(&a[0])?.flush()?;
    Ok(singletons::none())
}
fn m_readable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("readable", a, k, 0, 0)?;
    let f = file(&a[0])?;
    f.check_open()?;
    Ok(singletons::bool(f.readable))
}
fn m_writable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("writable", a, k, 0, 0)?;
    let f = file(&a[0])?;
    f.check_open()?;
    Ok(singletons::bool(f.writable))
}
fn m_seekable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("seekable", a, k, 0, 0)?;
    let f = file(&a[0])?;
    f.check_open()?;
    match f.stream() {
        Some(b) => call_method(&b, "seekable", &[]),
        None => Ok(singletons::bool(f.stdio_fd().is_none())),
    }
}
fn m_isatty(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("isatty", a, k, 0, 0)?;
    let f = file(&a[0])?;
    f.check_open()?;
    match (f.stream(), f.stdio_fd()) {
        (Some(b), _) => call_method(&b, "isatty", &[]),
        (None, Some(fd)) => Ok(singletons::bool(super::stdio::fd_isatty(fd))),
        (None, None) => Ok(singletons::false_()),
    }
}
fn m_fileno(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("fileno", a, k, 0, 0)?;
    let f = file(&a[0])?;
    f.check_open()?;
    if let Some(b) = f.stream() {
        return call_method(&b, "fileno", &[]);
    }
    use std::os::fd::AsRawFd;
    let fd = f.with(|st| match st.file.as_ref() {
        Some(Backing::Os(file)) => file.file.as_raw_fd(),
        Some(Backing::Stdio(fd)) => *fd,
        _ => -1,
    });
    Ok(int::from_i64(i64::from(fd)))
}
fn m_tell(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("tell", a, k, 0, 0)?;
    Ok(int::from_i64(file(&a[0])?.tell()?))
}
fn m_seek(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("seek", a, k, 1, 2)?;
    let pos = i64_arg(&rest[0])?;
    let whence = rest.get(1).map(i64_arg).transpose()?.unwrap_or(0);
    Ok(int::from_i64(file(&a[0])?.seek(pos, whence)?))
}
fn m_truncate(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let rest = method_args("truncate", a, k, 0, 1)?;
    let f = file(&a[0])?;
    f.check_writable()?;
    f.flush()?;
    let size = match rest.first().filter(|v| !singletons::is_none(v)) {
        Some(v) => i64_arg(v)?,
        None => f.tell()?,
    };
    if let Some(b) = f.stream() {
        return call_method(&b, "truncate", &[int::from_i64(size)]);
    }
    let done = f.with(|st| match st.file.as_ref() {
        Some(Backing::Os(file)) => file.file.set_len(u64::try_from(size).unwrap_or(0)),
        _ => Ok(()),
    });
    done.map_err(|e| os_error(&e, &f.name))?;
    Ok(int::from_i64(size))
}
fn m_detach(a: &[Value], k: &[Value]) -> PyResult<Value> {
    method_args("detach", a, k, 0, 0)?;
    let f = file(&a[0])?;
    let Some(b) = f.stream() else {
        return Err(unsupported("detach"));
    };
    f.flush()?;
    f.with(|st| {
        st.file = None;
        st.detached = true;
    });
    Ok(b)
}
/// `reconfigure(*, encoding=None, errors=None, newline=None,
/// line_buffering=None, write_through=None)`.
fn m_reconfigure(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if a.len() - k.len() > 1 {
        return Err(type_error("reconfigure() takes no positional arguments"));
    }
    let p = bind_params(
        &Params {
            name: "reconfigure",
            names: &[
                "encoding",
                "errors",
                "newline",
                "line_buffering",
                "write_through",
            ],
            positional: 0,
            required: 0,
        },
        &a[1..],
        k,
    )?;
    let f = file(&a[0])?;
    let Some(old) = f.cfg() else {
        return Err(unsupported("reconfigure"));
    };
    f.flush()?;
    let given = |i: usize| p[i].as_ref().filter(|v| !singletons::is_none(v));
    let encoding = given(0)
        .cloned()
        .unwrap_or_else(|| pystr::new(&old.encoding));
    // A new encoding starts with the strict handler unless one is given.
    let errors = match (given(0), given(1)) {
        (_, Some(e)) => e.clone(),
        (Some(_), None) => pystr::new("strict"),
        (None, None) => pystr::new(&old.errors),
    };
    let mut cfg = TextConfig::new("reconfigure", Some(&encoding), Some(&errors), p[2].as_ref())?;
    if p[2].is_none() {
        cfg.newline = old.newline;
    }
    let flag = |i: usize, was: bool| given(i).map_or(Ok(was), ops::truthy);
    cfg.line_buffering = flag(3, old.line_buffering)?;
    cfg.write_through = flag(4, old.write_through)?;
    f.with(|st| st.cfg = Some(Arc::new(cfg)));
    Ok(singletons::none())
}

fn m_exit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    file(&a[0])?.close()?;
    Ok(singletons::none())
}

pub(super) fn install() {
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", m_read),
        ("readline", m_readline),
        ("readlines", m_readlines),
        ("write", m_write),
        ("writelines", m_writelines),
        ("close", m_close),
        ("flush", m_flush),
        ("readable", m_readable),
        ("writable", m_writable),
        ("seekable", m_seekable),
        ("isatty", m_isatty),
        ("fileno", m_fileno),
        ("tell", m_tell),
        ("seek", m_seek),
        ("truncate", m_truncate),
        ("__exit__", m_exit),
    ];
    for ty in types() {
        for (name, f) in methods {
            let _ = dict::set_item(
                ty.dict(),
                pystr::intern(name),
                native_method_any_arity(ty, name, *f),
            );
        }
    }
    for (name, f) in [
        ("detach", m_detach as NativeFn),
        ("reconfigure", m_reconfigure),
    ] {
        let _ = dict::set_item(
            TEXT_IO_TYPE.dict(),
            pystr::intern(name),
            native_method_any_arity(&TEXT_IO_TYPE, name, f),
        );
    }
    for (ty, new) in [
        (&TEXT_IO_TYPE, text_wrapper_new as NativeFn),
        (&FILEIO_TYPE, fileio_new),
    ] {
        let _ = dict::set_item(
            ty.dict(),
            pystr::intern("__new__"),
            classes::new_wrapper(
                &classes::STATICMETHOD_TYPE,
                native_any_arity("__new__", new),
            ),
        );
    }
    slot_wrappers::install(&types());
}
