//! The `builtins` module: its functions and the namespace holding them and
//! the built-in types. Submodules hold the built-in types' constructors and
//! methods (one file per type), formatting, intrinsics and match helpers.

use std::io::Write;
use std::sync::OnceLock;

use taipan_bytecode::Opcode;

use super::attrs::{self, collect, getattr_str};
use super::objects::{self, native, simple_type, SliceObject};
use super::{call_object, classes, generators, str_of, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::{Cell, ObjHeader, PyPayload, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{self, SYSTEM_ERROR, VALUE_ERROR};
use crate::types::object::{OBJECT_TYPE, TYPE_TYPE};
use crate::types::{dict, float, int, list, set, singletons, str as pystr, tuple};

pub mod ast_hook;
pub mod bytes_methods;
mod constructors;
mod dict_methods;
mod dict_views;
mod float_methods;
mod formatting;
pub(crate) mod int_methods;
mod intrinsics;
mod iterators;
mod list_methods;
mod matching;
mod number_builtins;
mod number_format;
mod object_methods;
mod range;
mod set_methods;
mod str_methods;

pub(crate) use self::bytes_methods::{buffer, hex_with_sep, need_buffer};
pub use self::dict_methods::{dict_ior, dict_or};
pub use self::int_methods::{bind_args as bind_params, unexpected_keyword, Params};
/// Whole-buffer text codecs, for the `_io` text streams.
pub(crate) use self::str_methods::{decode as decode_bytes, encode as encode_text};
pub use self::{
    constructors::*, formatting::*, intrinsics::*, iterators::*, matching::*, object_methods::*,
    range::*,
};
use self::{list_methods::*, str_methods::*};

fn kw_get<'a>(args: &'a [Value], kwnames: &'a [Value], name: &str) -> Option<&'a Value> {
    let npos = args.len() - kwnames.len();
    kwnames
        .iter()
        .position(|k| pystr::as_str(k) == Some(name))
        .map(|i| &args[npos + i])
}

fn pos(args: &[Value], kwnames: &[Value]) -> usize {
    args.len() - kwnames.len()
}

/// Rejects keyword arguments other than `allowed`, as CPython words it.
fn check_keywords(func: &str, kwnames: &[Value], allowed: &[&str]) -> PyResult<()> {
    for k in kwnames {
        let name = s(k);
        if !allowed.contains(&name.as_str()) {
            return Err(type_error(format!(
                "{func}() got an unexpected keyword argument '{name}'"
            )));
        }
    }
    Ok(())
}

fn bi_print(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_keywords("print", kwnames, &["sep", "end", "file", "flush"])?;
    let n = pos(args, kwnames);
    let text_arg = |name: &str, default: &str| -> PyResult<String> {
        match kw_get(args, kwnames, name).filter(|v| !singletons::is_none(v)) {
            None => Ok(default.to_string()),
            Some(v) if pystr::as_str(v).is_some() => Ok(pystr::to_string_lossy(v)),
            Some(v) => Err(type_error(format!(
                "{name} must be None or a string, not {}",
                v.type_of().name
            ))),
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    let flush = match kw_get(args, kwnames, "flush") {
        Some(f) => ops::truthy(f)?,
        None => false,
    };
    let file = match kw_get(args, kwnames, "file").filter(|v| !singletons::is_none(v)) {
        Some(f) => Some(f.clone()),
        // `sys.stdout`, written to directly while it is the process's own.
        None => match crate::interp::modules::sys_attr("stdout") {
            None => return Err(PyErr::new(&exceptions::RUNTIME_ERROR, "lost sys.stdout")),
            Some(out) if singletons::is_none(&out) => return Ok(singletons::none()),
            Some(out) if crate::interp::io::is_native_stdout(&out) => None,
            Some(out) => Some(out),
        },
    };
    match file {
        // A text file of `_io` gets the line in one write (the pieces made
        // before a failing `str()` are still written, as CPython does).
        Some(f)
            if f.downcast_exact::<crate::interp::io::FileObject>()
                .is_some() =>
        {
            let mut out = String::new();
            let mut failed = None;
            for (i, a) in args[..n].iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                match str_of(a) {
                    Ok(text) => out.push_str(&text),
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            if failed.is_none() {
                out.push_str(&end);
            }
            let written = crate::interp::io::native_text_write(&f, &out);
            if let Some(e) = failed {
                return Err(e);
            }
            match written {
                Some(r) => r?,
                None => {
                    call_object(&getattr_str(&f, "write")?, &[pystr::new(&out)], &[])?;
                }
            }
            if flush {
                call_object(&getattr_str(&f, "flush")?, &[], &[])?;
            }
        }
        // A file object gets each piece in its own write() call.
        Some(f) => {
            let w = getattr_str(&f, "write")?;
            for (i, a) in args[..n].iter().enumerate() {
                if i > 0 {
                    call_object(&w, &[pystr::new(&sep)], &[])?;
                }
                call_object(&w, &[pystr::new(&str_of(a)?)], &[])?;
            }
            call_object(&w, &[pystr::new(&end)], &[])?;
            if flush {
                call_object(&getattr_str(&f, "flush")?, &[], &[])?;
            }
        }
        None => {
            let mut out = String::new();
            for (i, a) in args[..n].iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&str_of(a)?);
            }
            out.push_str(&end);
            write_stdout(&out);
            if flush {
                let _ = crate::interp::io::stdout_flush();
            }
        }
    }
    Ok(singletons::none())
}

pub fn write_stdout(s: &str) {
    let _ = crate::interp::io::stdout_write(s.as_bytes());
}

pub fn write_stderr(s: &str) {
    let _ = crate::interp::io::stdout_flush();
    let _ = std::io::stderr().write_all(s.as_bytes());
}

fn bi_len(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    one_arg("len", args)?;
    let v = &args[0];
    if v.type_of().slots.length.is_none() {
        return Err(type_error(format!(
            "object of type '{}' has no len()",
            v.type_of().name
        )));
    }
    Ok(int::from_i64(ops::len(v)? as i64))
}

/// `v.__index__()` saturated to an i64 (list positions); a non-integer is
/// "'T' object cannot be interpreted as an integer".
pub(super) fn clamped_index(v: &Value) -> PyResult<i64> {
    let Some(f) = v.type_of().slots.index else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_of().name
        )));
    };
    let i = f(v)?;
    Ok(match i.as_small_int() {
        Some(x) => x,
        None if ops::richcompare_bool(&i, &int::from_i64(0), crate::object::CompareOp::Lt)? => {
            i64::MIN
        }
        None => i64::MAX,
    })
}

