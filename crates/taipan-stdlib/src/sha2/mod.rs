//! The `_sha2` module, SHA-384 and SHA-512 only: what `random.seed` needs
//! to seed from str and bytes (SHA-224/256 are not provided yet).

mod sha512;

use taipan_vm::interp::builtins::bytes_methods::buffer;
use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::objects::{
    base_slots, native_any_arity, native_method_any_arity, new_module,
};
use taipan_vm::interp::{attrs, slot_wrappers, type_error};
use taipan_vm::object::payload::dealloc_box;
use taipan_vm::object::{Cell, ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{bytes, dict, int, singletons, str as pystr};
use taipan_vm::{PyResult, Value};

use crate::args::{keywords, method_args, positional};
use sha512::{Sha512, SHA384_INIT, SHA512_INIT};

#[repr(C)]
pub struct HashObject {
    header: ObjHeader,
    hash: Cell<Sha512>,
}

// SAFETY: `#[repr(C)]`, header first; both hash types use this layout.
unsafe impl PyPayload for HashObject {
    fn type_object() -> &'static TypeObject {
        &SHA512_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &SHA512_TYPE) || std::ptr::eq(ty, &SHA384_TYPE)
    }
}

macro_rules! hash_type {
    ($id:ident, $name:literal) => {
        pub static $id: TypeObject = TypeObject::new_static_in(
            "_sha2",
            $name,
            Some(&OBJECT_TYPE),
            0,
            Slots {
                getattr: Some(attrs::generic_getattr),
                ..base_slots(dealloc_box::<HashObject>)
            },
        );
    };
}

hash_type!(SHA512_TYPE, "SHA512Type");
hash_type!(SHA384_TYPE, "SHA384Type");

/// The algorithm's name and digest size for a hash object's type.
fn algorithm(v: &Value) -> (&'static str, usize) {
    if std::ptr::eq(v.type_of(), &SHA384_TYPE) {
        ("sha384", 48)
    } else {
        ("sha512", 64)
    }
}

fn this(v: &Value) -> PyResult<&HashObject> {
    v.downcast::<HashObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_sha2.SHA512Type' object but received '{}'",
            v.type_of().name
        ))
    })
}

fn with_hash<R>(h: &HashObject, f: impl FnOnce(&mut Sha512) -> R) -> R {
    h.hash.with(&h.header, f)
}

/// The bytes of data to hash: bytes-like objects only.
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if pystr::as_str(v).is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    buffer(v)
        .map(|b| b.into_owned())
        .ok_or_else(|| type_error("object supporting the buffer API required"))
}

fn new_hash(ty: &'static TypeObject, state: Sha512) -> Value {
    Value::from_box(Box::new(HashObject {
        header: ObjHeader::new(ty),
        hash: Cell::new(state),
    }))
}

/// `sha512(data=b'', *, usedforsecurity=True, string=None)`.
fn construct(
    fname: &str,
    ty: &'static TypeObject,
    init: [u64; 8],
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    check_count("", fname, pos.len(), 0, 1)?;
    let mut data = pos.first().cloned();
    for (name, v) in keywords(args, kwnames) {
        match name {
            "data" | "string" if data.is_none() => data = Some(v.clone()),
            "data" | "string" => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position (1)"
                )))
            }
            "usedforsecurity" => {}
            _ => {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let mut state = Sha512::new(init);
    if let Some(d) = data.filter(|d| !singletons::is_none(d)) {
        state.update(&data_arg(&d)?);
    }
    Ok(new_hash(ty, state))
}

fn sha512_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    construct("sha512", &SHA512_TYPE, SHA512_INIT, args, kw)
}

fn sha384_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    construct("sha384", &SHA384_TYPE, SHA384_INIT, args, kw)
}

fn m_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("update", args, kw, 1, 1)?;
    let data = data_arg(&a[0])?;
    with_hash(this(&args[0])?, |h| h.update(&data));
    Ok(singletons::none())
}

fn digest_of(v: &Value) -> PyResult<Vec<u8>> {
    let len = algorithm(v).1;
    Ok(with_hash(this(v)?, |h| h.digest(len)))
}

fn m_digest(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("digest", args, kw, 0, 0)?;
    Ok(bytes::from_vec(digest_of(&args[0])?))
}

fn m_hexdigest(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("hexdigest", args, kw, 0, 0)?;
    let hex: String = digest_of(&args[0])?
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(pystr::new(&hex))
}

fn m_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("copy", args, kw, 0, 0)?;
    let state = with_hash(this(&args[0])?, |h| h.clone());
    let ty = if algorithm(&args[0]).0 == "sha384" {
        &SHA384_TYPE
    } else {
        &SHA512_TYPE
    };
    Ok(new_hash(ty, state))
}

fn name_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(pystr::intern(algorithm(&args[0]).0))
}

fn digest_size_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(algorithm(&args[0]).1 as i64))
}

fn block_size_get(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(128))
}

fn install() {
    for ty in [&SHA512_TYPE, &SHA384_TYPE] {
        let set = |name: &'static str, v: Value| {
            let _ = dict::set_item(ty.dict(), pystr::intern(name), v);
        };
        let methods: [(&'static str, taipan_vm::interp::objects::NativeFn); 4] = [
            ("update", m_update),
            ("digest", m_digest),
            ("hexdigest", m_hexdigest),
            ("copy", m_copy),
        ];
        for (name, f) in methods {
            set(name, native_method_any_arity(ty, name, f));
        }
        let getters: [(&'static str, taipan_vm::interp::objects::NativeFn); 3] = [
            ("name", name_get),
            ("digest_size", digest_size_get),
            ("block_size", block_size_get),
        ];
        for (name, f) in getters {
            set(name, slot_wrappers::new_getset(ty, name, f));
        }
    }
    slot_wrappers::install(&[&SHA512_TYPE, &SHA384_TYPE]);
}

pub(crate) fn module() -> PyResult<Value> {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(install);
    let d = dict::new();
    dict::set_item(&d, pystr::intern("SHA512Type"), SHA512_TYPE.as_value())?;
    dict::set_item(&d, pystr::intern("SHA384Type"), SHA384_TYPE.as_value())?;
    dict::set_item(
        &d,
        pystr::intern("sha512"),
        native_any_arity("sha512", sha512_new),
    )?;
    dict::set_item(
        &d,
        pystr::intern("sha384"),
        native_any_arity("sha384", sha384_new),
    )?;
    new_module("_sha2", d)
}
