//! The `array` module: `array.array`, a sequence of numbers (or
//! characters) of one C type stored as packed native bytes, and its
//! iterator. Items are converted on the way in and out; the bytes are
//! touched only inside the array's critical section.

mod items;
mod machine;

use std::sync::Once;

use taipan_vm::interp::attrs;
use taipan_vm::interp::builtins::bytes_methods::register_buffer_exporter;
use taipan_vm::interp::classes::{self, make_instance};
use taipan_vm::interp::objects::{
    native, native_method_any_arity, new_module, NativeFn, SliceObject,
};
use taipan_vm::interp::warnings::warn_here;
use taipan_vm::interp::{call_object, slot_wrappers, type_error};
use taipan_vm::object::payload::dealloc_box;
use taipan_vm::object::{
    tpflags, BinOp, BinaryFn, Cell, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, NUM_BINOPS,
};
use taipan_vm::types::exceptions::{
    DEPRECATION_WARNING, EOF_ERROR, INDEX_ERROR, MEMORY_ERROR, VALUE_ERROR,
};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{bytes, dict, int, list, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::{index_clamped, method_args, positional};
use crate::buffers::need_bytes;
use items::{decode, encode, is_unicode, item_size, TYPECODES};

#[repr(C)]
pub struct ArrayObject {
    header: ObjHeader,
    code: char,
    itemsize: usize,
    data: Cell<Vec<u8>>,
}

// SAFETY: `#[repr(C)]`, header first; array and its subclasses use this
// layout.
unsafe impl PyPayload for ArrayObject {
    fn type_object() -> &'static TypeObject {
        &ARRAY_TYPE
    }
}

impl ArrayObject {
    fn with<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        self.data.with(&self.header, f)
    }

    fn len(&self) -> usize {
        self.with(|d| d.len()) / self.itemsize
    }

    /// The item at `i`, if there is one.
    fn get(&self, i: usize) -> Option<Value> {
        let size = self.itemsize;
        let raw = self.with(|d| d.get(i * size..(i + 1) * size).map(<[u8]>::to_vec))?;
        Some(decode(self.code, &raw))
    }

    fn items(&self) -> Vec<Value> {
        let size = self.itemsize;
        let raw = self.to_bytes();
        raw.chunks_exact(size)
            .map(|c| decode(self.code, c))
            .collect()
    }

    /// A copy of the packed item bytes.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        self.with(|d| d.clone())
    }

    /// Runs `f` on the packed item bytes (it must not run Python code).
    pub(crate) fn modify_bytes<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        self.with(|d| f(d))
    }

    /// Encodes `values` (Python code may run) into packed bytes.
    fn encode_all(&self, values: &[Value]) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(values.len() * self.itemsize);
        for v in values {
            out.extend_from_slice(&encode(self.code, v)?[..self.itemsize]);
        }
        Ok(out)
    }
}

fn me(v: &Value) -> PyResult<&ArrayObject> {
    v.downcast::<ArrayObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'array.array' object but received '{}'",
            v.type_of().name
        ))
    })
}

/// A new array of typecode `code` holding `data`, of class `cls`.
fn new_array(cls: &TypeObject, code: char, data: Vec<u8>) -> PyResult<Value> {
    let v = Value::from_box(Box::new(ArrayObject {
        header: ObjHeader::new(&ARRAY_TYPE),
        code,
        itemsize: item_size(code).expect("valid typecode"),
        data: Cell::new(data),
    }));
    if std::ptr::eq(cls, &ARRAY_TYPE) {
        Ok(v)
    } else {
        make_instance(cls, v)
    }
}

fn same_kind_error() -> PyErr {
    type_error("can only extend with array of same kind")
}

// ---------------------------------------------------------------- construction

/// `array.__new__(cls, typecode, initializer=None, /)`.
fn a_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kw);
    let cls = pos
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .ok_or_else(|| type_error("array.__new__(X): X is not a type object"))?;
    if !kw.is_empty() && std::ptr::eq(cls, &ARRAY_TYPE) {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    let rest = &pos[1..];
    if rest.is_empty() || rest.len() > 2 {
        return Err(type_error(format!(
            "array() takes at {} 1 argument ({} given)",
            if rest.is_empty() { "least" } else { "most" },
            rest.len()
        )));
    }
    let code = typecode_arg(&rest[0])?;
    if code == 'u' {
        warn_here(
            &DEPRECATION_WARNING,
            "The 'u' type code is deprecated and will be removed in Python 3.16",
        )?;
    }
    let a = new_array(cls, code, Vec::new())?;
    if let Some(init) = rest.get(1) {
        initialize(&a, init)?;
    }
    Ok(a)
}