/// A native function that checks its positional argument count first
/// (for the functions the shared arity table does not list).
macro_rules! checked {
    ($name:literal, $lo:literal, $hi:literal, $f:path) => {
        |a: &[Value], k: &[Value]| -> PyResult<Value> {
            check_count("", $name, pos(a, k), $lo, $hi)?;
            $f(a, k)
        }
    };
}

/// CPython's messages for a wrong number of positional arguments;
/// `module` (`"math."`, or empty) qualifies the name in the one-argument
/// (METH_O) message.
pub fn check_count(module: &str, name: &str, n: usize, lo: usize, hi: usize) -> PyResult<()> {
    if (lo..=hi).contains(&n) {
        return Ok(());
    }
    if lo == 1 && hi == 1 {
        return Err(type_error(format!(
            "{module}{name}() takes exactly one argument ({n} given)"
        )));
    }
    Err(type_error(expected_count_message(name, n, lo, hi)))
}

/// "NAME expected (at least|at most) K argument(s), got N": the message of
/// argument-tuple parsing (`PyArg_UnpackTuple`).
pub fn expected_count_message(name: &str, n: usize, lo: usize, hi: usize) -> String {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if lo == hi {
        format!("{name} expected {lo} argument{}, got {n}", plural(lo))
    } else if n < lo {
        format!(
            "{name} expected at least {lo} argument{}, got {n}",
            plural(lo)
        )
    } else {
        format!(
            "{name} expected at most {hi} argument{}, got {n}",
            plural(hi)
        )
    }
}

fn one_arg(name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(())
}

fn bi_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    one_arg("repr", args)?;
    ops::repr(&args[0])
}

fn bi_isinstance(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    }
    Ok(singletons::bool(classes::isinstance(&args[0], &args[1])?))
}

fn bi_issubclass(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    }
    Ok(singletons::bool(classes::issubclass(&args[0], &args[1])?))
}

