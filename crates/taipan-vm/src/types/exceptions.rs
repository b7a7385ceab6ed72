//! The built-in exception types (CPython 3.14's hierarchy) and a minimal
//! `BaseException` instance layout: the type and the `args` tuple.
//! Tracebacks, `__cause__`/`__context__` and the exception methods come with
//! the exception slice.

use crate::error::PyResult;
use crate::object::payload::dealloc_box;
use crate::object::{tpflags, Cell, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::types::{str as pystr, tuple};

#[repr(C)]
pub struct ExceptionObject {
    header: ObjHeader,
    pub args: Cell<Value>,
    /// `__traceback__`, `__context__`, `__cause__` (None when unset) and
    /// the instance `__dict__` (None until the first attribute is set).
    pub traceback: Cell<Value>,
    pub context: Cell<Value>,
    pub cause: Cell<Value>,
    pub suppress_context: Cell<bool>,
    pub dict: Cell<Value>,
    /// State of the exception kinds that have some: for exception groups,
    /// the tuple `(message, exceptions, given as a list)`. None otherwise.
    pub extra: Cell<Value>,
}

// SAFETY: `#[repr(C)]`, header first; every exception type uses this layout.
unsafe impl PyPayload for ExceptionObject {
    fn type_object() -> &'static TypeObject {
        &BASE_EXCEPTION
    }
}

/// A new instance of the exception type `ty` with the given args.
pub fn new_exception(ty: &'static TypeObject, args: Vec<Value>) -> Value {
    new_exception_of(ty, args)
}

/// A new instance of any exception type (heap subclasses included); the
/// caller keeps `ty` alive.
pub fn new_exception_of(ty: &TypeObject, args: Vec<Value>) -> Value {
    debug_assert!(ty.is_subtype_of(&BASE_EXCEPTION));
    Value::from_box(Box::new(ExceptionObject {
        header: ObjHeader::new(ty),
        args: Cell::new(tuple::new(args)),
        traceback: Cell::new(crate::types::singletons::none()),
        context: Cell::new(crate::types::singletons::none()),
        cause: Cell::new(crate::types::singletons::none()),
        suppress_context: Cell::new(false),
        dict: Cell::new(crate::types::singletons::none()),
        extra: Cell::new(crate::types::singletons::none()),
    }))
}

/// The `args` tuple of an exception instance (an empty tuple for anything
/// else).
pub fn args(exc: &Value) -> Value {
    match exc.downcast::<ExceptionObject>() {
        Some(e) => e.args.get(&e.header),
        None => tuple::empty(),
    }
}

fn exc_str(v: &Value) -> PyResult<Value> {
    let args = args(v);
    let items = tuple::items(&args);
    match items.len() {
        0 => Ok(pystr::new("")),
        1 => crate::ops::str(&items[0]),
        _ => crate::ops::repr(&args),
    }
}

fn key_error_str(v: &Value) -> PyResult<Value> {
    let args = args(v);
    let items = tuple::items(&args);
    if items.len() == 1 {
        crate::ops::repr(&items[0])
    } else {
        exc_str(v)
    }
}

fn exc_repr(v: &Value) -> PyResult<Value> {
    let args = args(v);
    let items = tuple::items(&args);
    let name = &v.type_of().name;
    if items.len() == 1 {
        let inner = crate::ops::repr(&items[0])?;
        Ok(pystr::new(&format!(
            "{name}({})",
            pystr::to_string_lossy(&inner)
        )))
    } else {
        let inner = crate::ops::repr(&args)?;
        Ok(pystr::new(&format!(
            "{name}{}",
            pystr::to_string_lossy(&inner)
        )))
    }
}

fn exc_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(e) = v.downcast::<ExceptionObject>() {
        visit(&e.args.get(&e.header));
        visit(&e.traceback.get(&e.header));
        visit(&e.context.get(&e.header));
        visit(&e.cause.get(&e.header));
        visit(&e.dict.get(&e.header));
        visit(&e.extra.get(&e.header));
    }
}

fn exc_clear(v: &Value) {
    if let Some(e) = v.downcast::<ExceptionObject>() {
        drop(e.args.replace(&e.header, tuple::empty()));
        let none = crate::types::singletons::none;
        drop(e.traceback.replace(&e.header, none()));
        drop(e.context.replace(&e.header, none()));
        drop(e.cause.replace(&e.header, none()));
        drop(e.dict.replace(&e.header, none()));
        drop(e.extra.replace(&e.header, none()));
    }
}

