//! The `binascii` module: conversions between binary data and ASCII
//! encodings (hex, base64, uuencode, quoted-printable) and the CRC-32
//! and CRC-CCITT checksums.

mod base64;
mod qp;
mod uu;

use taipan_vm::interp::builtins::bytes_methods::{buffer, hex_with_sep};
use taipan_vm::interp::objects::{native_any_arity, new_module, NativeFn};
use taipan_vm::interp::type_error;
use taipan_vm::types::exceptions::{EXCEPTION, VALUE_ERROR};
use taipan_vm::types::{bytes, dict, int, singletons, str as pystr};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::{bind, no_keywords, positional};
use crate::buffers::need_bytes;
use crate::exc_class::ExcClass;

static ERROR: ExcClass = ExcClass::new("binascii", "Error", || vec![VALUE_ERROR.as_value()]);
static INCOMPLETE: ExcClass =
    ExcClass::new("binascii", "Incomplete", || vec![EXCEPTION.as_value()]);

/// A `binascii.Error` with `message`.
pub(crate) fn error(message: &str) -> PyErr {
    ERROR.error(message)
}

/// The data of an `a2b_*` argument: bytes-like, or a str of ASCII only.
fn ascii_data(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = pystr::as_str(v) {
        if !s.is_ascii() {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    buffer(v).map(|b| b.into_owned()).ok_or_else(|| {
        type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            v.type_of().name
        ))
    })
}

fn flag(v: Option<&Value>) -> PyResult<bool> {
    v.map_or(Ok(false), ops::truthy)
}

/// One positional-only argument.
fn only_arg<'a>(fname: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    no_keywords(fname, kw)?;
    taipan_vm::interp::builtins::check_count("", fname, args.len(), 1, 1)?;
    Ok(&args[0])
}

// ---------------------------------------------------------------- hex

fn hexlify(fname: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(fname, args, kw, &["data", "sep", "bytes_per_sep"], 3, 1)?;
    let data = need_bytes(p[0].as_ref().expect("bound"))?;
    let mut window = vec![singletons::none()];
    if let Some(sep) = &p[1] {
        window.push(sep.clone());
        window.extend(p[2].clone());
    }
    let text = hex_with_sep(&data, &window, &[])?;
    Ok(bytes::new(
        pystr::as_str(&text).unwrap_or_default().as_bytes(),
    ))
}

fn f_hexlify(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    hexlify("hexlify", args, kw)
}

fn f_b2a_hex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    hexlify("b2a_hex", args, kw)
}

