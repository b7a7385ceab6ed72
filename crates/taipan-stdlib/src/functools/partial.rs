//! `functools.partial` (with 3.14's `Placeholder`): a callable holding a
//! function and some of its arguments. Positional `Placeholder`s are
//! filled by the first arguments of a call; a partial of a partial is
//! flattened. Instances have a `__dict__`, bind as methods when found on
//! a class (3.14), and the type can be subclassed.

use taipan_vm::interp::classes;
use taipan_vm::interp::objects::{
    base_slots, native_any_arity, native_method_any_arity, new_method, NativeFn,
};
use taipan_vm::interp::{attrs, call_object, call_slot, slot_wrappers, type_error};
use taipan_vm::object::extend::{self, ext_offset, Extended, InstanceExt};
use taipan_vm::object::payload::dealloc_box;
use taipan_vm::object::{tpflags, ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{dict, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyResult, Value};

use crate::args::{keywords, method_args, positional};

#[repr(C)]
pub struct PartialObject {
    header: ObjHeader,
    func: Value,
    /// A tuple, possibly with `Placeholder`s (never trailing).
    args: Value,
    /// A dict of the keyword arguments.
    keywords: Value,
    /// How many `Placeholder`s `args` holds.
    placeholders: usize,
}

// SAFETY: `#[repr(C)]`, header first; partial and its subclasses use this
// layout (followed by the `InstanceExt`).
unsafe impl PyPayload for PartialObject {
    fn type_object() -> &'static TypeObject {
        &PARTIAL_TYPE
    }
}

fn partial(v: &Value) -> &PartialObject {
    v.downcast::<PartialObject>().expect("partial")
}

// ---------------------------------------------------------------- Placeholder

#[repr(C)]
pub struct PlaceholderObject {
    header: ObjHeader,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for PlaceholderObject {
    fn type_object() -> &'static TypeObject {
        &PLACEHOLDER_TYPE
    }
}

fn placeholder_repr(_v: &Value) -> PyResult<Value> {
    Ok(pystr::intern("Placeholder"))
}

pub static PLACEHOLDER_TYPE: TypeObject = TypeObject::new_static_in(
    "functools",
    "_PlaceholderType",
    Some(&OBJECT_TYPE),
    0,
    Slots {
        repr: Some(placeholder_repr),
        getattr: Some(attrs::generic_getattr),
        ..base_slots(dealloc_box::<PlaceholderObject>)
    },
);

/// The one `Placeholder` (immortal, never freed).
static PLACEHOLDER: PlaceholderObject = PlaceholderObject {
    header: ObjHeader::new_static(&PLACEHOLDER_TYPE),
};

pub(super) fn placeholder() -> Value {
    Value::from_static(&PLACEHOLDER)
}

fn is_placeholder(v: &Value) -> bool {
    v.is(&placeholder())
}

/// `_PlaceholderType()`: the singleton.
fn placeholder_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() > 1 || !kwnames.is_empty() {
        return Err(type_error("PlaceholderType takes no arguments"));
    }
    Ok(placeholder())
}

fn placeholder_reduce(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("__reduce__", args, kw, 0, 0)?;
    Ok(pystr::intern("Placeholder"))
}

// ---------------------------------------------------------------- partial

/// `partial(func, /, *args, **keywords)` of class `cls`.
fn m_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let cls = pos
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .filter(|c| c.is_subtype_of(&PARTIAL_TYPE))
        .ok_or_else(|| type_error("partial.__new__(X): X is not a subtype of partial"))?;
    let Some(func) = pos.get(1) else {
        return Err(type_error(format!(
            "type '{}' takes at least one argument",
            cls.name
        )));
    };
    if func.type_of().slots.call.is_none() && func.downcast::<TypeObject>().is_none() {
        return Err(type_error("the first argument must be callable"));
    }
    let new_args = &pos[2..];
    if new_args.last().is_some_and(is_placeholder) {
        return Err(type_error("trailing Placeholders are not allowed"));
    }
    let kw = keywords(args, kwnames);
    if kw.iter().any(|(_, v)| is_placeholder(v)) {
        return Err(type_error(
            "Placeholder cannot be passed as a keyword argument",
        ));
    }
    // A partial without instance attributes is flattened into this one.
    let inner = func
        .downcast::<PartialObject>()
        .filter(|_| attrs::instance_dict(func).is_none_or(|d| ops::len(&d).unwrap_or(1) == 0));
    let (func, mut all_args, keywords) = match inner {
        Some(p) => {
            let merged = dict::new();
            for (k, v) in attrs::dict_items(&p.keywords) {
                dict::set_item(&merged, k, v)?;
            }
            (
                p.func.clone(),
                fill(tuple::items(&p.args), new_args),
                merged,
            )
        }
        None => (func.clone(), new_args.to_vec(), dict::new()),
    };
    for (name, v) in kw {
        dict::set_item(&keywords, pystr::new(name), v.clone())?;
    }
    while all_args.last().is_some_and(is_placeholder) {
        all_args.pop();
    }
    let placeholders = all_args.iter().filter(|a| is_placeholder(a)).count();
    let obj = Extended {
        base: PartialObject {
            header: ObjHeader::new(&PARTIAL_TYPE),
            func,
            args: tuple::new(all_args),
            keywords,
            placeholders,
        },
        ext: InstanceExt::new(cls.instance_dict, cls.nslots),
    };
    let v = Value::from_box(Box::new(obj));
    if let Some(h) = v.header() {
        h.set_ob_type(cls);
    }
    Ok(v)
}

