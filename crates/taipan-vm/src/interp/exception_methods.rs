//! Methods of `BaseException` that heap subclasses reach through their
//! type's MRO: `__str__`, `__repr__` (the built-in slots) and
//! `__reduce__`; the `__init__` of the exceptions with fields
//! (`SyntaxError`, `ImportError`).

use crate::error::{PyErr, PyResult};
use crate::object::{TypeObject, Value};
use crate::types::exceptions::{
    ExceptionObject, BASE_EXCEPTION, IMPORT_ERROR, OS_ERROR, SYNTAX_ERROR,
};
use crate::types::{dict, singletons, str as pystr, tuple};

/// The slot of the nearest built-in base, so `KeyError`'s `str` stays
/// its own in subclasses.
fn builtin_slot(
    v: &Value,
    pick: fn(&crate::object::Slots) -> Option<crate::object::typeobj::ReprFn>,
) -> Option<crate::object::typeobj::ReprFn> {
    let mut t = Some(v.type_of());
    while let Some(ty) = t {
        if !ty.has_flag(crate::object::tpflags::HEAPTYPE) {
            return pick(&ty.slots);
        }
        t = ty.base();
    }
    None
}

fn m_str(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    match builtin_slot(&a[0], |s| s.str) {
        Some(f) => f(&a[0]),
        None => Ok(pystr::new("")),
    }
}

fn m_repr(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    match builtin_slot(&a[0], |s| s.repr) {
        Some(f) => f(&a[0]),
        None => Ok(pystr::new("")),
    }
}

fn m_reduce(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let v = &a[0];
    let args = crate::types::exceptions::args(v);
    let mut items = vec![v.type_of().as_value(), args];
    if let Some(e) = v.downcast::<ExceptionObject>() {
        let d = e.dict.get(crate::object::PyPayload::header(e));
        if d.downcast::<dict::DictObject>()
            .is_some_and(|x| !x.is_empty())
        {
            items.push(d);
        }
    }
    Ok(tuple::new(items))
}

/// The cause of `raise ... from cause`: None, an exception instance, or
/// an exception class to instantiate.
pub fn make_cause(cause: &Value) -> PyResult<Value> {
    if crate::types::singletons::is_none(cause) {
        return Ok(cause.clone());
    }
    let base = &BASE_EXCEPTION;
    if cause
        .downcast::<crate::object::TypeObject>()
        .is_some_and(|t| t.is_subtype_of(base))
    {
        let inst = super::call_object(cause, &[], &[])?;
        if !inst.type_of().is_subtype_of(base) {
            return Err(super::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                pystr::to_string_lossy(&crate::ops::repr(cause)?),
                inst.type_of().name
            )));
        }
        return Ok(inst);
    }
    if cause.type_of().is_subtype_of(base) {
        return Ok(cause.clone());
    }
    Err(super::type_error(
        "exception causes must derive from BaseException",
    ))
}

/// Checks a value assigned to `__cause__` or `__context__` (`what`).
pub fn check_link(what: &str, v: &Value) -> PyResult<()> {
    if crate::types::singletons::is_none(v) || v.type_of().is_subtype_of(&BASE_EXCEPTION) {
        return Ok(());
    }
    Err(super::type_error(format!(
        "exception {what} must be None or derive from BaseException"
    )))
}

/// Constructs a built-in exception: the instance, then the `__init__` of
/// its type.
pub fn construct(ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = args.len() - kwnames.len();
    let inst = crate::types::exceptions::new_exception_of(ty, args[..n].to_vec());
    init(&inst, args, kwnames)?;
    Ok(inst)
}

/// `BaseException.__new__(cls, *args)`: a subclass of OSError that keeps
/// the inherited `__init__` gets its errno fields (and subclass) from the
/// arguments, as `OSError(...)` does.
pub fn new_instance(ty: &TypeObject, args: &[Value]) -> PyResult<Value> {
    if ty.is_subtype_of(&OS_ERROR) && keeps_os_error_init(ty)? {
        return crate::types::exceptions::new_os_error(ty, args);
    }
    Ok(crate::types::exceptions::new_exception_of(
        ty,
        args.to_vec(),
    ))
}