fn bi_iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() == 2 {
        if !bi_callable(&args[..1], &[])?.is(&singletons::true_()) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(fn_iter(
            &CALLABLE_ITER_TYPE,
            6,
            vec![args[0].clone()],
            args[1].clone(),
            0,
        ));
    }
    let it = attrs::iter(&args[0])?;
    if it.type_of().slots.next.is_none() {
        return Err(type_error(format!(
            "iter() returned non-iterator of type '{}'",
            it.type_of().name
        )));
    }
    Ok(it)
}
fn bi_input(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(p) = args.first() {
        write_stdout(&str_of(p)?);
        let _ = crate::interp::io::stdout_flush();
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => Err(PyErr::new(
            &exceptions::EOF_ERROR,
            "EOF when reading a line",
        )),
        Ok(_) => Ok(pystr::new(line.strip_suffix('\n').unwrap_or(&line))),
    }
}
fn bi_import(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    let g = args
        .get(1)
        .filter(|_| n > 1)
        .cloned()
        .unwrap_or_else(dict::new);
    let g = if singletons::is_none(&g) {
        dict::new()
    } else {
        g
    };
    let fromlist = args
        .get(3)
        .filter(|_| n > 3)
        .or_else(|| kw_get(args, kw, "fromlist"))
        .cloned()
        .unwrap_or_else(singletons::none);
    let level = args
        .get(4)
        .filter(|_| n > 4)
        .or_else(|| kw_get(args, kw, "level"))
        .cloned()
        .unwrap_or_else(|| int::from_i64(0));
    super::modules::import_name(&args[0], &fromlist, &level, &g)
}

fn bi_next(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(type_error("next expected at least 1 argument, got 0"));
    }
    if args[0].type_of().slots.next.is_none() {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            args[0].type_of().name
        )));
    }
    if generators::is_generator(&args[0]) && args.len() == 1 {
        return match generators::resume(&args[0], singletons::none(), None)? {
            super::eval::Exit::Yield(v) => Ok(v),
            super::eval::Exit::Return(r) if singletons::is_none(&r) => {
                Err(PyErr::with_args(&exceptions::STOP_ITERATION, vec![]))
            }
            super::eval::Exit::Return(r) => {
                Err(PyErr::with_args(&exceptions::STOP_ITERATION, vec![r]))
            }
        };
    }
    match attrs::next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args(&exceptions::STOP_ITERATION, vec![])),
        },
    }
}

fn bi_abs(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    one_arg("abs", args)?;
    ops::abs(&args[0])
}