/// The attribute hooks of exception instances; the interpreter installs
/// them (it knows `__dict__`, descriptors and the `__traceback__` checks).
pub static EXC_GETATTR: std::sync::OnceLock<crate::object::typeobj::GetAttrFn> =
    std::sync::OnceLock::new();
pub static EXC_SETATTR: std::sync::OnceLock<crate::object::typeobj::SetAttrFn> =
    std::sync::OnceLock::new();

fn exc_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    match EXC_GETATTR.get() {
        Some(f) => f(v, name),
        None => crate::types::object::generic_getattr(v, name),
    }
}

fn exc_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    match EXC_SETATTR.get() {
        Some(f) => f(v, name, value),
        None => Err(crate::error::PyErr::new(
            &crate::types::exceptions::ATTRIBUTE_ERROR,
            "exception attributes are read-only",
        )),
    }
}

const EXC_SLOTS: Slots = Slots {
    traverse: Some(exc_traverse),
    clear: Some(exc_clear),
    hash: Some(crate::types::object::identity_hash),
    repr: Some(exc_repr),
    str: Some(exc_str),
    richcompare: Some(crate::types::object::identity_richcompare),
    getattr: Some(exc_getattr),
    setattr: Some(exc_setattr),
    ..Slots::new(dealloc_box::<ExceptionObject>)
};

const EXC_FLAGS: u64 = tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::BASE_EXC_SUBCLASS;

const KEY_ERROR_SLOTS: Slots = Slots {
    str: Some(key_error_str),
    ..EXC_SLOTS
};

/// Exception groups: `str` is "msg (n sub-exceptions)", `repr` shows the
/// message and the exceptions (the interpreter installs both).
pub static GROUP_STR: std::sync::OnceLock<crate::object::typeobj::UnaryFn> =
    std::sync::OnceLock::new();
pub static GROUP_REPR: std::sync::OnceLock<crate::object::typeobj::UnaryFn> =
    std::sync::OnceLock::new();

fn group_str(v: &Value) -> PyResult<Value> {
    match GROUP_STR.get() {
        Some(f) => f(v),
        None => exc_str(v),
    }
}
fn group_repr(v: &Value) -> PyResult<Value> {
    match GROUP_REPR.get() {
        Some(f) => f(v),
        None => exc_repr(v),
    }
}

const GROUP_SLOTS: Slots = Slots {
    str: Some(group_str),
    repr: Some(group_repr),
    ..EXC_SLOTS
};

/// `ExceptionGroup` derives from `BaseExceptionGroup` and `Exception`:
/// the layout chain names the first, the MRO (set by the interpreter at
/// start-up, before any subclass check) holds both.
pub static EXCEPTION_GROUP: TypeObject = TypeObject::new_static(
    "ExceptionGroup",
    Some(&BASE_EXCEPTION_GROUP),
    EXC_FLAGS | tpflags::MULTI_BASE,
    GROUP_SLOTS,
);

const OS_ERROR_SLOTS: Slots = Slots {
    str: Some(os_error_str),
    ..EXC_SLOTS
};

/// The subclass `OSError(errno, ...)` creates for a (Linux) errno value.
fn os_error_subclass(errno: i64) -> Option<&'static TypeObject> {
    Some(match errno {
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        17 => &FILE_EXISTS_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        4 => &INTERRUPTED_ERROR,
        1 | 13 => &PERMISSION_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        110 => &TIMEOUT_ERROR,
        _ => return None,
    })
}