fn typecode_arg(v: &Value) -> PyResult<char> {
    let Some(s) = pystr::as_str(v) else {
        return Err(type_error(format!(
            "array() argument 1 must be a unicode character, not {}",
            v.type_of().name
        )));
    };
    let mut chars = s.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) => c,
        _ => {
            return Err(type_error(format!(
                "array() argument 1 must be a unicode character, not a string of length {}",
                s.chars().count()
            )))
        }
    };
    if item_size(code).is_none() {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)",
        ));
    }
    Ok(code)
}

/// Fills a new array from the constructor's initializer.
fn initialize(a: &Value, init: &Value) -> PyResult<()> {
    let arr = me(a)?;
    if let Some(s) = pystr::as_str(init) {
        if !is_unicode(arr.code) {
            return Err(type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                arr.code
            )));
        }
        return from_unicode(arr, s);
    }
    if let Some(other) = init.downcast::<ArrayObject>() {
        if is_unicode(other.code) != is_unicode(arr.code) {
            return Err(type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                arr.code
            )));
        }
        let data = arr.encode_all(&other.items())?;
        arr.with(|d| d.extend_from_slice(&data));
        return Ok(());
    }
    if bytes::as_bytes(init).is_some()
        || init
            .downcast::<taipan_vm::interp::bytearray::ByteArrayObject>()
            .is_some()
    {
        return from_bytes(arr, &need_bytes(init)?);
    }
    extend_from(a, init)
}

fn from_unicode(arr: &ArrayObject, s: &str) -> PyResult<()> {
    let data: Vec<u8> = s.chars().flat_map(|c| u32::from(c).to_le_bytes()).collect();
    arr.with(|d| d.extend_from_slice(&data));
    Ok(())
}

fn from_bytes(arr: &ArrayObject, data: &[u8]) -> PyResult<()> {
    if !data.len().is_multiple_of(arr.itemsize) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "bytes length not a multiple of item size",
        ));
    }
    arr.with(|d| d.extend_from_slice(data));
    Ok(())
}

/// `a.extend(iterable)`: arrays must be of the same typecode.
fn extend_from(a: &Value, iterable: &Value) -> PyResult<()> {
    let arr = me(a)?;
    if let Some(other) = iterable.downcast::<ArrayObject>() {
        if other.code != arr.code {
            return Err(same_kind_error());
        }
        let data = other.to_bytes();
        arr.with(|d| d.extend_from_slice(&data));
        return Ok(());
    }
    let it = attrs::iter(iterable)?;
    while let Some(x) = attrs::next(&it)? {
        let raw = encode(arr.code, &x)?;
        arr.with(|d| d.extend_from_slice(&raw[..arr.itemsize]));
    }
    Ok(())
}

// ---------------------------------------------------------------- methods

fn none() -> Value {
    singletons::none()
}

fn m_append(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.append", args, kw, 1, 1)?;
    let arr = me(&args[0])?;
    let raw = encode(arr.code, &a[0])?;
    arr.with(|d| d.extend_from_slice(&raw[..arr.itemsize]));
    Ok(none())
}

fn m_extend(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.extend", args, kw, 1, 1)?;
    extend_from(&args[0], &a[0])?;
    Ok(none())
}

/// Position `i` (negative from the end) clamped into `0..=len`.
fn clamp(i: i64, len: usize) -> usize {
    let len = len as i64;
    (if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize
}

fn m_insert(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.insert", args, kw, 2, 2)?;
    let arr = me(&args[0])?;
    let i = index_clamped(&a[0])?;
    let raw = encode(arr.code, &a[1])?;
    let size = arr.itemsize;
    arr.with(|d| {
        let at = clamp(i, d.len() / size) * size;
        d.splice(at..at, raw[..size].iter().copied());
    });
    Ok(none())
}

fn m_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.pop", args, kw, 0, 1)?;
    let arr = me(&args[0])?;
    let i = match a.first() {
        Some(v) => index_clamped(v)?,
        None => -1,
    };
    let size = arr.itemsize;
    let raw = arr.with(|d| {
        let len = (d.len() / size) as i64;
        if len == 0 {
            return Err(PyErr::new(&INDEX_ERROR, "pop from empty array"));
        }
        let at = if i < 0 { i + len } else { i };
        if !(0..len).contains(&at) {
            return Err(PyErr::new(&INDEX_ERROR, "pop index out of range"));
        }
        let at = at as usize * size;
        Ok(d.drain(at..at + size).collect::<Vec<u8>>())
    })?;
    Ok(decode(arr.code, &raw))
}

