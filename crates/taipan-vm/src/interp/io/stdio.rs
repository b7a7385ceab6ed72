//! `sys.stdin`, `sys.stdout`, `sys.stderr`: text files (UTF-8, with
//! CPython's error handlers) over the process's descriptors 0, 1 and 2,
//! each with a binary `buffer`. They write through Rust's `stdout` and
//! `stderr` handles, as `print()`'s fast path does, so that every writer
//! keeps one order.

use std::io::{BufWriter, Write};
use std::sync::{Mutex, OnceLock};

use super::file::{
    new_file, Backing, FileObject, BUFFERED_READER_TYPE, BUFFERED_WRITER_TYPE, TEXT_IO_TYPE,
};
use super::textcodec::TextConfig;
use crate::error::PyResult;
use crate::object::Value;
use crate::types::str as pystr;

fn stream_name(fd: i32) -> &'static str {
    match fd {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }
}

/// CPython's error handler for stdin/stdout: `surrogateescape` under the
/// C/POSIX locale (and its UTF-8 coercion targets), else `strict`.
fn stdio_errors() -> &'static str {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    match locale.as_str() {
        "" | "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8" => "surrogateescape",
        _ => "strict",
    }
}

pub(super) fn fd_isatty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

/// Standard output as the interpreter writes it: Rust's handle (line
/// buffered), behind a block buffer when it is not a terminal, as
/// CPython's buffering is.
static STDOUT: Mutex<Option<BufWriter<std::io::Stdout>>> = Mutex::new(None);

fn with_stdout<R>(f: impl FnOnce(&mut dyn Write) -> R) -> R {
    static TTY: OnceLock<bool> = OnceLock::new();
    if *TTY.get_or_init(|| fd_isatty(1)) {
        return f(&mut std::io::stdout().lock());
    }
    let mut out = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    f(out.get_or_insert_with(|| BufWriter::with_capacity(8192, std::io::stdout())))
}

/// Writes to the process's standard output (`print()`, `sys.stdout`).
pub fn stdout_write(data: &[u8]) -> std::io::Result<()> {
    with_stdout(|out| out.write_all(data))
}

/// Writes out what standard output holds; it fails when the stream is
/// gone (the exit status is then 120, as CPython's).
pub fn stdout_flush() -> std::io::Result<()> {
    with_stdout(|out| out.flush())
}

/// Writes to standard output or error (stdout is flushed first, so that
/// the two interleave as written). Failures are dropped, as CPython drops
/// them for a stream that is gone.
pub(super) fn write_fd(fd: i32, data: &[u8]) {
    if fd == 2 {
        let _ = stdout_flush();
        let _ = std::io::stderr().write_all(data);
    } else {
        let _ = stdout_write(data);
    }
}

pub(super) fn flush_fd(fd: i32) -> std::io::Result<()> {
    match fd {
        2 => std::io::stderr().flush(),
        _ => stdout_flush(),
    }
}

/// The text stream on descriptor `fd` (a new one each call; `sys` keeps
/// the three it makes at start-up).
pub fn std_stream(fd: i32) -> PyResult<Value> {
    let errors = if fd == 2 {
        "backslashreplace"
    } else {
        stdio_errors()
    };
    let mut cfg = TextConfig::new(
        "TextIOWrapper",
        Some(&pystr::new("utf-8")),
        Some(&pystr::new(errors)),
        Some(&pystr::new("\n")),
    )?;
    cfg.line_buffering = fd == 2 || (fd == 1 && fd_isatty(fd));
    Ok(new_file(
        &TEXT_IO_TYPE,
        pystr::new(stream_name(fd)),
        Some(if fd == 0 { "r" } else { "w" }.to_string()),
        (fd == 0, fd != 0, false),
        Some(cfg),
        Backing::Stdio(fd),
    ))
}

/// The binary stream under the text stream on `fd` (one per descriptor).
pub(super) fn std_buffer(fd: i32) -> Value {
    static BUFFERS: [OnceLock<Value>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = usize::try_from(fd).unwrap_or(2).min(2);
    BUFFERS[i]
        .get_or_init(|| {
            let ty = if fd == 0 {
                &BUFFERED_READER_TYPE
            } else {
                &BUFFERED_WRITER_TYPE
            };
            new_file(
                ty,
                pystr::new(stream_name(fd)),
                Some(if fd == 0 { "rb" } else { "wb" }.to_string()),
                (fd == 0, fd != 0, false),
                None,
                Backing::Stdio(fd),
            )
        })
        .clone()
}

/// Whether `v` is an open text stream on the process's stdout that
/// writes text as UTF-8 unchanged and flushes nothing by itself (what
/// `print()` may write directly).
pub fn is_native_stdout(v: &Value) -> bool {
    v.downcast_exact::<FileObject>().is_some_and(|f| {
        f.stdio_fd() == Some(1)
            && f.cfg()
                .is_some_and(|cfg| cfg.writes_plain_utf8() && !cfg.line_buffering)
    })
}