const OS_ERROR_FIELDS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: an
/// errno picks the subclass (when called as `OSError` itself), the
/// attributes are set, and `args` keeps only (errno, strerror).
pub fn new_os_error(ty: &TypeObject, args: &[Value]) -> PyResult<Value> {
    let none = crate::types::singletons::none;
    let mut fields = [none(), none(), none(), none()];
    let mut ty = ty;
    let mut kept = args.to_vec();
    let mut written = None;
    if (2..=5).contains(&args.len()) {
        if std::ptr::eq(ty, &OS_ERROR) {
            if let Some(sub) = args[0].as_small_int().and_then(os_error_subclass) {
                ty = sub;
            }
        }
        fields[0] = args[0].clone();
        fields[1] = args[1].clone();
        if args.len() >= 3 {
            // BlockingIOError's third argument is the count written.
            if ty.is_subtype_of(&BLOCKING_IO_ERROR) && args[2].as_small_int().is_some() {
                written = Some(args[2].clone());
            } else {
                fields[2] = args[2].clone();
            }
            kept.truncate(2);
        }
        if args.len() == 5 {
            fields[3] = args[4].clone();
        }
    }
    let inst = new_exception_of(ty, kept);
    let e = inst.downcast::<ExceptionObject>().expect("exception");
    let d = crate::types::dict::new();
    for (name, v) in OS_ERROR_FIELDS.iter().zip(fields) {
        crate::types::dict::set_item(&d, pystr::intern(name), v)?;
    }
    if let Some(n) = written {
        crate::types::dict::set_item(&d, pystr::intern("characters_written"), n)?;
    }
    drop(e.dict.replace(&e.header, d));
    Ok(inst)
}

fn os_error_str(v: &Value) -> PyResult<Value> {
    let Some(e) = v.downcast::<ExceptionObject>() else {
        return exc_str(v);
    };
    let d = e.dict.get(&e.header);
    if crate::types::singletons::is_none(&d) {
        return exc_str(v);
    }
    let field = |name: &str| -> PyResult<Option<Value>> {
        Ok(crate::types::dict::get_item(&d, &pystr::intern(name))?
            .filter(|x| !crate::types::singletons::is_none(x)))
    };
    let text = |x: &Value| -> PyResult<String> { Ok(pystr::to_string_lossy(&crate::ops::str(x)?)) };
    let repr =
        |x: &Value| -> PyResult<String> { Ok(pystr::to_string_lossy(&crate::ops::repr(x)?)) };
    let (errno, strerror) = (field("errno")?, field("strerror")?);
    let s = match (field("filename")?, field("filename2")?) {
        (Some(f), Some(f2)) => format!(
            "[Errno {}] {}: {} -> {}",
            errno.map_or(Ok("None".into()), |x| text(&x))?,
            strerror.map_or(Ok("None".into()), |x| text(&x))?,
            repr(&f)?,
            repr(&f2)?
        ),
        (Some(f), None) => format!(
            "[Errno {}] {}: {}",
            errno.map_or(Ok("None".into()), |x| text(&x))?,
            strerror.map_or(Ok("None".into()), |x| text(&x))?,
            repr(&f)?
        ),
        _ => match (errno, strerror) {
            (Some(n), Some(m)) => format!("[Errno {}] {}", text(&n)?, text(&m)?),
            _ => return exc_str(v),
        },
    };
    Ok(pystr::new(&s))
}

const UNICODE_ERROR_SLOTS: Slots = Slots {
    str: Some(unicode_error_str),
    ..EXC_SLOTS
};

/// `UnicodeEncodeError(encoding, object, start, end, reason)`,
/// `UnicodeDecodeError(...)` (object bytes) and
/// `UnicodeTranslateError(object, start, end, reason)`: the arguments are
/// checked and kept as the attributes.
pub fn new_unicode_error(ty: &TypeObject, args: &[Value]) -> PyResult<Value> {
    let translate = ty.is_subtype_of(&UNICODE_TRANSLATE_ERROR);
    let decode = ty.is_subtype_of(&UNICODE_DECODE_ERROR);
    if !translate && !decode && !ty.is_subtype_of(&UNICODE_ENCODE_ERROR) {
        return Ok(new_exception_of(ty, args.to_vec()));
    }
    let want = if translate { 4 } else { 5 };
    if args.len() != want {
        return Err(crate::error::PyErr::new(
            &TYPE_ERROR,
            format!(
                "function takes exactly {want} arguments ({} given)",
                args.len()
            ),
        ));
    }
    let must = |i: usize, ok: bool, what: &str| -> PyResult<()> {
        if ok {
            return Ok(());
        }
        Err(crate::error::PyErr::new(
            &TYPE_ERROR,
            format!(
                "argument {} must be {what}, not {}",
                i + 1,
                args[i].type_of().name
            ),
        ))
    };
    let is_str = |v: &Value| v.downcast::<pystr::StrObject>().is_some();
    let is_int = |v: &Value| v.as_small_int().is_some();
    let off = usize::from(!translate);
    if !translate {
        must(0, is_str(&args[0]), "str")?;
    }
    if decode {
        must(
            1,
            crate::types::bytes::as_bytes(&args[1]).is_some(),
            "a bytes-like object",
        )?;
    } else {
        must(off, is_str(&args[off]), "str")?;
    }
    must(off + 1, is_int(&args[off + 1]), "int")?;
    must(off + 2, is_int(&args[off + 2]), "int")?;
    must(off + 3, is_str(&args[off + 3]), "str")?;
    let inst = new_exception_of(ty, args.to_vec());
    let e = inst.downcast::<ExceptionObject>().expect("exception");
    let d = crate::types::dict::new();
    let encoding = if translate {
        crate::types::singletons::none()
    } else {
        args[0].clone()
    };
    let names = ["encoding", "object", "start", "end", "reason"];
    let values = [
        encoding,
        args[off].clone(),
        args[off + 1].clone(),
        args[off + 2].clone(),
        args[off + 3].clone(),
    ];
    for (n, v) in names.iter().zip(values) {
        crate::types::dict::set_item(&d, pystr::intern(n), v)?;
    }
    drop(e.dict.replace(&e.header, d));
    Ok(inst)
}