/// The first position in `start..stop` whose item equals `x`.
fn find(arr: &ArrayObject, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    for i in start..stop {
        let Some(item) = arr.get(i) else { break };
        if ops::eq(&item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn m_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.index", args, kw, 1, 3)?;
    let arr = me(&args[0])?;
    let len = arr.len();
    let start = a
        .get(1)
        .map_or(Ok(0), |v| index_clamped(v).map(|i| clamp(i, len)))?;
    let stop = a
        .get(2)
        .map_or(Ok(len), |v| index_clamped(v).map(|i| clamp(i, len)))?;
    match find(arr, &a[0], start, stop)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(PyErr::new(&VALUE_ERROR, "array.index(x): x not in array")),
    }
}

fn m_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.count", args, kw, 1, 1)?;
    let mut n = 0;
    for item in me(&args[0])?.items() {
        if ops::eq(&item, &a[0])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn m_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.remove", args, kw, 1, 1)?;
    let arr = me(&args[0])?;
    match find(arr, &a[0], 0, arr.len())? {
        Some(i) => {
            let size = arr.itemsize;
            arr.with(|d| d.drain(i * size..(i + 1) * size).for_each(drop));
            Ok(none())
        }
        None => Err(PyErr::new(&VALUE_ERROR, "array.remove(x): x not in array")),
    }
}

fn m_reverse(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("array.reverse", args, kw, 0, 0)?;
    let arr = me(&args[0])?;
    let size = arr.itemsize;
    arr.with(|d| {
        let mut out: Vec<u8> = Vec::with_capacity(d.len());
        for item in d.chunks_exact(size).rev() {
            out.extend_from_slice(item);
        }
        *d = out;
    });
    Ok(none())
}

fn m_byteswap(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("array.byteswap", args, kw, 0, 0)?;
    let arr = me(&args[0])?;
    let size = arr.itemsize;
    arr.with(|d| d.chunks_exact_mut(size).for_each(<[u8]>::reverse));
    Ok(none())
}

fn m_buffer_info(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("array.buffer_info", args, kw, 0, 0)?;
    let arr = me(&args[0])?;
    let address = arr.with(|d| d.as_ptr() as usize);
    Ok(tuple::new(vec![
        int::from_u64(address as u64),
        int::from_i64(arr.len() as i64),
    ]))
}

fn m_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("array.clear", args, kw, 0, 0)?;
    me(&args[0])?.with(Vec::clear);
    Ok(none())
}

fn m_tobytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("array.tobytes", args, kw, 0, 0)?;
    Ok(bytes::from_vec(me(&args[0])?.to_bytes()))
}

fn m_frombytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.frombytes", args, kw, 1, 1)?;
    from_bytes(me(&args[0])?, &need_bytes(&a[0])?)?;
    Ok(none())
}

fn m_tolist(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("array.tolist", args, kw, 0, 0)?;
    Ok(list::new(me(&args[0])?.items()))
}

fn m_fromlist(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.fromlist", args, kw, 1, 1)?;
    let arr = me(&args[0])?;
    if a[0].downcast::<list::ListObject>().is_none() {
        return Err(type_error("arg must be list"));
    }
    // All items convert before any is added.
    let values = attrs::collect(&a[0])?;
    let data = arr.encode_all(&values)?;
    arr.with(|d| d.extend_from_slice(&data));
    Ok(none())
}

fn m_tounicode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("array.tounicode", args, kw, 0, 0)?;
    let arr = me(&args[0])?;
    if !is_unicode(arr.code) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "tounicode() may only be called on unicode type arrays ('u' or 'w')",
        ));
    }
    let text: String = arr
        .to_bytes()
        .chunks_exact(4)
        .map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}'))
        .collect();
    Ok(pystr::new(&text))
}