/// `stored` with its `Placeholder`s replaced by the first of `given`,
/// followed by the rest of `given`.
fn fill(stored: &[Value], given: &[Value]) -> Vec<Value> {
    let mut given = given.iter();
    let mut out: Vec<Value> = stored
        .iter()
        .map(|a| {
            if is_placeholder(a) {
                given.next().cloned().unwrap_or_else(|| a.clone())
            } else {
                a.clone()
            }
        })
        .collect();
    out.extend(given.cloned());
    out
}

fn call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let p = partial(v);
    if args.len() < p.placeholders {
        return Err(type_error(format!(
            "missing positional arguments in 'partial' call; expected at least {}, got {}",
            p.placeholders,
            args.len()
        )));
    }
    let all = fill(tuple::items(&p.args), args);
    if ops::len(&p.keywords)? == 0 {
        return match kwargs {
            Some(kw) => call_slot(&p.func, &all, Some(kw)),
            None => call_object(&p.func, &all, &[]),
        };
    }
    let merged = dict::new();
    for (k, x) in attrs::dict_items(&p.keywords) {
        dict::set_item(&merged, k, x)?;
    }
    if let Some(kw) = kwargs {
        for (k, x) in attrs::dict_items(kw) {
            dict::set_item(&merged, k, x)?;
        }
    }
    call_slot(&p.func, &all, Some(&merged))
}

fn repr(v: &Value) -> PyResult<Value> {
    let ty = v.type_of();
    let name = format!("{}.{}", ty.module, ty.qualname);
    let Some(_guard) = ops::ReprGuard::enter(v) else {
        return Ok(pystr::new("..."));
    };
    let p = partial(v);
    let mut parts = vec![pystr::to_string_lossy(&ops::repr(&p.func)?)];
    for a in tuple::items(&p.args) {
        parts.push(pystr::to_string_lossy(&ops::repr(a)?));
    }
    for (k, x) in attrs::dict_items(&p.keywords) {
        parts.push(format!(
            "{}={}",
            pystr::to_string_lossy(&k),
            pystr::to_string_lossy(&ops::repr(&x)?)
        ));
    }
    Ok(pystr::new(&format!("{name}({})", parts.join(", "))))
}

fn func_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(partial(&args[0]).func.clone())
}

fn args_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(partial(&args[0]).args.clone())
}

fn keywords_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(partial(&args[0]).keywords.clone())
}

/// `__get__(obj, type=None)`: a bound method for instances.
fn m_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1).filter(|o| !singletons::is_none(o)) {
        Some(obj) => Ok(new_method(args[0].clone(), obj.clone())),
        None => Ok(args[0].clone()),
    }
}

pub static PARTIAL_TYPE: TypeObject = TypeObject::new_static_in(
    "functools",
    "partial",
    Some(&OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::DESCR_GET,
    Slots {
        call: Some(call),
        repr: Some(repr),
        getattr: Some(attrs::generic_getattr),
        setattr: Some(attrs::generic_setattr),
        ..base_slots(extend::dealloc_extended::<PartialObject>)
    },
)
.with_instance_ext(ext_offset::<PartialObject>(), 0, true);

fn set(ty: &'static TypeObject, name: &'static str, v: Value) {
    let _ = dict::set_item(ty.dict(), pystr::intern(name), v);
}

/// Fills the types' dicts (once).
pub(super) fn install() {
    let static_new = |f: NativeFn| {
        classes::new_wrapper(&classes::STATICMETHOD_TYPE, native_any_arity("__new__", f))
    };
    set(&PARTIAL_TYPE, "__new__", static_new(m_new));
    set(
        &PARTIAL_TYPE,
        "__get__",
        native_method_any_arity(&PARTIAL_TYPE, "__get__", m_get),
    );
    set(
        &PARTIAL_TYPE,
        "func",
        slot_wrappers::new_getset(&PARTIAL_TYPE, "func", func_get),
    );
    set(
        &PARTIAL_TYPE,
        "args",
        slot_wrappers::new_getset(&PARTIAL_TYPE, "args", args_get),
    );
    set(
        &PARTIAL_TYPE,
        "keywords",
        slot_wrappers::new_getset(&PARTIAL_TYPE, "keywords", keywords_get),
    );
    set(&PLACEHOLDER_TYPE, "__new__", static_new(placeholder_new));
    set(
        &PLACEHOLDER_TYPE,
        "__reduce__",
        native_method_any_arity(&PLACEHOLDER_TYPE, "__reduce__", placeholder_reduce),
    );
    classes::install_class_getitem(&[&PARTIAL_TYPE]);
    slot_wrappers::install(&[&PARTIAL_TYPE, &PLACEHOLDER_TYPE]);
    classes::register_layout::<PartialObject>(&PARTIAL_TYPE);
}
