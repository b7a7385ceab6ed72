//! `sys.stdin`, `sys.stdout`, `sys.stderr`: text streams over the
//! process's file descriptors 0, 1 and 2 (UTF-8, with CPython's error
//! handlers), each with a binary `buffer`.

use std::io::{BufRead, Read, Write};

use super::*;
use crate::interp::objects::{bind_native, simple_type, NativeFunction};
use crate::object::{ObjHeader, PyPayload, TypeObject};
use crate::types::bytes;

#[repr(C)]
pub struct StreamObject {
    header: ObjHeader,
    fd: i32,
    /// Text layer (False: the binary `buffer`).
    text: bool,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for StreamObject {
    fn type_object() -> &'static TypeObject {
        &TEXT_STREAM_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &TEXT_STREAM_TYPE) || std::ptr::eq(ty, &BUFFER_TYPE)
    }
}

simple_type!(TEXT_STREAM_TYPE, "TextIOWrapper", StreamObject, {
    getattr: Some(stream_getattr),
    repr: Some(stream_repr),
});
simple_type!(BUFFER_TYPE, "BufferedWriter", StreamObject, {
    getattr: Some(stream_getattr),
    repr: Some(stream_repr),
});

pub(super) fn new_stream(fd: i32, text: bool) -> Value {
    Value::from_box(Box::new(StreamObject {
        header: ObjHeader::new(if text {
            &TEXT_STREAM_TYPE
        } else {
            &BUFFER_TYPE
        }),
        fd,
        text,
    }))
}

/// Whether `v` is the process's own text stdout (what `print()` may
/// write to directly).
pub fn is_native_stdout(v: &Value) -> bool {
    v.downcast_exact::<StreamObject>()
        .is_some_and(|st| st.fd == 1 && st.text)
}

fn stream(v: &Value) -> &StreamObject {
    v.downcast::<StreamObject>().expect("stream")
}

fn stream_name(fd: i32) -> &'static str {
    match fd {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }
}

fn stream_repr(v: &Value) -> PyResult<Value> {
    let st = stream(v);
    Ok(pystr::new(&if st.text {
        format!(
            "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
            stream_name(st.fd),
            if st.fd == 0 { "r" } else { "w" }
        )
    } else {
        format!("<_io.BufferedWriter name='{}'>", stream_name(st.fd))
    }))
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

fn write_fd(fd: i32, data: &[u8]) {
    if fd == 2 {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(data);
    } else {
        let _ = std::io::stdout().write_all(data);
    }
}

fn method(v: &Value, name: &'static str, f: crate::interp::objects::NativeFn) -> Value {
    let m = native(name, f);
    bind_native(m.downcast::<NativeFunction>().expect("native"), v.clone())
}

fn stream_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let st = stream(v);
    let b = singletons::bool;
    Ok(match pystr::as_str(name) {
        Some("write") => method(v, "write", st_write),
        Some("writelines") => method(v, "writelines", st_writelines),
        Some("flush") => method(v, "flush", st_flush),
        Some("fileno") => method(v, "fileno", st_fileno),
        Some("isatty") => method(v, "isatty", st_isatty),
        Some("readable") => method(v, "readable", st_readable),
        Some("writable") => method(v, "writable", st_writable),
        Some("seekable") => method(v, "seekable", st_seekable),
        Some("read") => method(v, "read", st_read),
        Some("readline") => method(v, "readline", st_readline),
        Some("name") => pystr::new(stream_name(st.fd)),
        Some("mode") if st.text => pystr::new(if st.fd == 0 { "r" } else { "w" }),
        Some("mode") => pystr::new(if st.fd == 0 { "rb" } else { "wb" }),
        Some("closed") => b(false),
        Some("encoding") if st.text => pystr::new("utf-8"),
        Some("errors") if st.text => pystr::new(if st.fd == 2 {
            "backslashreplace"
        } else {
            stdio_errors()
        }),
        Some("line_buffering") if st.text => b(st.fd != 0 && fd_isatty(st.fd)),
        Some("newlines") if st.text => singletons::none(),
        Some("buffer") if st.text => new_stream(st.fd, false),
        _ => return crate::interp::attrs::generic_getattr(v, name),
    })
}

fn fd_isatty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

fn args_exactly(name: &str, a: &[Value], n: usize) -> PyResult<()> {
    let given = a.len() - 1;
    if given == n {
        return Ok(());
    }
    Err(type_error(match n {
        0 => format!("{name}() takes no arguments ({given} given)"),
        1 => format!("{name}() takes exactly one argument ({given} given)"),
        _ => format!("{name}() takes {n} arguments ({given} given)"),
    }))
}

fn st_write(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    args_exactly("write", a, 1)?;
    let st = stream(&a[0]);
    let x = &a[1];
    if st.text {
        if !x.type_of().is_subtype_of(&pystr::STR_TYPE) {
            return Err(type_error(format!(
                "write() argument must be str, not {}",
                x.type_of().name
            )));
        }
        let t = s(x);
        if st.fd == 0 {
            return Err(PyErr::new(&exceptions::OS_ERROR, "not writable"));
        }
        write_fd(st.fd, t.as_bytes());
        return Ok(int::from_i64(t.chars().count() as i64));
    }
    let Some(data) = x.downcast::<bytes::BytesObject>() else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            x.type_of().name
        )));
    };
    write_fd(st.fd, data.as_bytes());
    Ok(int::from_i64(data.as_bytes().len() as i64))
}

fn st_writelines(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    args_exactly("writelines", a, 1)?;
    for line in collect(&a[1])? {
        st_write(&[a[0].clone(), line], &[])?;
    }
    Ok(singletons::none())
}

fn st_flush(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    args_exactly("flush", a, 0)?;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    Ok(singletons::none())
}

fn st_fileno(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    args_exactly("fileno", a, 0)?;
    Ok(int::from_i64(i64::from(stream(&a[0]).fd)))
}

fn st_isatty(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    args_exactly("isatty", a, 0)?;
    Ok(singletons::bool(fd_isatty(stream(&a[0]).fd)))
}

fn st_readable(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    args_exactly("readable", a, 0)?;
    Ok(singletons::bool(stream(&a[0]).fd == 0))
}

fn st_writable(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    args_exactly("writable", a, 0)?;
    Ok(singletons::bool(stream(&a[0]).fd != 0))
}

fn st_seekable(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    args_exactly("seekable", a, 0)?;
    Ok(singletons::false_())
}

fn not_readable(st: &StreamObject) -> PyResult<()> {
    if st.fd != 0 {
        return Err(PyErr::new(&exceptions::OS_ERROR, "not readable"));
    }
    Ok(())
}

fn text_or_bytes(st: &StreamObject, data: Vec<u8>) -> Value {
    if st.text {
        pystr::new(&String::from_utf8_lossy(&data))
    } else {
        bytes::from_vec(data)
    }
}

fn st_read(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let st = stream(&a[0]);
    not_readable(st)?;
    let mut data = Vec::new();
    let _ = std::io::stdin().lock().read_to_end(&mut data);
    Ok(text_or_bytes(st, data))
}

fn st_readline(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let st = stream(&a[0]);
    not_readable(st)?;
    let mut data = Vec::new();
    let _ = std::io::stdin().lock().read_until(b'\n', &mut data);
    Ok(text_or_bytes(st, data))
}