fn minmax(
    args: &[Value],
    kwnames: &[Value],
    name: &str,
    op: crate::object::CompareOp,
) -> PyResult<Value> {
    check_keywords(name, kwnames, &["key", "default"])?;
    let n = pos(args, kwnames);
    if n == 0 {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let key = kw_get(args, kwnames, "key")
        .filter(|k| !singletons::is_none(k))
        .cloned();
    let default = kw_get(args, kwnames, "default").cloned();
    if n > 1 && default.is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let items = if n == 1 {
        collect(&args[0])?
    } else {
        args[..n].to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => call_object(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if ops::richcompare_bool(&k, &bk, op)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| {
            PyErr::new(&VALUE_ERROR, format!("{name}() iterable argument is empty"))
        }),
    }
}

fn bi_min(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    minmax(args, kw, "min", crate::object::CompareOp::Lt)
}
fn bi_max(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    minmax(args, kw, "max", crate::object::CompareOp::Gt)
}

fn bi_sorted(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = pos(args, kwnames);
    if n != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let items = collect(&args[0])?;
    let l = list::new(items);
    list_sort(std::slice::from_ref(&l), &args[1..], kwnames)?;
    Ok(l)
}

/// The name argument of getattr/setattr/hasattr/delattr.
fn attr_name(v: &Value) -> PyResult<&Value> {
    if v.type_of().is_subtype_of(&crate::types::str::STR_TYPE) {
        Ok(v)
    } else {
        Err(type_error(format!(
            "attribute name must be string, not '{}'",
            v.type_of().name
        )))
    }
}

fn bi_getattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match attrs::getattr(&args[0], attr_name(&args[1])?) {
        Ok(v) => Ok(v),
        Err(e) if args.len() > 2 && e.matches(&exceptions::ATTRIBUTE_ERROR) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}
fn bi_setattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    attrs::setattr(&args[0], attr_name(&args[1])?, Some(&args[2]))?;
    Ok(singletons::none())
}
fn bi_delattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    attrs::setattr(&args[0], attr_name(&args[1])?, None)?;
    Ok(singletons::none())
}
fn bi_hasattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match attrs::getattr(&args[0], attr_name(&args[1])?) {
        Ok(_) => Ok(singletons::true_()),
        Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => Ok(singletons::false_()),
        Err(e) => Err(e),
    }
}
fn bi_id(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(int::from_u64(crate::types::object::address(&args[0]) as u64))
}
fn bi_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(ops::hash(&args[0])?))
}
fn bi_callable(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(singletons::bool(
        args[0].type_of().slots.call.is_some() || args[0].downcast::<TypeObject>().is_some(),
    ))
}
fn bi_chr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = index_value(&args[0])?;
    match i.as_small_int() {
        Some(c) if (0..=0x10ffff).contains(&c) => Ok(pystr::char_str(c as u32)),
        _ => Err(PyErr::new(&VALUE_ERROR, "chr() arg not in range(0x110000)")),
    }
}
fn bi_ord(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    let (len, code) = if let Some(st) = v.downcast::<crate::types::str::StrObject>() {
        let cps: Vec<u32> = st.code_points().take(2).collect();
        (st.code_points().count(), cps.first().copied())
    } else if let Some(b) = crate::types::bytes::as_bytes(v)
        .map(<[u8]>::to_vec)
        .or_else(|| crate::interp::bytearray::data_of(v))
    {
        (b.len(), b.first().map(|&x| u32::from(x)))
    } else {
        return Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            v.type_of().name
        )));
    };
    match code {
        Some(c) if len == 1 => Ok(int::from_i64(i64::from(c))),
        _ => Err(type_error(format!(
            "ord() expected a character, but string of length {len} found"
        ))),
    }
}
fn bi_any(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = attrs::iter(&args[0])?;
    while let Some(x) = attrs::next(&it)? {
        if ops::truthy(&x)? {
            return Ok(singletons::true_());
        }
    }
    Ok(singletons::false_())
}
fn bi_all(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = attrs::iter(&args[0])?;
    while let Some(x) = attrs::next(&it)? {
        if !ops::truthy(&x)? {
            return Ok(singletons::false_());
        }
    }
    Ok(singletons::true_())
}
fn bi_build_class(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    classes::build_class(args, kwnames)
}
fn bi_globals(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(PyErr::new(&SYSTEM_ERROR, "globals() is not supported yet"))
}
fn bi_format(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1) {
        Some(spec) => format_value(&args[0], spec),
        None => format(&args[0], ""),
    }
}
fn bi_ascii(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii(&args[0])
}
fn bi_vars(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return bi_globals(args, _kw);
    }
    getattr_str(&args[0], "__dict__").map_err(|e| {
        if e.matches(&exceptions::ATTRIBUTE_ERROR) {
            type_error("vars() argument must have __dict__ attribute")
        } else {
            e
        }
    })
}
fn bi_exit(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(PyErr::with_args(&exceptions::SYSTEM_EXIT, args.to_vec()))
}