/// Whether `ty`'s `__init__` is OSError's own.
fn keeps_os_error_init(ty: &TypeObject) -> PyResult<bool> {
    let init = pystr::intern("__init__");
    let base = dict::get_item(OS_ERROR.dict(), &init)?;
    let own = crate::types::object::lookup_in_type(ty, &init)?;
    Ok(matches!((base, own), (Some(b), Some(f)) if b.is(&f)))
}

/// `OSError.__init__`: `__new__` parsed the arguments already, unless a
/// subclass defines its own `__init__` (which then calls this one).
fn m_os_error_init(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !keeps_os_error_init(a[0].type_of())? {
        base_init(&a[0], &a[1..], k)?;
    }
    Ok(singletons::none())
}

/// `ImportError.__reduce__`: the fields that are set travel as the state.
fn m_import_error_reduce(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let v = &a[0];
    let state = dict::new();
    if let Some(d) = super::attrs::instance_dict(v) {
        for (key, x) in super::attrs::dict_items(&d) {
            dict::set_item(&state, key, x)?;
        }
    }
    for name in ["name", "path", "name_from"] {
        if let Some(x) =
            crate::types::exceptions::field(v, name).filter(|x| !singletons::is_none(x))
        {
            dict::set_item(&state, pystr::intern(name), x)?;
        }
    }
    let mut items = vec![v.type_of().as_value(), crate::types::exceptions::args(v)];
    if state
        .downcast::<dict::DictObject>()
        .is_some_and(|d| !d.is_empty())
    {
        items.push(state);
    }
    Ok(tuple::new(items))
}

/// The `__init__` of the built-in base of `inst`'s type.
pub fn init(inst: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let ty = inst.type_of();
    if ty.is_subtype_of(&IMPORT_ERROR) {
        import_error_init(inst, args, kwnames)
    } else if ty.is_subtype_of(&SYNTAX_ERROR) {
        syntax_error_init(inst, args, kwnames)
    } else {
        base_init(inst, args, kwnames)
    }
}

/// `BaseException.__init__(self, *args)`: keeps the arguments as `args`.
pub fn base_init(inst: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(super::type_error(format!(
            "{}() takes no keyword arguments",
            inst.type_of().name
        )));
    }
    if let Some(e) = inst.downcast::<ExceptionObject>() {
        drop(e.args.replace(
            crate::object::PyPayload::header(e),
            tuple::new(args.to_vec()),
        ));
    }
    Ok(())
}

fn set_field(inst: &Value, name: &str, v: Value) -> PyResult<()> {
    crate::types::exceptions::set_field(inst, name, Some(v))
}

/// `ImportError.__init__(self, *args, name=None, path=None,
/// name_from=None)`: `msg` is the only argument, if there is one.
fn import_error_init(inst: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    const KEYWORDS: [&str; 3] = ["name", "path", "name_from"];
    let n = args.len() - kwnames.len();
    let mut fields = KEYWORDS.map(|_| singletons::none());
    for (k, v) in kwnames.iter().zip(&args[n..]) {
        let key = pystr::to_string_lossy(k);
        let Some(i) = KEYWORDS.iter().position(|w| *w == key) else {
            return Err(super::type_error(format!(
                "ImportError() got an unexpected keyword argument '{key}'"
            )));
        };
        fields[i] = v.clone();
    }
    base_init(inst, &args[..n], &[])?;
    let msg = match &args[..n] {
        [m] => m.clone(),
        _ => singletons::none(),
    };
    set_field(inst, "msg", msg)?;
    for (name, v) in KEYWORDS.iter().zip(fields) {
        set_field(inst, name, v)?;
    }
    Ok(())
}