fn m_fromunicode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.fromunicode", args, kw, 1, 1)?;
    let arr = me(&args[0])?;
    let Some(s) = pystr::as_str(&a[0]) else {
        return Err(type_error(format!(
            "fromunicode() argument must be str, not {}",
            a[0].type_of().name
        )));
    };
    if !is_unicode(arr.code) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "fromunicode() may only be called on unicode type arrays ('u' or 'w')",
        ));
    }
    from_unicode(arr, s)?;
    Ok(none())
}

fn m_tofile(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.tofile", args, kw, 1, 1)?;
    let write = attrs::getattr_str(&a[0], "write")?;
    call_object(&write, &[bytes::from_vec(me(&args[0])?.to_bytes())], &[])?;
    Ok(none())
}

fn m_fromfile(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.fromfile", args, kw, 2, 2)?;
    let arr = me(&args[0])?;
    let n = index_clamped(&a[1])?;
    if n < 0 {
        return Err(PyErr::new(&VALUE_ERROR, "negative count"));
    }
    let want = (n as usize)
        .checked_mul(arr.itemsize)
        .ok_or_else(|| PyErr::with_args(&MEMORY_ERROR, Vec::new()))?;
    let read = attrs::getattr_str(&a[0], "read")?;
    let got = call_object(&read, &[int::from_i64(want as i64)], &[])?;
    let Some(data) = bytes::as_bytes(&got) else {
        return Err(type_error("read() didn't return bytes"));
    };
    let whole = data.len() / arr.itemsize * arr.itemsize;
    arr.with(|d| d.extend_from_slice(&data[..whole]));
    if data.len() != want {
        return Err(PyErr::new(&EOF_ERROR, "read() didn't return enough bytes"));
    }
    Ok(none())
}

fn m_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("array.__copy__", args, kw, 0, 0)?;
    let arr = me(&args[0])?;
    new_array(&ARRAY_TYPE, arr.code, arr.to_bytes())
}

fn m_deepcopy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("array.__deepcopy__", args, kw, 1, 1)?;
    let arr = me(&args[0])?;
    new_array(&ARRAY_TYPE, arr.code, arr.to_bytes())
}

/// Protocols before 3 rebuild an array from its typecode and items;
/// later ones through `_array_reconstructor` from its machine format and
/// bytes.
fn m_reduce_ex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("array.__reduce_ex__", args, kw, 1, 1)?;
    let me_v = &args[0];
    let arr = me(me_v)?;
    let protocol = index_clamped(&a[0])?;
    let state = match attrs::instance_dict(me_v) {
        Some(d) if ops::len(&d)? > 0 => d,
        _ => none(),
    };
    let cls = me_v.type_of().as_value();
    let code = pystr::new(arr.code.encode_utf8(&mut [0; 4]));
    let (func, ctor_args) = if protocol < 3 {
        (cls, vec![code, list::new(arr.items())])
    } else {
        (
            reconstructor(),
            vec![
                cls,
                code,
                int::from_i64(i64::from(machine::native_format(arr.code))),
                bytes::from_vec(arr.to_bytes()),
            ],
        )
    };
    Ok(tuple::new(vec![func, tuple::new(ctor_args), state]))
}

