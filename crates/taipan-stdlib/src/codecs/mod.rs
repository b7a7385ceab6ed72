//! The `_codecs` module: the codec registry, the error handler registry
//! and each built-in codec's encode/decode functions, as `codecs.py` and
//! the `encodings` package use them. The codecs themselves are the VM's
//! (`taipan_vm::interp::codecs`), shared with `str.encode`/`bytes.decode`.

use taipan_vm::interp::builtins::bytes_methods::buffer;
use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::codecs::{
    charmap, errors, escape, registry, single_byte, utf16_32, utf7, utf8,
};
use taipan_vm::interp::objects::{native_any_arity, new_module, NativeFn};
use taipan_vm::interp::type_error;
use taipan_vm::types::str::StrObject;
use taipan_vm::types::{bytes as pybytes, dict, int, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyResult, Value};

use crate::args::{bind, no_keywords};

/// The positional arguments of `name`, between `lo` and `hi` of them.
fn params<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
    lo: usize,
    hi: usize,
) -> PyResult<&'a [Value]> {
    no_keywords(name, kwnames)?;
    check_count("", name, args.len(), lo, hi)?;
    Ok(args)
}

fn type_name(v: &Value) -> String {
    if singletons::is_none(v) {
        "None".into()
    } else {
        v.type_of().name.to_string()
    }
}

/// Argument `n` (1-based) of `name`: a str.
fn str_param<'a>(name: &str, n: usize, v: &'a Value) -> PyResult<&'a Value> {
    if v.downcast::<StrObject>().is_some() {
        return Ok(v);
    }
    Err(type_error(format!(
        "{name}() argument {n} must be str, not {}",
        type_name(v)
    )))
}

/// The `errors` argument at `args[n - 1]`: a str or None ("strict").
fn errors_param(name: &str, n: usize, args: &[Value]) -> PyResult<String> {
    match args.get(n - 1) {
        None => Ok("strict".into()),
        Some(v) if singletons::is_none(v) => Ok("strict".into()),
        Some(v) => match pystr::as_str(v) {
            Some(s) => Ok(s.to_string()),
            None if v.downcast::<StrObject>().is_some() => Ok(pystr::to_string_lossy(v)),
            None => Err(type_error(format!(
                "{name}() argument {n} must be str or None, not {}",
                type_name(v)
            ))),
        },
    }
}

/// A bytes-like argument; with `text_too`, a str stands for its UTF-8.
fn data_param(v: &Value, text_too: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    if text_too {
        if let Some(s) = v.downcast::<StrObject>() {
            return Ok(s.as_bytes().to_vec());
        }
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        v.type_of().name
    )))
}

fn flag(args: &[Value], i: usize, default: bool) -> PyResult<bool> {
    args.get(i).map_or(Ok(default), ops::truthy)
}

fn int_param(args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i) {
        None => Ok(0),
        Some(v) => match int::as_int(v) {
            Some(n) => Ok(n.to_i64().unwrap_or(0)),
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_of().name
            ))),
        },
    }
}

fn pair(a: Value, n: usize) -> Value {
    tuple::new(vec![a, int::from_i64(n as i64)])
}

fn str_len(v: &Value) -> usize {
    v.downcast::<StrObject>().map_or(0, StrObject::len)
}

/// An `X_encode(str, errors=None)` function.
fn encoder(
    name: &str,
    args: &[Value],
    kw: &[Value],
    extra: usize,
    f: impl FnOnce(&Value, &str, &[Value]) -> PyResult<Vec<u8>>,
) -> PyResult<Value> {
    let a = params(name, args, kw, 1, 2 + extra)?;
    let text = str_param(name, 1, &a[0])?;
    let errors = errors_param(name, 2, a)?;
    let out = f(text, &errors, a)?;
    Ok(pair(pybytes::from_vec(out), str_len(text)))
}