fn bi_dir(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.is_empty() {
        return bi_globals(a, _k);
    }
    // `__dir__` of the class, or a module's own `__dir__` (PEP 562); a
    // module lists its namespace.
    let listed = match a[0].downcast::<objects::ModuleObject>() {
        Some(m) => match dict::get_item(&m.dict, &pystr::intern("__dir__"))? {
            Some(f) => call_object(&f, &[], &[])?,
            None => m.dict.clone(),
        },
        None => match attrs::lookup_special(&a[0], "__dir__")? {
            Some(f) => call_object(&attrs::bind(f, &a[0])?, &[], &[])?,
            None => singletons::none(),
        },
    };
    if !singletons::is_none(&listed) {
        let l = list::new(collect(&listed)?);
        list_sort(std::slice::from_ref(&l), &[], &[])?;
        return Ok(l);
    }
    let mut names: Vec<String> = Vec::new();
    if let Some(d) = attrs::instance_dict(&a[0]) {
        names.extend(attrs::dict_items(&d).iter().map(|(k, _)| s(k)));
    }
    if let Some(m) = a[0].downcast::<objects::ModuleObject>() {
        names.extend(attrs::dict_items(&m.dict).iter().map(|(k, _)| s(k)));
    }
    let ty = match a[0].downcast::<TypeObject>() {
        Some(t) => t,
        None => a[0].type_of(),
    };
    for t in tuple::items(ty.mro()) {
        if let Some(t) = t.downcast::<TypeObject>() {
            if let Some(d) = t.dict_if_created() {
                names.extend(attrs::dict_items(d).iter().map(|(k, _)| s(k)));
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(list::new(names.iter().map(|n| pystr::new(n)).collect()))
}

/// The compile modes of `compile()`, `exec` and `eval`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SourceMode {
    Exec,
    Eval,
    Single,
}

/// Source text of `compile`/`exec`/`eval`: a str, or bytes decoded as
/// their encoding declaration says (UTF-8 by default).
fn source_text(src: &Value, filename: &str, func: &str, what: &str) -> PyResult<String> {
    let text = if let Some(t) = pystr::as_str(src) {
        t.to_string()
    } else if let Some(b) = crate::types::bytes::as_bytes(src)
        .map(<[u8]>::to_vec)
        .or_else(|| crate::interp::bytearray::data_of(src))
    {
        taipan_syntax::tokenizer::decode_source(&b, None).map_err(|e| {
            crate::interp::modules::syntax_error(&e, filename, &String::from_utf8_lossy(&b))
        })?
    } else {
        return Err(type_error(format!(
            "{func}() arg 1 must be a string, bytes or {what} object"
        )));
    };
    if text.contains('\0') {
        let msg = "source code string cannot contain null bytes";
        let err = PyErr::new(&exceptions::SYNTAX_ERROR, msg);
        attrs::set_exc_attr(&err, "msg", pystr::new(msg));
        return Err(err);
    }
    Ok(text)
}

/// `compile(..., 'single')` of valid code that starts with a simple
/// statement and has more: CPython's own error, at the NEWLINE token after
/// the first statement (from a comment before it to the line end).
fn several_statements(text: &str) -> Option<taipan_syntax::SyntaxError> {
    use taipan_syntax::ast::{Mod, StmtKind as S};
    let Ok(Mod::Module { body, .. }) = taipan_syntax::parser::parse_module(text) else {
        return None;
    };
    let compound = |k: &S| {
        matches!(
            k,
            S::FunctionDef(_)
                | S::AsyncFunctionDef(_)
                | S::ClassDef(_)
                | S::For(_)
                | S::AsyncFor(_)
                | S::While { .. }
                | S::If { .. }
                | S::With(_)
                | S::AsyncWith(_)
                | S::Match { .. }
                | S::Try(_)
                | S::TryStar(_)
        )
    };
    if body.len() < 2 || compound(&body[0].kind) {
        return None;
    }
    let end = body[0].range;
    let line = taipan_syntax::error_report::source_line(text, end.end_lineno)?;
    let after = end.end_col_offset as usize;
    let rest = line.get(after..)?;
    let blank = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
    let col = if rest[blank..].starts_with('#') {
        after + blank
    } else {
        after
    };
    let line_end = line.find('\n').map_or(line.len(), |n| n + 1);
    Some(taipan_syntax::SyntaxError {
        kind: taipan_syntax::SyntaxErrorKind::SyntaxError,
        msg: "multiple statements found while compiling a single statement".into(),
        lineno: end.end_lineno,
        col: col as u32,
        end_lineno: end.end_lineno,
        end_col: line_end as u32,
    })
}

/// Parses and compiles source text in one of the three modes.
fn compile_text(
    text: &str,
    filename: &str,
    mode: SourceMode,
) -> PyResult<std::sync::Arc<objects::Code>> {
    let (text, parsed, m) = parse_text(text, filename, mode)?;
    crate::interp::modules::compile_module_text(text, filename, m, parsed)
}

/// What [`parse_text`] gives: the text it parsed, the parse and its
/// warnings, and the compiler mode that goes with them.
type ParsedText<'a> = (
    &'a str,
    (
        Result<taipan_syntax::ast::Mod, taipan_syntax::SyntaxError>,
        Vec<taipan_syntax::tokenizer::Warning>,
    ),
    taipan_compiler::Mode,
);

/// Parses source text in one of the three modes, without compiling it.
fn parse_text<'a>(text: &'a str, filename: &str, mode: SourceMode) -> PyResult<ParsedText<'a>> {
    use taipan_syntax::parser;
    // eval() ignores leading spaces and tabs.
    let text = match mode {
        SourceMode::Eval => text.trim_start_matches([' ', '\t']),
        _ => text,
    };
    let (parsed, m) = match mode {
        SourceMode::Eval => (
            parser::parse_expression_with_warnings(text),
            taipan_compiler::Mode::Eval,
        ),
        SourceMode::Single => {
            let parsed = parser::parse_interactive_with_warnings(text);
            if parsed.0.is_err() {
                if let Some(e) = several_statements(text) {
                    return Err(crate::interp::modules::syntax_error(&e, filename, text));
                }
            }
            (parsed, taipan_compiler::Mode::Single)
        }
        SourceMode::Exec => (
            parser::parse_module_with_warnings(text),
            taipan_compiler::Mode::Exec,
        ),
    };
    Ok((text, parsed, m))
}