/// `SyntaxError.__init__(self, msg, (filename, lineno, offset, text[,
/// end_lineno, end_offset]))`: fields not given keep their values.
fn syntax_error_init(inst: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    base_init(inst, args, kwnames)?;
    if let Some(msg) = args.first() {
        set_field(inst, "msg", msg.clone())?;
    }
    let [_, info] = args else {
        return Ok(());
    };
    let info = super::attrs::collect(info)?;
    match info.len() {
        n @ 0..=3 => {
            return Err(super::type_error(format!(
                "function takes at least 4 arguments ({n} given)"
            )))
        }
        5 => {
            return Err(super::type_error(
                "end_offset must be provided when end_lineno is provided",
            ))
        }
        n @ 8.. => {
            return Err(super::type_error(format!(
                "function takes at most 7 arguments ({n} given)"
            )))
        }
        _ => {}
    }
    const FIELDS: [&str; 6] = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    for (name, v) in FIELDS.iter().zip(info) {
        set_field(inst, name, v)?;
    }
    Ok(())
}

/// A SyntaxError (or subclass) raised by the runtime, made as
/// `ty(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
pub fn new_syntax_error(ty: &'static TypeObject, msg: Value, info: [Value; 6]) -> PyErr {
    let args = [msg, tuple::new(info.to_vec())];
    construct(ty, &args, &[])
        .and_then(|inst| {
            PyErr::from_instance(inst).ok_or_else(|| super::type_error("not an exception"))
        })
        .unwrap_or_else(|e| e)
}

/// An ImportError (or subclass) raised by the runtime: `ty(msg)` with the
/// given fields (`name`, `path`, `name_from`).
pub fn new_import_error(ty: &'static TypeObject, msg: &str, fields: &[(&str, Value)]) -> PyErr {
    let err = PyErr::new(ty, msg);
    let msg = tuple::items(&err.args())[0].clone();
    let set =
        |name: &str, v: Value| crate::types::exceptions::set_field(err.instance(), name, Some(v));
    let r = set("msg", msg).and_then(|()| fields.iter().try_for_each(|(n, v)| set(n, v.clone())));
    match r {
        Ok(()) => err,
        Err(e) => e,
    }
}

fn m_import_error_init(a: &[Value], k: &[Value]) -> PyResult<Value> {
    import_error_init(&a[0], &a[1..], k)?;
    Ok(singletons::none())
}

fn m_syntax_error_init(a: &[Value], k: &[Value]) -> PyResult<Value> {
    syntax_error_init(&a[0], &a[1..], k)?;
    Ok(singletons::none())
}

pub fn install() {
    // The built-in hierarchy, for `__subclasses__()` (bases come first).
    for ty in crate::types::exceptions::ALL {
        for base in tuple::items(ty.bases()) {
            if let Some(b) = base.downcast::<TypeObject>() {
                b.add_subclass(ty.as_value());
            }
        }
    }
    for (ty, name, f) in [
        (
            &IMPORT_ERROR,
            "__init__",
            m_import_error_init as super::objects::NativeFn,
        ),
        (&IMPORT_ERROR, "__reduce__", m_import_error_reduce),
        (&SYNTAX_ERROR, "__init__", m_syntax_error_init),
        (&OS_ERROR, "__init__", m_os_error_init),
    ] {
        let _ = dict::set_item(
            ty.dict(),
            pystr::intern(name),
            super::objects::native_method(ty, name, f),
        );
    }
    let d = BASE_EXCEPTION.dict();
    for (name, f) in [
        ("__str__", m_str as super::objects::NativeFn),
        ("__repr__", m_repr),
        ("__reduce__", m_reduce),
    ] {
        let _ = dict::set_item(
            d,
            pystr::intern(name),
            super::objects::native_method(&BASE_EXCEPTION, name, f),
        );
    }
}