/// An `X_decode(data, errors=None[, final])` function.
fn decoder(
    name: &str,
    args: &[Value],
    kw: &[Value],
    hi: usize,
    text_too: bool,
    f: impl FnOnce(&[u8], &str, &[Value]) -> PyResult<(Value, usize)>,
) -> PyResult<Value> {
    let a = params(name, args, kw, 1, hi)?;
    let data = data_param(&a[0], text_too)?;
    let errors = errors_param(name, 2, a)?;
    let (text, n) = f(&data, &errors, a)?;
    Ok(pair(text, n))
}

macro_rules! simple_decoder {
    ($fname:ident, $name:literal, |$d:ident, $e:ident| $body:expr) => {
        fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            decoder($name, args, kw, 2, false, |$d, $e, _| {
                let n = $d.len();
                Ok(($body?, n))
            })
        }
    };
}

macro_rules! final_decoder {
    ($fname:ident, $name:literal, $default:expr, $text_too:expr, |$d:ident, $e:ident, $last:ident| $body:expr) => {
        fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            decoder($name, args, kw, 3, $text_too, |$d, $e, a| {
                let $last = flag(a, 2, $default)?;
                $body
            })
        }
    };
}

macro_rules! simple_encoder {
    ($fname:ident, $name:literal, |$t:ident, $e:ident| $body:expr) => {
        fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            encoder($name, args, kw, 0, |$t, $e, _| $body)
        }
    };
}

simple_encoder!(utf_8_encode, "utf_8_encode", |t, e| utf8::encode(t, e));
final_decoder!(utf_8_decode, "utf_8_decode", false, false, |d, e, last| {
    utf8::decode(d, e, last)
});
simple_encoder!(utf_7_encode, "utf_7_encode", |t, e| utf7::encode(t, e));
final_decoder!(utf_7_decode, "utf_7_decode", false, false, |d, e, last| {
    utf7::decode(d, e, last)
});
simple_encoder!(ascii_encode, "ascii_encode", |t, e| single_byte::encode(
    t, e, 0x80
));
simple_decoder!(ascii_decode, "ascii_decode", |d, e| single_byte::decode(
    d, e, 0x80
));
simple_encoder!(
    latin_1_encode,
    "latin_1_encode",
    |t, e| single_byte::encode(t, e, 0x100)
);
simple_decoder!(
    latin_1_decode,
    "latin_1_decode",
    |d, e| single_byte::decode(d, e, 0x100)
);
simple_encoder!(unicode_escape_encode, "unicode_escape_encode", |t, _e| {
    escape::unicode_escape_encode(t)
});
final_decoder!(
    unicode_escape_decode,
    "unicode_escape_decode",
    true,
    true,
    |d, e, last| escape::unicode_escape_decode(d, e, last)
);
simple_encoder!(
    raw_unicode_escape_encode,
    "raw_unicode_escape_encode",
    |t, _e| escape::raw_unicode_escape_encode(t)
);
final_decoder!(
    raw_unicode_escape_decode,
    "raw_unicode_escape_decode",
    true,
    true,
    |d, e, last| escape::raw_unicode_escape_decode(d, e, last)
);
simple_encoder!(utf_16_le_encode, "utf_16_le_encode", |t, e| {
    utf16_32::encode(t, e, 2, -1)
});
simple_encoder!(utf_16_be_encode, "utf_16_be_encode", |t, e| {
    utf16_32::encode(t, e, 2, 1)
});
simple_encoder!(utf_32_le_encode, "utf_32_le_encode", |t, e| {
    utf16_32::encode(t, e, 4, -1)
});
simple_encoder!(utf_32_be_encode, "utf_32_be_encode", |t, e| {
    utf16_32::encode(t, e, 4, 1)
});
final_decoder!(
    utf_16_decode,
    "utf_16_decode",
    false,
    false,
    |d, e, last| utf16_32::decode(d, e, 2, 0, last).map(|(t, n, _)| (t, n))
);
final_decoder!(
    utf_16_le_decode,
    "utf_16_le_decode",
    false,
    false,
    |d, e, last| utf16_32::decode(d, e, 2, -1, last).map(|(t, n, _)| (t, n))
);
final_decoder!(
    utf_16_be_decode,
    "utf_16_be_decode",
    false,
    false,
    |d, e, last| utf16_32::decode(d, e, 2, 1, last).map(|(t, n, _)| (t, n))
);
final_decoder!(
    utf_32_decode,
    "utf_32_decode",
    false,
    false,
    |d, e, last| utf16_32::decode(d, e, 4, 0, last).map(|(t, n, _)| (t, n))
);
final_decoder!(
    utf_32_le_decode,
    "utf_32_le_decode",
    false,
    false,
    |d, e, last| utf16_32::decode(d, e, 4, -1, last).map(|(t, n, _)| (t, n))
);
final_decoder!(
    utf_32_be_decode,
    "utf_32_be_decode",
    false,
    false,
    |d, e, last| utf16_32::decode(d, e, 4, 1, last).map(|(t, n, _)| (t, n))
);