/// `exec`/`eval` with explicit (or the caller's) namespaces.
pub fn exec_eval(
    args: &[Value],
    eval: bool,
    frame_globals: Option<&Value>,
    frame_locals: Option<&Value>,
) -> PyResult<Value> {
    let func = if eval { "eval" } else { "exec" };
    let is_dict = |v: &Value| v.downcast::<crate::types::dict::DictObject>().is_some();
    let given = |i: usize| args.get(i).filter(|g| !singletons::is_none(g));
    if let Some(g) = given(1) {
        if !is_dict(g) {
            return Err(type_error(if eval {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                format!("exec() globals must be a dict, not {}", g.type_of().name)
            }));
        }
    }
    if let Some(l) = args.get(2) {
        if !singletons::is_none(l) && l.type_of().slots.getitem.is_none() {
            return Err(type_error(if eval {
                "locals must be a mapping".to_string()
            } else {
                format!("locals must be a mapping or None, not {}", l.type_of().name)
            }));
        }
    }
    let code = match args[0].downcast::<objects::CodeObj>() {
        Some(c) => c.code.clone(),
        None => {
            let text = source_text(&args[0], "<string>", func, "code")?;
            let mode = if eval {
                SourceMode::Eval
            } else {
                SourceMode::Exec
            };
            compile_text(&text, "<string>", mode)?
        }
    };
    let globals = match given(1) {
        Some(g) => g.clone(),
        None => frame_globals.cloned().unwrap_or_else(dict::new),
    };
    let builtins_key = pystr::intern("__builtins__");
    if dict::get_item(&globals, &builtins_key)?.is_none() {
        dict::set_item(&globals, builtins_key, builtins_dict(&globals)?)?;
    }
    let locals = match given(2) {
        Some(l) => Some(l.clone()),
        None if given(1).is_some() => None,
        None => frame_locals.cloned(),
    };
    let r = super::run_code(code, &globals, locals.as_ref())?;
    Ok(if eval { r } else { singletons::none() })
}
fn bi_exec(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    exec_eval(a, false, None, None)
}
fn bi_eval(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    exec_eval(a, true, None, None)
}

/// The flags `compile()` accepts: the `__future__` features and the
/// `ast.PyCF_*` compile options.
const COMPILE_FLAGS: i64 =
    0x1ff_0000 | 0x10 | 0x100 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000 | 0x8000;

fn bi_compile(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_keywords(
        "compile",
        k,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
    )?;
    let n = a.len() - k.len();
    let arg = |i: usize, name: &str| a.get(i).filter(|_| i < n).or_else(|| kw_get(a, k, name));
    let src = arg(0, "source")
        .ok_or_else(|| type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = arg(1, "filename")
        .ok_or_else(|| type_error("compile() missing required argument 'filename' (pos 2)"))?;
    let mode = arg(2, "mode")
        .ok_or_else(|| type_error("compile() missing required argument 'mode' (pos 3)"))?;
    let mut flags = 0;
    if let Some(f) = arg(3, "flags") {
        let f = index_value(f)?;
        flags = f.as_small_int().unwrap_or(i64::MAX);
        if flags & !COMPILE_FLAGS != 0 {
            return Err(PyErr::new(&VALUE_ERROR, "compile(): unrecognised flags"));
        }
    }
    let only_ast = flags & ast_hook::PY_CF_ONLY_AST != 0;
    let mode = match pystr::as_str(mode) {
        Some("exec") => SourceMode::Exec,
        Some("eval") => SourceMode::Eval,
        Some("single") => SourceMode::Single,
        Some("func_type") if only_ast => {
            let filename = s(filename);
            let text = source_text(src, &filename, "compile", "AST")?;
            return ast_hook::func_type(&text, &filename);
        }
        Some("func_type") => {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "compile() mode 'func_type' requires flag PyCF_ONLY_AST",
            ))
        }
        _ if only_ast => {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "compile() mode must be 'exec', 'eval', 'single' or 'func_type'",
            ))
        }
        _ => {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    if let Some(c) = src.downcast::<objects::CodeObj>() {
        return Ok(objects::new_code(c.code.clone()));
    }
    let filename = s(filename);
    if ast_hook::is_ast(src) {
        return ast_hook::compile_ast(src, &filename, mode, flags);
    }
    let text = source_text(src, &filename, "compile", "AST")?;
    if only_ast {
        let (text, parsed, m) = parse_text(&text, &filename, mode)?;
        let module = crate::interp::modules::parsed_module_text(text, &filename, m, parsed)?;
        return ast_hook::to_python(&module);
    }
    let code = compile_text(&text, &filename, mode)?;
    Ok(objects::new_code(code))
}

