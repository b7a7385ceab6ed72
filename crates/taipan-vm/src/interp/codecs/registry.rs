//! The codec registry: search functions (the `encodings` package's is
//! registered when that package is first imported, which the first
//! lookup does), a cache of what they found, and encoding/decoding text
//! through a Python codec for the encodings without a native fast path.

use std::collections::BTreeMap;
use std::sync::Mutex;

use super::errors::is_callable;
use crate::error::{PyErr, PyResult};
use crate::interp::{attrs, call_object, modules, type_error};
use crate::object::Value;
use crate::ops;
use crate::types::exceptions::LOOKUP_ERROR;
use crate::types::{bytes as pybytes, dict, int, singletons, str as pystr, tuple};

struct Registry {
    search: Vec<Value>,
    cache: BTreeMap<String, Value>,
    /// Whether `encodings` has been imported (it registers itself).
    ready: bool,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry {
    search: Vec::new(),
    cache: BTreeMap::new(),
    ready: false,
});

fn registry() -> std::sync::MutexGuard<'static, Registry> {
    REGISTRY.lock().unwrap_or_else(|e| e.into_inner())
}

/// `codecs.register(search_function)`.
pub fn register(search: &Value) -> PyResult<()> {
    if !is_callable(search) {
        return Err(type_error("argument must be callable"));
    }
    // `encodings` searches first, as it registered at start-up in CPython.
    ensure_ready()?;
    registry().search.push(search.clone());
    Ok(())
}

/// `codecs.unregister(search_function)`; the cache is dropped with it.
pub fn unregister(search: &Value) {
    let mut r = registry();
    if let Some(i) = r.search.iter().position(|f| f.is(search)) {
        r.search.remove(i);
        r.cache.clear();
    }
}

/// The registry's spelling of an encoding name: lower case, spaces and
/// hyphens as underscores.
pub fn normalize(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Imports `encodings` once, which registers its search function.
fn ensure_ready() -> PyResult<()> {
    if registry().ready {
        return Ok(());
    }
    registry().ready = true;
    let imported = modules::import_name(
        &pystr::new("encodings"),
        &singletons::none(),
        &int::from_i64(0),
        &dict::new(),
    );
    if let Err(e) = imported {
        registry().ready = false;
        return Err(e);
    }
    Ok(())
}

/// `codecs.lookup(encoding)`: the CodecInfo of an encoding.
pub fn lookup(name: &str) -> PyResult<Value> {
    ensure_ready()?;
    let key = normalize(name);
    if let Some(info) = registry().cache.get(&key) {
        return Ok(info.clone());
    }
    let search = registry().search.clone();
    let arg = pystr::new(&key);
    for f in &search {
        let found = call_object(f, std::slice::from_ref(&arg), &[])?;
        if singletons::is_none(&found) {
            continue;
        }
        if tuple::items(&found).len() != 4 {
            return Err(type_error("codec search functions must return 4-tuples"));
        }
        registry().cache.insert(key, found.clone());
        return Ok(found);
    }
    Err(PyErr::new(
        &LOOKUP_ERROR,
        format!("unknown encoding: {name}"),
    ))
}

/// The CodecInfo of a text encoding; `via` names the function to use for
/// other codecs in the error.
fn text_codec(name: &str, via: &str) -> PyResult<Value> {
    let info = lookup(name)?;
    if let Ok(flag) = attrs::getattr_str(&info, "_is_text_encoding") {
        if !ops::truthy(&flag)? {
            return Err(PyErr::new(
                &LOOKUP_ERROR,
                format!("'{name}' is not a text encoding; use {via} to handle arbitrary codecs"),
            ));
        }
    }
    Ok(info)
}

/// Calls a codec's encoder (`which` 0) or decoder (1) and returns the
/// first item of the `(object, length)` it must answer.
fn call_codec(info: &Value, which: usize, input: Value, errors: &str) -> PyResult<Value> {
    let f = &tuple::items(info)[which];
    let result = call_object(f, &[input, pystr::new(errors)], &[])?;
    match tuple::items(&result) {
        [object, _] => Ok(object.clone()),
        _ => Err(type_error(if which == 0 {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object,integer)"
        })),
    }
}

/// `codecs.encode(obj, encoding, errors)`: any codec, any result.
pub fn encode(obj: &Value, name: &str, errors: &str) -> PyResult<Value> {
    call_codec(&lookup(name)?, 0, obj.clone(), errors)
}

/// `codecs.decode(obj, encoding, errors)`: any codec, any result.
pub fn decode(obj: &Value, name: &str, errors: &str) -> PyResult<Value> {
    call_codec(&lookup(name)?, 1, obj.clone(), errors)
}

/// `str.encode` through a registered text codec.
pub fn encode_text(text: &Value, name: &str, errors: &str) -> PyResult<Vec<u8>> {
    let info = text_codec(name, "codecs.encode()")?;
    let v = call_codec(&info, 0, text.clone(), errors)?;
    if let Some(b) = pybytes::as_bytes(&v) {
        return Ok(b.to_vec());
    }
    if let Some(b) = v.downcast::<crate::interp::bytearray::ByteArrayObject>() {
        return Ok(b.to_vec());
    }
    Err(type_error(format!(
        "'{name}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
        v.type_of().name
    )))
}

/// `bytes.decode` through a registered text codec.
pub fn decode_text(data: &[u8], name: &str, errors: &str) -> PyResult<Value> {
    let info = text_codec(name, "codecs.decode()")?;
    // Python decoders get a memoryview of the bytes, as in CPython.
    let view = crate::interp::memoryview::construct(&[pybytes::new(data)])?;
    let v = call_codec(&info, 1, view, errors)?;
    if v.downcast::<pystr::StrObject>().is_some() {
        return Ok(v);
    }
    Err(type_error(format!(
        "'{name}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
        v.type_of().name
    )))
}