/// The byte order argument of `utf_16_encode`/`utf_32_encode`.
fn byteorder(v: i64) -> i32 {
    v.signum() as i32
}

fn utf_16_encode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    encoder("utf_16_encode", args, kw, 1, |t, e, a| {
        utf16_32::encode(t, e, 2, byteorder(int_param(a, 2)?))
    })
}

fn utf_32_encode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    encoder("utf_32_encode", args, kw, 1, |t, e, a| {
        utf16_32::encode(t, e, 4, byteorder(int_param(a, 2)?))
    })
}

/// `utf_16_ex_decode(data, errors=None, byteorder=0, final=False)`:
/// also answers the byte order a BOM picked.
fn ex_decode(name: &str, width: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = params(name, args, kw, 1, 4)?;
    let data = data_param(&a[0], false)?;
    let errors = errors_param(name, 2, a)?;
    let order = byteorder(int_param(a, 2)?);
    let last = flag(a, 3, false)?;
    let (text, n, order) = utf16_32::decode(&data, &errors, width, order, last)?;
    Ok(tuple::new(vec![
        text,
        int::from_i64(n as i64),
        int::from_i64(i64::from(order)),
    ]))
}

fn utf_16_ex_decode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ex_decode("utf_16_ex_decode", 2, args, kw)
}

fn utf_32_ex_decode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ex_decode("utf_32_ex_decode", 4, args, kw)
}

fn charmap_encode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    encoder("charmap_encode", args, kw, 1, |t, e, a| {
        charmap::encode(t, e, a.get(2))
    })
}

fn charmap_decode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    decoder("charmap_decode", args, kw, 3, false, |d, e, a| {
        Ok((charmap::decode(d, e, a.get(2))?, d.len()))
    })
}

fn charmap_build(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = params("charmap_build", args, kw, 1, 1)?;
    charmap::build(&a[0])
}

fn escape_encode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = params("escape_encode", args, kw, 1, 2)?;
    let Some(data) = pybytes::as_bytes(&a[0]) else {
        return Err(type_error(format!(
            "escape_encode() argument 1 must be bytes, not {}",
            type_name(&a[0])
        )));
    };
    errors_param("escape_encode", 2, a)?;
    Ok(pair(
        pybytes::from_vec(escape::escape_encode(data)),
        data.len(),
    ))
}

fn escape_decode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = params("escape_decode", args, kw, 1, 2)?;
    let data = data_param(&a[0], true)?;
    let errors = errors_param("escape_decode", 2, a)?;
    let out = escape::escape_decode(&data, &errors)?;
    Ok(pair(pybytes::from_vec(out), data.len()))
}

fn readbuffer_encode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = params("readbuffer_encode", args, kw, 1, 2)?;
    let data = data_param(&a[0], true)?;
    errors_param("readbuffer_encode", 2, a)?;
    let n = data.len();
    Ok(pair(pybytes::from_vec(data), n))
}

/// The one argument of a METH_O function.
fn one<'a>(name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    no_keywords(name, kw)?;
    check_count("_codecs.", name, args.len(), 1, 1)?;
    Ok(&args[0])
}

fn name_param(fname: &str, v: &Value) -> PyResult<String> {
    if v.downcast::<StrObject>().is_some() {
        return Ok(pystr::to_string_lossy(v));
    }
    Err(type_error(format!(
        "{fname}() argument must be str, not {}",
        type_name(v)
    )))
}

fn register(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    registry::register(one("register", args, kw)?)?;
    Ok(singletons::none())
}