fn unhexlify(fname: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let text = ascii_data(only_arg(fname, args, kw)?)?;
    if !text.len().is_multiple_of(2) {
        return Err(error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let out = text
        .chunks_exact(2)
        .map(|p| match (digit(p[0]), digit(p[1])) {
            (Some(h), Some(l)) => Ok((h * 16 + l) as u8),
            _ => Err(error("Non-hexadecimal digit found")),
        })
        .collect::<PyResult<Vec<u8>>>()?;
    Ok(bytes::from_vec(out))
}

fn f_unhexlify(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    unhexlify("unhexlify", args, kw)
}

fn f_a2b_hex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    unhexlify("a2b_hex", args, kw)
}

// ---------------------------------------------------------------- base64

/// Keyword-only flags after one positional-only `data` argument.
fn data_and_flags(
    fname: &str,
    args: &[Value],
    kw: &[Value],
    flags: &[&str],
) -> PyResult<(Value, Vec<Option<Value>>)> {
    let pos = positional(args, kw);
    if pos.len() != 1 {
        return Err(type_error(format!(
            "{fname}() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut out = vec![None; flags.len()];
    for (name, v) in crate::args::keywords(args, kw) {
        match flags.iter().position(|f| *f == name) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    Ok((pos[0].clone(), out))
}

fn f_b2a_base64(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, flags) = data_and_flags("b2a_base64", args, kw, &["newline"])?;
    let newline = flags[0].as_ref().map_or(Ok(true), ops::truthy)?;
    Ok(bytes::from_vec(base64::encode(
        &need_bytes(&data)?,
        newline,
    )))
}

fn f_a2b_base64(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, flags) = data_and_flags("a2b_base64", args, kw, &["strict_mode"])?;
    let strict = flag(flags[0].as_ref())?;
    Ok(bytes::from_vec(base64::decode(
        &ascii_data(&data)?,
        strict,
    )?))
}

// ---------------------------------------------------------------- uu

fn f_b2a_uu(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, flags) = data_and_flags("b2a_uu", args, kw, &["backtick"])?;
    let backtick = flag(flags[0].as_ref())?;
    Ok(bytes::from_vec(uu::encode(&need_bytes(&data)?, backtick)?))
}

fn f_a2b_uu(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let data = ascii_data(only_arg("a2b_uu", args, kw)?)?;
    Ok(bytes::from_vec(uu::decode(&data)?))
}

// ---------------------------------------------------------------- quoted-printable

fn f_b2a_qp(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(
        "b2a_qp",
        args,
        kw,
        &["data", "quotetabs", "istext", "header"],
        4,
        1,
    )?;
    let data = need_bytes(p[0].as_ref().expect("bound"))?;
    let opts = qp::Options {
        quotetabs: flag(p[1].as_ref())?,
        istext: p[2].as_ref().map_or(Ok(true), ops::truthy)?,
        header: flag(p[3].as_ref())?,
    };
    Ok(bytes::from_vec(qp::encode(&data, &opts)))
}

fn f_a2b_qp(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind("a2b_qp", args, kw, &["data", "header"], 2, 1)?;
    let data = ascii_data(p[0].as_ref().expect("bound"))?;
    Ok(bytes::from_vec(qp::decode(&data, flag(p[1].as_ref())?)))
}

// ---------------------------------------------------------------- checksums

/// The low `bits` bits of an integer argument (CPython masks the
/// starting value of a CRC the same way).
fn masked(v: &Value, bits: u32) -> PyResult<u64> {
    let i = ops::index(v)?;
    let r = int::as_int(&i).expect("index() returns an int");
    let low = r
        .to_big()
        .and(&taipan_vm::types::bigint::Big::from_u64((1 << bits) - 1));
    Ok(low.to_u64().unwrap_or(0))
}

/// CRC-32 (reflected, polynomial 0xEDB88320) of each byte value.
const CRC32_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xedb8_8320
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-CCITT (polynomial 0x1021) of each byte value in the high byte.
const CRC_HQX_TABLE: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u16) << 8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    !data.iter().fold(!crc, |c, &b| {
        CRC32_TABLE[usize::from(c as u8 ^ b)] ^ (c >> 8)
    })
}

fn crc_hqx_update(crc: u16, data: &[u8]) -> u16 {
    data.iter().fold(crc, |c, &b| {
        CRC_HQX_TABLE[usize::from((c >> 8) as u8 ^ b)] ^ (c << 8)
    })
}

fn f_crc32(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("crc32", kw)?;
    taipan_vm::interp::builtins::check_count("", "crc32", args.len(), 1, 2)?;
    let data = need_bytes(&args[0])?;
    let start = args.get(1).map_or(Ok(0), |v| masked(v, 32))? as u32;
    Ok(int::from_u64(u64::from(crc32_update(start, &data))))
}

fn f_crc_hqx(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("crc_hqx", kw)?;
    taipan_vm::interp::builtins::check_count("", "crc_hqx", args.len(), 2, 2)?;
    let data = need_bytes(&args[0])?;
    let start = masked(&args[1], 16)? as u16;
    Ok(int::from_i64(i64::from(crc_hqx_update(start, &data))))
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let set = |name: &'static str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    set("Error", ERROR.get()?)?;
    set("Incomplete", INCOMPLETE.get()?)?;
    let fns: [(&'static str, NativeFn); 12] = [
        ("hexlify", f_hexlify),
        ("b2a_hex", f_b2a_hex),
        ("unhexlify", f_unhexlify),
        ("a2b_hex", f_a2b_hex),
        ("b2a_base64", f_b2a_base64),
        ("a2b_base64", f_a2b_base64),
        ("b2a_uu", f_b2a_uu),
        ("a2b_uu", f_a2b_uu),
        ("b2a_qp", f_b2a_qp),
        ("a2b_qp", f_a2b_qp),
        ("crc32", f_crc32),
        ("crc_hqx", f_crc_hqx),
    ];
    for (name, f) in fns {
        set(name, native_any_arity(name, f))?;
    }
    new_module("binascii", d)
}