fn bi_property(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = pos(args, kwnames);
    let g = |i: usize, name: &str| {
        args.get(i)
            .filter(|_| i < n)
            .cloned()
            .or_else(|| kw_get(args, kwnames, name).cloned())
            .unwrap_or_else(singletons::none)
    };
    Ok(classes::new_property(
        g(0, "fget"),
        g(1, "fset"),
        g(2, "fdel"),
        g(3, "doc"),
    ))
}
fn bi_classmethod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(classes::new_wrapper(
        &classes::CLASSMETHOD_TYPE,
        args[0].clone(),
    ))
}
fn bi_staticmethod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(classes::new_wrapper(
        &classes::STATICMETHOD_TYPE,
        args[0].clone(),
    ))
}

// ---------------------------------------------------------------- install
fn add_methods(ty: &'static TypeObject, methods: &[(&'static str, objects::NativeFn)]) {
    let d = ty.dict();
    for (name, f) in methods {
        let _ = dict::set_item(d, pystr::intern(name), objects::native_method(ty, name, *f));
    }
}

fn install_methods() {
    list_methods::install();
    dict_methods::install();
    dict_views::install();
    range::install();
    iterators::install();
    crate::interp::io::install();
    iterators::install_anext();
    set_methods::install();
    str_methods::install();
    bytes_methods::install();
    int_methods::install();
    float_methods::install();
    object_methods::install();
}

// ---------------------------------------------------------------- the module

static BUILTINS: OnceLock<Value> = OnceLock::new();

/// The builtins dict (created once; `globals['__builtins__']` wins).
pub fn builtins_dict(globals: &Value) -> PyResult<Value> {
    if let Some(b) = dict::get_item(globals, &pystr::intern("__builtins__"))? {
        if let Some(m) = b.downcast::<objects::ModuleObject>() {
            return Ok(m.dict.clone());
        }
        if b.downcast::<crate::types::dict::DictObject>().is_some() {
            return Ok(b);
        }
    }
    Ok(builtins().clone())
}

/// Whether `f` is the function the builtins namespace holds under its name.
pub fn is_builtin_function(f: &Value) -> bool {
    let Some(nf) = f.downcast::<objects::NativeFunction>() else {
        return false;
    };
    dict::get_item(builtins(), &pystr::intern(nf.name))
        .ok()
        .flatten()
        .is_some_and(|b| b.is(f))
}

/// The `builtins` module (the `__self__` of its functions).
pub fn builtins_module() -> PyResult<Value> {
    let modules = crate::interp::modules::sys_modules();
    match dict::get_item(&modules, &pystr::intern("builtins"))? {
        Some(m) => Ok(m),
        None => objects::new_module("builtins", builtins().clone()),
    }
}

/// The docstrings of built-in functions that have one here.
pub fn function_doc(name: &str) -> Option<&'static str> {
    Some(match name {
        "len" => "Return the number of items in a container.",
        _ => return None,
    })
}