fn unicode_error_str(v: &Value) -> PyResult<Value> {
    let Some(e) = v.downcast::<ExceptionObject>() else {
        return exc_str(v);
    };
    let d = e.dict.get(&e.header);
    let get = |n: &str| -> Option<Value> {
        if crate::types::singletons::is_none(&d) {
            return None;
        }
        crate::types::dict::get_item(&d, &pystr::intern(n))
            .ok()
            .flatten()
    };
    let (Some(object), Some(start), Some(end), Some(reason)) =
        (get("object"), get("start"), get("end"), get("reason"))
    else {
        return exc_str(v);
    };
    let text = |x: &Value| -> PyResult<String> { Ok(pystr::to_string_lossy(&crate::ops::str(x)?)) };
    let encoding = get("encoding").map_or(Ok(String::new()), |x| text(&x))?;
    let reason = text(&reason)?;
    let (start, end) = (
        start.as_small_int().unwrap_or(0),
        end.as_small_int().unwrap_or(0),
    );
    let ty = v.type_of();
    let single = end == start + 1;
    let s = if ty.is_subtype_of(&UNICODE_DECODE_ERROR) {
        let bytes = crate::types::bytes::as_bytes(&object).unwrap_or(&[]);
        match usize::try_from(start).ok().and_then(|i| bytes.get(i)) {
            Some(b) if single => format!(
                "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ),
            _ => format!(
                "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }
    } else {
        // Code points, not chars: the offending character is often a lone
        // surrogate.
        let ch = object
            .downcast::<pystr::StrObject>()
            .and_then(|s| s.code_points().nth(usize::try_from(start).ok()?));
        let verb = if ty.is_subtype_of(&UNICODE_TRANSLATE_ERROR) {
            "can't translate".to_string()
        } else {
            format!("'{encoding}' codec can't encode")
        };
        match ch {
            Some(c) if single => {
                let esc = if c <= 0xff {
                    format!("\\x{c:02x}")
                } else if c <= 0xffff {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                format!("{verb} character '{esc}' in position {start}: {reason}")
            }
            _ => format!(
                "{verb} characters in position {start}-{}: {reason}",
                end - 1
            ),
        }
    };
    Ok(pystr::new(&s))
}

/// The attributes `SyntaxError` and `ImportError` instances have (None
/// until set), kept in a dict of their own (`extra`), not in `__dict__`.
const SYNTAX_ERROR_FIELDS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];
const IMPORT_ERROR_FIELDS: [&str; 4] = ["msg", "name", "path", "name_from"];

/// Whether `name` is one of those fields for instances of `ty`.
pub fn is_field(ty: &TypeObject, name: &str) -> bool {
    (ty.is_subtype_of(&SYNTAX_ERROR) && SYNTAX_ERROR_FIELDS.contains(&name))
        || (ty.is_subtype_of(&IMPORT_ERROR) && IMPORT_ERROR_FIELDS.contains(&name))
}

/// A field of an exception, if set.
pub fn field(v: &Value, name: &str) -> Option<Value> {
    let e = v.downcast::<ExceptionObject>()?;
    let d = e.extra.get(&e.header);
    d.downcast::<crate::types::dict::DictObject>()?;
    crate::types::dict::get_item(&d, &pystr::intern(name))
        .ok()
        .flatten()
}

/// Sets (or, with None, clears) a field of an exception.
pub fn set_field(v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let Some(e) = v.downcast::<ExceptionObject>() else {
        return Ok(());
    };
    let mut d = e.extra.get(&e.header);
    if d.downcast::<crate::types::dict::DictObject>().is_none() {
        d = crate::types::dict::new();
        drop(e.extra.replace(&e.header, d.clone()));
    }
    let key = pystr::intern(name);
    match value {
        Some(x) => crate::types::dict::set_item(&d, key, x),
        None if crate::types::dict::get_item(&d, &key)?.is_some() => {
            crate::types::dict::del_item(&d, &key)
        }
        None => Ok(()),
    }
}

const SYNTAX_ERROR_SLOTS: Slots = Slots {
    str: Some(syntax_error_str),
    ..EXC_SLOTS
};

/// `msg (file.py, line N)`: the file's base name and the line, those of
/// them that are set.
fn syntax_error_str(v: &Value) -> PyResult<Value> {
    let msg = field(v, "msg").unwrap_or_else(crate::types::singletons::none);
    let filename = field(v, "filename").filter(|f| pystr::as_str(f).is_some());
    let lineno = field(v, "lineno").filter(|n| n.is_exact(&crate::types::int::INT_TYPE));
    let text = pystr::to_string_lossy(&crate::ops::str(&msg)?);
    let base = filename.map(|f| {
        let f = pystr::to_string_lossy(&f);
        f.rsplit('/').next().unwrap_or_default().to_string()
    });
    let line = lineno
        .map(|n| crate::ops::str(&n).map(|s| pystr::to_string_lossy(&s)))
        .transpose()?;
    Ok(pystr::new(&match (base, line) {
        (Some(f), Some(n)) => format!("{text} ({f}, line {n})"),
        (Some(f), None) => format!("{text} ({f})"),
        (None, Some(n)) => format!("{text} (line {n})"),
        (None, None) => text,
    }))
}

const IMPORT_ERROR_SLOTS: Slots = Slots {
    str: Some(import_error_str),
    ..EXC_SLOTS
};

/// `msg` when it is a str, else the `BaseException` form.
fn import_error_str(v: &Value) -> PyResult<Value> {
    match field(v, "msg") {
        Some(m) if pystr::as_str(&m).is_some() => Ok(m),
        _ => exc_str(v),
    }
}

macro_rules! slots_or_default {
    () => {
        EXC_SLOTS
    };
    ($slots:expr) => {
        $slots
    };
}

macro_rules! exception_types {
    ($($id:ident = $name:literal : $base:expr $(=> $slots:expr)?;)*) => {
        $(
            pub static $id: TypeObject =
                TypeObject::new_static($name, $base, EXC_FLAGS, slots_or_default!($($slots)?));
        )*
        /// Every built-in exception type, base classes first.
        pub static ALL: &[&TypeObject] = &[$(&$id,)* &EXCEPTION_GROUP];
    };
}

exception_types! {
    BASE_EXCEPTION = "BaseException": Some(&crate::types::object::OBJECT_TYPE);
    GENERATOR_EXIT = "GeneratorExit": Some(&BASE_EXCEPTION);
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": Some(&BASE_EXCEPTION) => GROUP_SLOTS;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": Some(&BASE_EXCEPTION);
    SYSTEM_EXIT = "SystemExit": Some(&BASE_EXCEPTION);
    EXCEPTION = "Exception": Some(&BASE_EXCEPTION);
    ARITHMETIC_ERROR = "ArithmeticError": Some(&EXCEPTION);
    FLOATING_POINT_ERROR = "FloatingPointError": Some(&ARITHMETIC_ERROR);
    OVERFLOW_ERROR = "OverflowError": Some(&ARITHMETIC_ERROR);
    ZERO_DIVISION_ERROR = "ZeroDivisionError": Some(&ARITHMETIC_ERROR);
    ASSERTION_ERROR = "AssertionError": Some(&EXCEPTION);
    ATTRIBUTE_ERROR = "AttributeError": Some(&EXCEPTION);
    BUFFER_ERROR = "BufferError": Some(&EXCEPTION);
    EOF_ERROR = "EOFError": Some(&EXCEPTION);
    IMPORT_ERROR = "ImportError": Some(&EXCEPTION) => IMPORT_ERROR_SLOTS;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": Some(&IMPORT_ERROR) => IMPORT_ERROR_SLOTS;
    LOOKUP_ERROR = "LookupError": Some(&EXCEPTION);
    INDEX_ERROR = "IndexError": Some(&LOOKUP_ERROR);
    KEY_ERROR = "KeyError": Some(&LOOKUP_ERROR) => KEY_ERROR_SLOTS;
    MEMORY_ERROR = "MemoryError": Some(&EXCEPTION);
    NAME_ERROR = "NameError": Some(&EXCEPTION);
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": Some(&NAME_ERROR);
    OS_ERROR = "OSError": Some(&EXCEPTION) => OS_ERROR_SLOTS;
    BLOCKING_IO_ERROR = "BlockingIOError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    CHILD_PROCESS_ERROR = "ChildProcessError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    CONNECTION_ERROR = "ConnectionError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    BROKEN_PIPE_ERROR = "BrokenPipeError": Some(&CONNECTION_ERROR) => OS_ERROR_SLOTS;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": Some(&CONNECTION_ERROR) => OS_ERROR_SLOTS;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": Some(&CONNECTION_ERROR) => OS_ERROR_SLOTS;
    CONNECTION_RESET_ERROR = "ConnectionResetError": Some(&CONNECTION_ERROR) => OS_ERROR_SLOTS;
    FILE_EXISTS_ERROR = "FileExistsError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    INTERRUPTED_ERROR = "InterruptedError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    PERMISSION_ERROR = "PermissionError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    TIMEOUT_ERROR = "TimeoutError": Some(&OS_ERROR) => OS_ERROR_SLOTS;
    REFERENCE_ERROR = "ReferenceError": Some(&EXCEPTION);
    RUNTIME_ERROR = "RuntimeError": Some(&EXCEPTION);
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": Some(&RUNTIME_ERROR);
    PYTHON_FINALIZATION_ERROR = "PythonFinalizationError": Some(&RUNTIME_ERROR);
    RECURSION_ERROR = "RecursionError": Some(&RUNTIME_ERROR);
    STOP_ASYNC_ITERATION = "StopAsyncIteration": Some(&EXCEPTION);
    STOP_ITERATION = "StopIteration": Some(&EXCEPTION);
    SYNTAX_ERROR = "SyntaxError": Some(&EXCEPTION) => SYNTAX_ERROR_SLOTS;
    INDENTATION_ERROR = "IndentationError": Some(&SYNTAX_ERROR) => SYNTAX_ERROR_SLOTS;
    TAB_ERROR = "TabError": Some(&INDENTATION_ERROR) => SYNTAX_ERROR_SLOTS;
    SYSTEM_ERROR = "SystemError": Some(&EXCEPTION);
    TYPE_ERROR = "TypeError": Some(&EXCEPTION);
    VALUE_ERROR = "ValueError": Some(&EXCEPTION);
    UNICODE_ERROR = "UnicodeError": Some(&VALUE_ERROR);
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": Some(&UNICODE_ERROR) => UNICODE_ERROR_SLOTS;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": Some(&UNICODE_ERROR) => UNICODE_ERROR_SLOTS;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": Some(&UNICODE_ERROR) => UNICODE_ERROR_SLOTS;
    WARNING = "Warning": Some(&EXCEPTION);
    BYTES_WARNING = "BytesWarning": Some(&WARNING);
    DEPRECATION_WARNING = "DeprecationWarning": Some(&WARNING);
    ENCODING_WARNING = "EncodingWarning": Some(&WARNING);
    FUTURE_WARNING = "FutureWarning": Some(&WARNING);
    IMPORT_WARNING = "ImportWarning": Some(&WARNING);
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": Some(&WARNING);
    RESOURCE_WARNING = "ResourceWarning": Some(&WARNING);
    RUNTIME_WARNING = "RuntimeWarning": Some(&WARNING);
    SYNTAX_WARNING = "SyntaxWarning": Some(&WARNING);
    UNICODE_WARNING = "UnicodeWarning": Some(&WARNING);
    INCOMPLETE_INPUT_ERROR = "_IncompleteInputError": Some(&SYNTAX_ERROR) => SYNTAX_ERROR_SLOTS;
    USER_WARNING = "UserWarning": Some(&WARNING);
}