fn unregister(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    registry::unregister(one("unregister", args, kw)?);
    Ok(singletons::none())
}

fn lookup(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = name_param("lookup", one("lookup", args, kw)?)?;
    registry::lookup(&name)
}

/// `encode`/`decode(obj, encoding='utf-8', errors='strict')`.
fn transcode(fname: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(fname, args, kw, &["obj", "encoding", "errors"], 3, 1)?;
    let text = |i: usize, what: &str, default: &str| -> PyResult<String> {
        match &p[i] {
            None => Ok(default.into()),
            Some(v) => match v.downcast::<StrObject>() {
                Some(_) => Ok(pystr::to_string_lossy(v)),
                None => Err(type_error(format!(
                    "{fname}() argument '{what}' must be str, not {}",
                    type_name(v)
                ))),
            },
        }
    };
    let encoding = text(1, "encoding", "utf-8")?;
    let errors = text(2, "errors", "strict")?;
    let obj = p[0].as_ref().expect("required");
    if fname == "encode" {
        registry::encode(obj, &encoding, &errors)
    } else {
        registry::decode(obj, &encoding, &errors)
    }
}

fn encode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    transcode("encode", args, kw)
}

fn decode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    transcode("decode", args, kw)
}

fn register_error(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = params("register_error", args, kw, 2, 2)?;
    let name = name_param("register_error", &a[0]).map_err(|_| {
        type_error(format!(
            "register_error() argument 1 must be str, not {}",
            type_name(&a[0])
        ))
    })?;
    errors::register_error(&name, a[1].clone())?;
    Ok(singletons::none())
}

fn lookup_error(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = name_param("lookup_error", one("lookup_error", args, kw)?)?;
    errors::lookup_error(&name)
}

fn unregister_error(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = name_param("_unregister_error", one("_unregister_error", args, kw)?)?;
    Ok(singletons::bool(errors::unregister_error(&name)?))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("register", register),
    ("unregister", unregister),
    ("lookup", lookup),
    ("encode", encode),
    ("decode", decode),
    ("register_error", register_error),
    ("lookup_error", lookup_error),
    ("_unregister_error", unregister_error),
    ("escape_encode", escape_encode),
    ("escape_decode", escape_decode),
    ("readbuffer_encode", readbuffer_encode),
    ("utf_8_encode", utf_8_encode),
    ("utf_8_decode", utf_8_decode),
    ("utf_7_encode", utf_7_encode),
    ("utf_7_decode", utf_7_decode),
    ("ascii_encode", ascii_encode),
    ("ascii_decode", ascii_decode),
    ("latin_1_encode", latin_1_encode),
    ("latin_1_decode", latin_1_decode),
    ("unicode_escape_encode", unicode_escape_encode),
    ("unicode_escape_decode", unicode_escape_decode),
    ("raw_unicode_escape_encode", raw_unicode_escape_encode),
    ("raw_unicode_escape_decode", raw_unicode_escape_decode),
    ("utf_16_encode", utf_16_encode),
    ("utf_16_le_encode", utf_16_le_encode),
    ("utf_16_be_encode", utf_16_be_encode),
    ("utf_16_decode", utf_16_decode),
    ("utf_16_le_decode", utf_16_le_decode),
    ("utf_16_be_decode", utf_16_be_decode),
    ("utf_16_ex_decode", utf_16_ex_decode),
    ("utf_32_encode", utf_32_encode),
    ("utf_32_le_encode", utf_32_le_encode),
    ("utf_32_be_encode", utf_32_be_encode),
    ("utf_32_decode", utf_32_decode),
    ("utf_32_le_decode", utf_32_le_decode),
    ("utf_32_be_decode", utf_32_be_decode),
    ("utf_32_ex_decode", utf_32_ex_decode),
    ("charmap_encode", charmap_encode),
    ("charmap_decode", charmap_decode),
    ("charmap_build", charmap_build),
];

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    for &(name, f) in FUNCTIONS {
        dict::set_item(&d, pystr::intern(name), native_any_arity(name, f))?;
    }
    new_module("_codecs", d)
}