pub fn builtins() -> &'static Value {
    BUILTINS.get_or_init(|| {
        crate::types::exceptions::EXC_GETATTR.get_or_init(|| attrs::exc_getattr);
        crate::types::exceptions::EXC_SETATTR.get_or_init(|| attrs::exc_setattr);
        install_methods();
        generators::install_generator_methods();
        crate::interp::complex::install();
        crate::interp::typevars::install();
        crate::interp::bytearray::install();
        crate::interp::memoryview::install();
        crate::interp::slot_wrappers::install_builtin_types();
        crate::interp::introspect::install_function_descriptors();
        crate::interp::annotations::install_type_descriptors();
        crate::interp::namespace::install();
        let d = dict::new();
        let set = |k: &str, v: Value| {
            let _ = dict::set_item(&d, pystr::intern(k), v);
        };
        let fns: &[(&'static str, objects::NativeFn)] = &[
            ("print", bi_print),
            ("len", bi_len),
            ("repr", bi_repr),
            ("isinstance", bi_isinstance),
            ("issubclass", bi_issubclass),
            ("iter", bi_iter),
            ("next", bi_next),
            ("aiter", crate::interp::coroutines::bi_aiter),
            ("anext", crate::interp::coroutines::bi_anext),
            ("abs", bi_abs),
            ("min", bi_min),
            ("max", bi_max),
            ("sum", number_builtins::bi_sum),
            ("sorted", bi_sorted),
            ("getattr", bi_getattr),
            ("setattr", bi_setattr),
            ("delattr", bi_delattr),
            ("hasattr", bi_hasattr),
            ("id", bi_id),
            ("hash", bi_hash),
            ("callable", bi_callable),
            ("chr", bi_chr),
            ("ord", bi_ord),
            ("divmod", number_builtins::bi_divmod),
            ("pow", number_builtins::bi_pow),
            ("round", number_builtins::bi_round),
            ("any", bi_any),
            ("all", bi_all),
            ("__build_class__", bi_build_class),
            ("globals", bi_globals),
            ("format", bi_format),
            ("ascii", bi_ascii),
            ("vars", bi_vars),
            ("exit", bi_exit),
            ("quit", bi_exit),
            ("hex", number_builtins::bi_hex),
            ("oct", number_builtins::bi_oct),
            ("bin", number_builtins::bi_bin),
            ("dir", checked!("dir", 0, 1, bi_dir)),
            ("exec", checked!("exec", 1, 3, bi_exec)),
            ("eval", checked!("eval", 1, 3, bi_eval)),
            ("compile", checked!("compile", 1, 6, bi_compile)),
            ("locals", checked!("locals", 0, 0, bi_globals)),
            ("input", bi_input),
            ("open", crate::interp::io::open),
            ("aiter", checked!("aiter", 1, 1, bi_aiter)),
            ("anext", checked!("anext", 1, 2, bi_anext)),
            ("__import__", bi_import),
        ];
        for (name, f) in fns {
            set(name, native(name, *f));
        }
        let types: &[&'static TypeObject] = &[
            &OBJECT_TYPE,
            &TYPE_TYPE,
            &crate::types::int::INT_TYPE,
            &crate::types::float::FLOAT_TYPE,
            &crate::types::str::STR_TYPE,
            &crate::types::singletons::BOOL_TYPE,
            &crate::types::list::LIST_TYPE,
            &crate::types::tuple::TUPLE_TYPE,
            &crate::types::dict::DICT_TYPE,
            &crate::types::set::SET_TYPE,
            &crate::types::set::FROZENSET_TYPE,
            &crate::types::bytes::BYTES_TYPE,
            &RANGE_TYPE,
            &ENUMERATE_TYPE,
            &ZIP_TYPE,
            &MAP_TYPE,
            &FILTER_TYPE,
            &REVERSED_TYPE,
            &classes::PROPERTY_TYPE,
            &classes::CLASSMETHOD_TYPE,
            &classes::STATICMETHOD_TYPE,
            &classes::SUPER_TYPE,
            &crate::interp::complex::COMPLEX_TYPE,
            &crate::interp::bytearray::BYTEARRAY_TYPE,
            &crate::interp::memoryview::MEMORYVIEW_TYPE,
            &objects::SLICE_TYPE,
        ];
        for t in types {
            set(&t.name, t.as_value());
        }
        for t in exceptions::ALL {
            set(&t.name, t.as_value());
        }
        set("EnvironmentError", exceptions::OS_ERROR.as_value());
        set("IOError", exceptions::OS_ERROR.as_value());
        set("None", singletons::none());
        set("True", singletons::true_());
        set("False", singletons::false_());
        set("Ellipsis", singletons::ellipsis());
        set("NotImplemented", singletons::not_implemented());
        set("__name__", pystr::new("builtins"));
        set("__debug__", singletons::true_());
        if let Some(h) = d.header() {
            h.make_immortal();
        }
        d
    })
}

pub fn build_class_fn() -> Value {
    dict::get_item(builtins(), &pystr::intern("__build_class__"))
        .ok()
        .flatten()
        .expect("__build_class__")
}