/// The module's `_array_reconstructor` function (one object, so that
/// pickles name it).
fn reconstructor() -> Value {
    static FUNC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    FUNC.get_or_init(|| native("_array_reconstructor", f_reconstructor))
        .clone()
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`.
fn f_reconstructor(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_keywords("_array_reconstructor", kw)?;
    taipan_vm::interp::builtins::check_count("", "_array_reconstructor", args.len(), 4, 4)?;
    let Some(cls) = args[0].downcast::<TypeObject>() else {
        return Err(type_error(format!(
            "first argument must be a type object, not {}",
            args[0].type_of().name
        )));
    };
    if !cls.is_subtype_of(&ARRAY_TYPE) {
        return Err(type_error(format!(
            "{} is not a subtype of array.array",
            cls.name
        )));
    }
    let code = match pystr::as_str(&args[1]).map(|s| (s.chars().count(), s.chars().next())) {
        Some((1, Some(c))) => c,
        _ => {
            return Err(type_error(format!(
                "_array_reconstructor() argument 2 must be a unicode character, not {}",
                args[1].type_of().name
            )))
        }
    };
    if item_size(code).is_none() {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "second argument must be a valid type code",
        ));
    }
    let format = int::as_int(&args[2])
        .and_then(|i| i.to_i64())
        .and_then(machine::Format::from_code)
        .ok_or_else(|| {
            PyErr::new(
                &VALUE_ERROR,
                "third argument must be a valid machine format code.",
            )
        })?;
    let Some(data) = bytes::as_bytes(&args[3]) else {
        return Err(type_error(format!(
            "fourth argument should be bytes, not {}",
            args[3].type_of().name
        )));
    };
    let (code, values) = match machine::decode(code, format, data)? {
        machine::Decoded::Native => {
            let a = new_array(cls, code, Vec::new())?;
            from_bytes(me(&a)?, data)?;
            return Ok(a);
        }
        machine::Decoded::Items(code, values) => (code, values),
    };
    let a = new_array(cls, code, Vec::new())?;
    let arr = me(&a)?;
    let data = arr.encode_all(&values)?;
    arr.with(|d| d.extend_from_slice(&data));
    Ok(a)
}

fn typecode_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(me(&args[0])?.code.encode_utf8(&mut [0; 4])))
}

fn itemsize_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(me(&args[0])?.itemsize as i64))
}

// ---------------------------------------------------------------- slots

fn array_repr(v: &Value) -> PyResult<Value> {
    let arr = me(v)?;
    let name = v.type_of().name.to_string();
    let code = arr.code;
    if arr.len() == 0 {
        return Ok(pystr::new(&format!("{name}('{code}')")));
    }
    let body = if is_unicode(code) {
        ops::repr(&m_tounicode(std::slice::from_ref(v), &[])?)?
    } else {
        ops::repr(&list::new(arr.items()))?
    };
    Ok(pystr::new(&format!(
        "{name}('{code}', {})",
        pystr::to_string_lossy(&body)
    )))
}

fn array_len(v: &Value) -> PyResult<usize> {
    Ok(me(v)?.len())
}

/// The position an integer subscript names; IndexError when out of range.
fn item_index(arr: &ArrayObject, key: &Value) -> PyResult<usize> {
    let i = index_clamped(key)?;
    let len = arr.len() as i64;
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(PyErr::new(&INDEX_ERROR, "array index out of range"));
    }
    Ok(i as usize)
}

/// The item positions a slice selects.
fn slice_positions(s: &SliceObject, len: usize) -> PyResult<Vec<usize>> {
    let (start, _, step, count) = attrs::slice_indices(s, len)?;
    Ok((0..count as i64)
        .map(|k| (start + k * step) as usize)
        .collect())
}

fn array_getitem(v: &Value, key: &Value) -> PyResult<Value> {
    let arr = me(v)?;
    if let Some(s) = key.downcast::<SliceObject>() {
        let size = arr.itemsize;
        let positions = slice_positions(s, arr.len())?;
        let data = arr.with(|d| {
            positions
                .iter()
                .flat_map(|&i| d[i * size..(i + 1) * size].to_vec())
                .collect::<Vec<u8>>()
        });
        return new_array(&ARRAY_TYPE, arr.code, data);
    }
    if key.type_of().slots.index.is_none() {
        return Err(type_error("array indices must be integers"));
    }
    let i = item_index(arr, key)?;
    arr.get(i)
        .ok_or_else(|| PyErr::new(&INDEX_ERROR, "array index out of range"))
}

fn array_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let arr = me(v)?;
    let size = arr.itemsize;
    if let Some(s) = key.downcast::<SliceObject>() {
        return set_slice(arr, s, value);
    }
    if key.type_of().slots.index.is_none() {
        return Err(type_error("array indices must be integers"));
    }
    let raw = value.map(|x| encode(arr.code, x)).transpose()?;
    let i = item_index(arr, key)?;
    arr.with(|d| match raw {
        Some(raw) => d[i * size..(i + 1) * size].copy_from_slice(&raw[..size]),
        None => d.drain(i * size..(i + 1) * size).for_each(drop),
    });
    Ok(())
}

fn set_slice(arr: &ArrayObject, s: &SliceObject, value: Option<&Value>) -> PyResult<()> {
    let size = arr.itemsize;
    let new = match value {
        None => None,
        Some(x) => match x.downcast::<ArrayObject>() {
            Some(o) if o.code == arr.code => Some(o.to_bytes()),
            Some(_) => return Err(type_error("bad argument type for built-in operation")),
            None => {
                return Err(type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    x.type_of().name
                )))
            }
        },
    };
    let len = arr.len();
    let (start, stop, step, count) = attrs::slice_indices(s, len)?;
    if step == 1 {
        let lo = start.clamp(0, len as i64) as usize;
        let hi = (stop.clamp(0, len as i64) as usize).max(lo);
        arr.with(|d| {
            d.splice(lo * size..hi * size, new.unwrap_or_default());
        });
        return Ok(());
    }
    let positions = slice_positions(s, len)?;
    match new {
        None => {
            let drop_set: std::collections::HashSet<usize> = positions.into_iter().collect();
            arr.with(|d| {
                let kept: Vec<u8> = d
                    .chunks_exact(size)
                    .enumerate()
                    .filter(|(i, _)| !drop_set.contains(i))
                    .flat_map(|(_, c)| c.to_vec())
                    .collect();
                *d = kept;
            });
        }
        Some(data) => {
            if data.len() / size != count {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    format!(
                        "attempt to assign array of size {} to extended slice of size {count}",
                        data.len() / size
                    ),
                ));
            }
            arr.with(|d| {
                for (k, &i) in positions.iter().enumerate() {
                    d[i * size..(i + 1) * size].copy_from_slice(&data[k * size..(k + 1) * size]);
                }
            });
        }
    }
    Ok(())
}

fn array_contains(v: &Value, x: &Value) -> PyResult<bool> {
    let arr = me(v)?;
    Ok(find(arr, x, 0, arr.len())?.is_some())
}

fn array_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<ArrayObject>(), b.downcast::<ArrayObject>()) else {
        return Ok(singletons::not_implemented());
    };
    tuple::compare_sequences(&|| x.len(), &|i| x.get(i), &|| y.len(), &|i| y.get(i), op)
}

fn array_concat(a: &Value, b: &Value) -> PyResult<Value> {
    let arr = me(a)?;
    let Some(other) = b.downcast::<ArrayObject>() else {
        return Err(type_error(format!(
            "can only append array (not \"{}\") to array",
            b.type_of().name
        )));
    };
    if other.code != arr.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let mut data = arr.to_bytes();
    data.extend_from_slice(&other.to_bytes());
    new_array(&ARRAY_TYPE, arr.code, data)
}

fn array_inplace_concat(a: &Value, b: &Value) -> PyResult<Value> {
    if b.downcast::<ArrayObject>().is_none() {
        return Err(type_error(format!(
            "can only extend array with array (not \"{}\")",
            b.type_of().name
        )));
    }
    extend_from(a, b)?;
    Ok(a.clone())
}

/// The bytes of `data` repeated `n` times (none for `n <= 0`).
fn repeated(data: &[u8], n: i64) -> PyResult<Vec<u8>> {
    let n = n.max(0) as usize;
    let no_memory = || PyErr::with_args(&MEMORY_ERROR, Vec::new());
    let total = data.len().checked_mul(n).ok_or_else(no_memory)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| no_memory())?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn array_repeat(a: &Value, n: &Value) -> PyResult<Value> {
    if n.type_of().slots.index.is_none() {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.type_of().name
        )));
    }
    let arr = me(a)?;
    let data = repeated(&arr.to_bytes(), index_clamped(n)?)?;
    new_array(&ARRAY_TYPE, arr.code, data)
}

fn array_inplace_repeat(a: &Value, n: &Value) -> PyResult<Value> {
    if n.type_of().slots.index.is_none() {
        return Ok(singletons::not_implemented());
    }
    let arr = me(a)?;
    let data = repeated(&arr.to_bytes(), index_clamped(n)?)?;
    arr.with(|d| *d = data);
    Ok(a.clone())
}

fn array_iter(v: &Value) -> PyResult<Value> {
    me(v)?;
    Ok(Value::from_box(Box::new(ArrayIterObject {
        header: ObjHeader::new(&ARRAY_ITER_TYPE),
        array: v.clone(),
        pos: Cell::new(Some(0)),
    })))
}

const fn inplace_slots() -> [Option<BinaryFn>; NUM_BINOPS] {
    let mut s = [None; NUM_BINOPS];
    s[BinOp::Mul as usize] = Some(array_inplace_repeat as BinaryFn);
    s
}

pub static ARRAY_TYPE: TypeObject = TypeObject::new_static_in(
    "array",
    "array",
    Some(&OBJECT_TYPE),
    tpflags::BASETYPE,
    Slots {
        repr: Some(array_repr),
        richcompare: Some(array_richcompare),
        getattr: Some(attrs::generic_getattr),
        iter: Some(array_iter),
        length: Some(array_len),
        getitem: Some(array_getitem),
        setitem: Some(array_setitem),
        contains: Some(array_contains),
        concat: Some(array_concat),
        inplace_concat: Some(array_inplace_concat),
        repeat: Some(array_repeat),
        inplace: inplace_slots(),
        ..Slots::new(dealloc_box::<ArrayObject>)
    },
);

// ---------------------------------------------------------------- iterator

#[repr(C)]
pub struct ArrayIterObject {
    header: ObjHeader,
    array: Value,
    /// The next position; `None` once exhausted.
    pos: Cell<Option<usize>>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for ArrayIterObject {
    fn type_object() -> &'static TypeObject {
        &ARRAY_ITER_TYPE
    }
}

fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<ArrayIterObject>().expect("arrayiterator");
    let Some(at) = it.pos.with(&it.header, |p| *p) else {
        return Ok(None);
    };
    let item = me(&it.array)?.get(at);
    it.pos
        .with(&it.header, |p| *p = item.as_ref().map(|_| at + 1));
    Ok(item)
}

fn iter_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<ArrayIterObject>() {
        visit(&it.array);
    }
}

pub static ARRAY_ITER_TYPE: TypeObject = TypeObject::new_static_in(
    "array",
    "arrayiterator",
    Some(&OBJECT_TYPE),
    tpflags::HAVE_GC,
    Slots {
        iter: Some(tuple::self_iter),
        next: Some(iter_next),
        traverse: Some(iter_traverse),
        ..taipan_vm::interp::objects::base_slots(dealloc_box::<ArrayIterObject>)
    },
);

fn install() {
    let set = |name: &'static str, v: Value| {
        let _ = dict::set_item(ARRAY_TYPE.dict(), pystr::intern(name), v);
    };
    let methods: [(&'static str, NativeFn); 22] = [
        ("append", m_append),
        ("extend", m_extend),
        ("insert", m_insert),
        ("pop", m_pop),
        ("index", m_index),
        ("count", m_count),
        ("remove", m_remove),
        ("reverse", m_reverse),
        ("byteswap", m_byteswap),
        ("buffer_info", m_buffer_info),
        ("clear", m_clear),
        ("tobytes", m_tobytes),
        ("frombytes", m_frombytes),
        ("tolist", m_tolist),
        ("fromlist", m_fromlist),
        ("tounicode", m_tounicode),
        ("fromunicode", m_fromunicode),
        ("tofile", m_tofile),
        ("fromfile", m_fromfile),
        ("__copy__", m_copy),
        ("__deepcopy__", m_deepcopy),
        ("__reduce_ex__", m_reduce_ex),
    ];
    for (name, f) in methods {
        set(name, native_method_any_arity(&ARRAY_TYPE, name, f));
    }
    set(
        "__new__",
        classes::new_wrapper(&classes::STATICMETHOD_TYPE, native("__new__", a_new)),
    );
    set(
        "typecode",
        slot_wrappers::new_getset(&ARRAY_TYPE, "typecode", typecode_get),
    );
    set(
        "itemsize",
        slot_wrappers::new_getset(&ARRAY_TYPE, "itemsize", itemsize_get),
    );
    classes::install_class_getitem(&[&ARRAY_TYPE]);
    slot_wrappers::install(&[&ARRAY_TYPE, &ARRAY_ITER_TYPE]);
    classes::register_layout::<ArrayObject>(&ARRAY_TYPE);
    register_buffer_exporter(|v| v.downcast::<ArrayObject>().map(ArrayObject::to_bytes));
}

pub(crate) fn module() -> PyResult<Value> {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(install);
    let d = dict::new();
    let set = |name: &'static str, v: Value| dict::set_item(&d, pystr::intern(name), v);
    set("array", ARRAY_TYPE.as_value())?;
    set("ArrayType", ARRAY_TYPE.as_value())?;
    set("typecodes", pystr::new(TYPECODES))?;
    set("_array_reconstructor", reconstructor())?;
    new_module("array", d)
}
