//! Attribute access with the descriptor protocol, subscription with
//! slices, iteration and the other protocol helpers the loop needs beyond
//! `ops`.

use super::objects::{
    bind_native, is_null, new_method, FunctionObject, MethodObject, NativeFunction, SliceObject,
};
use super::{call_object, classes, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::extend::{self, Found, Stored};
use crate::object::{PyPayload, TypeObject, Value};
use crate::ops;
use crate::types::dict::DictObject;
use crate::types::exceptions::{
    ExceptionObject, ATTRIBUTE_ERROR, BASE_EXCEPTION, KEY_ERROR, STOP_ITERATION, VALUE_ERROR,
};
use crate::types::list::ListObject;
use crate::types::object::lookup_in_type;
use crate::types::set::SetObject;
use crate::types::tuple::TupleObject;
use crate::types::{dict, list, singletons, str as pystr, tuple};

pub fn dict_items(d: &Value) -> Vec<(Value, Value)> {
    d.downcast::<DictObject>()
        .map(DictObject::items)
        .unwrap_or_default()
}

pub fn getattr_str(v: &Value, name: &str) -> PyResult<Value> {
    getattr(v, &pystr::intern(name))
}

fn no_attr(v: &Value, name: &Value) -> PyErr {
    // CPython names static types by `tp_name`, dotted outside builtins
    // ("'typing.TypeVar' object has no attribute ...").
    let ty = v.type_of();
    let ty_name = if ty.has_flag(crate::object::tpflags::STATIC) && ty.module != "builtins" {
        format!("{}.{}", ty.module, ty.name)
    } else {
        ty.name.to_string()
    };
    let e = PyErr::new(
        &ATTRIBUTE_ERROR,
        format!(
            "'{ty_name}' object has no attribute '{}'",
            pystr::to_string_lossy(name)
        ),
    );
    set_exc_attr(&e, "name", name.clone());
    set_exc_attr(&e, "obj", v.clone());
    e
}

/// Binds a class attribute found for `obj` (functions become bound
/// methods, properties run, ...).
pub fn bind(attr: Value, obj: &Value) -> PyResult<Value> {
    if attr.downcast_exact::<FunctionObject>().is_some() {
        return Ok(new_method(attr, obj.clone()));
    }
    if let Some(nf) = attr.downcast::<NativeFunction>() {
        if nf.owner.is_some() && nf.bound.is_none() {
            return Ok(bind_native(nf, obj.clone()));
        }
        return Ok(attr);
    }
    if let Some(m) = super::slot_wrappers::bind(&attr, obj) {
        return m;
    }
    classes::descr_get(attr, Some(obj))
}

/// `object.__getattribute__`: data descriptors on the type, the instance
/// dict, then other class attributes.
pub fn generic_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let ty = v.type_of();
    match pystr::as_str(name) {
        Some("__class__") => return Ok(ty.as_value()),
        Some("__dict__") => {
            if let Some(d) = instance_dict(v) {
                return Ok(d);
            }
        }
        _ => {}
    }
    let found = lookup_in_type(ty, name)?;
    if let Some(f) = &found {
        if classes::is_data_descriptor(f) {
            return classes::descr_get(f.clone(), Some(v));
        }
    }
    if let Some(x) = instance_attr(v, name)? {
        return Ok(x);
    }
    match found {
        Some(f) => bind(f, v),
        None => Err(no_attr(v, name)),
    }
}

/// An attribute from the instance's own storage (inline values or
/// `__dict__`), without making a `__dict__`.
#[inline]
pub fn instance_attr(v: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let (Some(ext), Some(h)) = (extend::ext_of(v), v.header()) {
        return match ext.get(h, &v.type_of().shared_keys, name) {
            Found::Value(x) => Ok(Some(x)),
            Found::Missing => Ok(None),
            Found::Dict(d) => dict::get_item(&d, name),
        };
    }
    match instance_dict(v) {
        Some(d) => dict::get_item(&d, name),
        None => Ok(None),
    }
}

/// The `__dict__` of instances that have one (made from the inline
/// values of heap-type instances the first time).
pub fn instance_dict(v: &Value) -> Option<Value> {
    if let Some(ext) = extend::ext_of(v) {
        return ext.dict(v.header()?, &v.type_of().shared_keys);
    }
    if let Some(f) = v.downcast::<FunctionObject>() {
        let d = f.get(&f.dict);
        if singletons::is_none(&d) {
            let nd = dict::new();
            f.set(&f.dict, nd.clone());
            return Some(nd);
        }
        return Some(d);
    }
    if let Some(e) = v.downcast::<ExceptionObject>() {
        let d = e.dict.get(e.header());
        if singletons::is_none(&d) {
            let nd = dict::new();
            drop(e.dict.replace(e.header(), nd.clone()));
            return Some(nd);
        }
        return Some(d);
    }
    None
}

pub fn generic_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    match pystr::as_str(name) {
        Some("__class__") => {
            return match value {
                Some(new) => classes::set_class(v, new),
                None => Err(type_error("can't delete __class__ attribute")),
            }
        }
        Some("__dict__") => {
            if let (Some(ext), Some(h)) = (extend::ext_of(v), v.header()) {
                if ext.dict(h, &v.type_of().shared_keys).is_some() {
                    let Some(d) = value.filter(|d| d.downcast::<DictObject>().is_some()) else {
                        return Err(type_error(match value {
                            Some(x) => format!(
                                "__dict__ must be set to a dictionary, not a '{}'",
                                x.type_of().name
                            ),
                            None => "cannot delete __dict__".to_string(),
                        }));
                    };
                    ext.set_dict(h, d.clone());
                    return Ok(());
                }
            }
        }
        _ => {}
    }
    let descr = lookup_in_type(v.type_of(), name)?;
    if let Some(f) = &descr {
        if classes::is_data_descriptor(f) {
            return classes::descr_set(f, v, value);
        }
    }
    if let (Some(ext), Some(h)) = (extend::ext_of(v), v.header()) {
        // Inline values take exact str names; others go to a real dict.
        if name.is_exact(&pystr::STR_TYPE) {
            match ext.set(h, &v.type_of().shared_keys, name, value.cloned()) {
                Stored::Done => return Ok(()),
                Stored::Missing if ext.dict_absent(h) => {}
                Stored::Missing => return Err(no_attr(v, name)),
                Stored::Dict(_) => {}
            }
        }
    }
    match instance_dict(v) {
        Some(d) => match value {
            Some(x) => dict::set_item(&d, name.clone(), x.clone()),
            None => {
                if dict::get_item(&d, name)?.is_none() {
                    return Err(no_attr(v, name));
                }
                dict::del_item(&d, name)
            }
        },
        None => Err(cannot_store(v, name, descr.as_ref())),
    }
}

/// The error of setting or deleting attribute `name` of `v`, which has no
/// instance dict, when the class attribute `descr` (if any) has no setter.
fn cannot_store(v: &Value, name: &Value, descr: Option<&Value>) -> PyErr {
    let ty = &v.type_of().name;
    let name = pystr::to_string_lossy(name);
    let message = match descr {
        Some(d) => match d.downcast::<super::slot_wrappers::GetSetDescriptor>() {
            Some(g) => g.not_writable(),
            None => format!("'{ty}' object attribute '{name}' is read-only"),
        },
        None => {
            format!("'{ty}' object has no attribute '{name}' and no __dict__ for setting new attributes")
        }
    };
    PyErr::new(&ATTRIBUTE_ERROR, message)
}

fn is_slot(
    slot: Option<crate::object::typeobj::GetAttrFn>,
    f: crate::object::typeobj::GetAttrFn,
) -> bool {
    slot.is_some_and(|s| std::ptr::fn_addr_eq(s, f))
}

/// `getattr(v, name)`.
pub fn getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let slot = v.type_of().slots.getattr;
    if is_slot(slot, crate::types::object::generic_getattr) {
        return generic_getattr(v, name);
    }
    if let Some(ty) = v.downcast::<TypeObject>() {
        return type_getattr(v, ty, name);
    }
    ops::getattr(v, name)
}

pub fn setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    ops::setattr(v, name, value)
}

/// Attribute access on a class: descriptors bind to the class.
fn type_getattr(v: &Value, ty: &TypeObject, name: &Value) -> PyResult<Value> {
    match pystr::as_str(name) {
        Some("__name__" | "__qualname__" | "__module__" | "__mro__" | "__bases__" | "__base__") => {
            return ops::getattr(v, name)
        }
        Some("__dict__") => return Ok(classes::new_mappingproxy(ty.dict().clone())),
        Some("__class__") => return Ok(v.type_of().as_value()),
        Some("__annotations__") => return super::annotations::type_annotations(ty),
        Some("__annotate__") => return super::annotations::type_annotate(ty),
        // PEP 695: the class's own type parameters, never inherited ones.
        Some("__type_params__") => {
            return Ok(match ty.dict_if_created() {
                Some(d) => dict::get_item(d, name)?,
                None => None,
            }
            .unwrap_or_else(|| tuple::new(Vec::new())))
        }
        _ => {}
    }
    match lookup_in_type(ty, name)? {
        Some(f) => classes::descr_get_for_class(f, v),
        None => {
            if pystr::as_str(name) == Some("__doc__") {
                return Ok(singletons::none());
            }
            // Methods of the metaclass (`type`).
            if let Some(f) = lookup_in_type(v.type_of(), name)? {
                return bind(f, v);
            }
            ops::getattr(v, name)
        }
    }
}

/// `LOAD_ATTR` with the method bit: `(function, true)` when the attribute
/// is a plain method to be called with `v` as first argument.
pub fn load_method(v: &Value, name: &Value) -> PyResult<(Value, bool)> {
    let ty = v.type_of();
    let slot = ty.slots.getattr;
    let generic = is_slot(slot, generic_getattr)
        || is_slot(slot, crate::types::object::generic_getattr)
        || is_slot(slot, classes::instance_getattr);
    if generic && v.downcast::<TypeObject>().is_none() {
        if let Some(f) = lookup_in_type(ty, name)? {
            let plain = f.downcast_exact::<FunctionObject>().is_some()
                || f.downcast::<NativeFunction>()
                    .is_some_and(|n| n.owner.is_some() && n.bound.is_none());
            if plain {
                if let Some(x) = instance_attr(v, name)? {
                    return Ok((x, false));
                }
                return Ok((f, true));
            }
        }
    }
    Ok((getattr(v, name)?, false))
}

/// A special method looked up on the type (bound to `v` later).
pub fn lookup_special(v: &Value, name: &str) -> PyResult<Option<Value>> {
    lookup_in_type(v.type_of(), &pystr::intern(name))
}

pub fn method_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let m = v.downcast::<MethodObject>().expect("method");
    match pystr::as_str(name) {
        Some("__func__") => Ok(m.func.clone()),
        Some("__self__") => Ok(m.self_.clone()),
        _ => getattr(&m.func, name),
    }
}

pub fn slice_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let s = v.downcast::<SliceObject>().expect("slice");
    match pystr::as_str(name) {
        Some("start") => Ok(s.start.clone()),
        Some("stop") => Ok(s.stop.clone()),
        Some("step") => Ok(s.step.clone()),
        _ => generic_getattr(v, name),
    }
}

/// Attribute hook of exception instances.
pub fn exc_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let e = v.downcast::<ExceptionObject>().expect("exception");
    let h = e.header();
    match pystr::as_str(name) {
        Some("args") => return Ok(e.args.get(h)),
        Some("__traceback__") => return Ok(e.traceback.get(h)),
        Some("__context__") => return Ok(e.context.get(h)),
        Some("__cause__") => return Ok(e.cause.get(h)),
        Some("__suppress_context__") => {
            return Ok(singletons::bool(e.suppress_context.with(h, |b| *b)))
        }
        Some("__dict__") => return Ok(instance_dict(v).expect("dict")),
        Some("value") if v.type_of().is_subtype_of(&STOP_ITERATION) => {
            if let Some(x) = dict::get_item(&instance_dict(v).expect("dict"), name)? {
                return Ok(x);
            }
            return Ok(stop_iteration_value(v));
        }
        Some("code")
            if v.type_of()
                .is_subtype_of(&crate::types::exceptions::SYSTEM_EXIT) =>
        {
            let args = e.args.get(h);
            let items = tuple::items(&args);
            return Ok(match items.len() {
                0 => singletons::none(),
                1 => items[0].clone(),
                _ => args.clone(),
            });
        }
        Some(field) if crate::types::exceptions::is_field(v.type_of(), field) => {
            return Ok(crate::types::exceptions::field(v, field).unwrap_or_else(singletons::none));
        }
        Some("name") | Some("obj") => {
            if let Some(x) = dict::get_item(&instance_dict(v).expect("dict"), name)? {
                return Ok(x);
            }
            return Ok(singletons::none());
        }
        _ => {}
    }
    generic_getattr(v, name)
}

pub fn exc_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let e = v.downcast::<ExceptionObject>().expect("exception");
    let h = e.header();
    let val = value.cloned().unwrap_or_else(singletons::none);
    match pystr::as_str(name) {
        Some("args") => drop(e.args.replace(h, tuple::new(collect(&val)?))),
        Some("__traceback__") => {
            if !singletons::is_none(&val)
                && val.downcast::<super::objects::TracebackObject>().is_none()
            {
                return Err(type_error("__traceback__ must be a traceback or None"));
            }
            drop(e.traceback.replace(h, val))
        }
        Some("__context__") => {
            super::exception_methods::check_link("context", &val)?;
            drop(e.context.replace(h, val));
        }
        Some("__cause__") => {
            super::exception_methods::check_link("cause", &val)?;
            drop(e.cause.replace(h, val));
            e.suppress_context.with(h, |b| *b = true);
        }
        Some("__suppress_context__") => {
            let b = ops::truthy(&val)?;
            e.suppress_context.with(h, |x| *x = b);
        }
        Some(field) if crate::types::exceptions::is_field(v.type_of(), field) => {
            return crate::types::exceptions::set_field(v, field, value.cloned());
        }
        _ => return generic_setattr(v, name, value),
    }
    Ok(())
}

pub fn set_exc_attr(e: &PyErr, name: &str, v: Value) {
    if crate::types::exceptions::is_field(e.exc_type(), name) {
        let _ = crate::types::exceptions::set_field(e.instance(), name, Some(v));
    } else if let Some(d) = instance_dict(e.instance()) {
        let _ = dict::set_item(&d, pystr::intern(name), v);
    }
}

pub fn set_cause(e: &PyErr, cause: Value) {
    if let Some(x) = e.instance().downcast::<ExceptionObject>() {
        drop(x.cause.replace(x.header(), cause));
        x.suppress_context.with(x.header(), |b| *b = true);
    }
}

/// Sets `__context__` of a newly raised exception to the one being
/// handled (avoiding cycles).
pub fn set_context(e: &PyErr) {
    let Some(handled) = super::handled_exception() else {
        return;
    };
    if handled.is(e.instance()) {
        return;
    }
    let Some(x) = e.instance().downcast::<ExceptionObject>() else {
        return;
    };
    if !singletons::is_none(&x.context.get(x.header())) {
        return;
    }
    // Break a cycle through handled's context chain.
    let mut o = handled.clone();
    while let Some(oe) = o.downcast::<ExceptionObject>() {
        let c = oe.context.get(oe.header());
        if c.is(e.instance()) {
            drop(oe.context.replace(oe.header(), singletons::none()));
            break;
        }
        if singletons::is_none(&c) {
            break;
        }
        o = c;
    }
    drop(x.context.replace(x.header(), handled));
}

pub fn exc_traceback(v: &Value) -> Value {
    match v.downcast::<ExceptionObject>() {
        Some(e) => e.traceback.get(e.header()),
        None => singletons::none(),
    }
}

pub fn stop_iteration_value(v: &Value) -> Value {
    let args = crate::types::exceptions::args(v);
    tuple::items(&args)
        .first()
        .cloned()
        .unwrap_or_else(singletons::none)
}

/// `except ty:` matching, with tuples of types.
pub fn exc_matches(exc: &Value, ty: &Value) -> PyResult<bool> {
    if let Some(t) = ty.downcast::<TypeObject>() {
        if !t.is_subtype_of(&BASE_EXCEPTION) {
            return Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        return Ok(exc.type_of().is_subtype_of(t));
    }
    if ty.downcast::<TupleObject>().is_some() {
        for t in tuple::items(ty) {
            if exc_matches(exc, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(type_error(
        "catching classes that do not inherit from BaseException is not allowed",
    ))
}

// ---------------------------------------------------------------- mappings

pub fn mapping_get(m: &Value, k: &Value) -> PyResult<Option<Value>> {
    if m.is_exact(&crate::types::dict::DICT_TYPE) {
        return dict::get_item(m, k);
    }
    match getitem(m, k) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn mapping_set(m: &Value, k: Value, v: Value) -> PyResult<()> {
    if m.is_exact(&crate::types::dict::DICT_TYPE) {
        return dict::set_item(m, k, v);
    }
    setitem(m, &k, Some(&v))
}

pub fn mapping_del(m: &Value, k: &Value) -> PyResult<Option<()>> {
    if m.is_exact(&crate::types::dict::DICT_TYPE) {
        if dict::get_item(m, k)?.is_none() {
            return Ok(None);
        }
        return dict::del_item(m, k).map(Some);
    }
    setitem(m, k, None).map(Some)
}

// ---------------------------------------------------------------- sequences

/// Resolves a slice against a length: (start, stop, step, count).
pub fn slice_indices(s: &SliceObject, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let get = |v: &Value| -> PyResult<Option<i64>> {
        if singletons::is_none(v) {
            return Ok(None);
        }
        let i = match v.type_of().slots.index {
            Some(f) => f(v)?,
            None => {
                return Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        };
        Ok(Some(match i.as_small_int() {
            Some(x) => x,
            None => {
                if crate::types::int::as_int(&i).is_some_and(|r| r.to_f64().is_ok_and(|f| f < 0.0))
                {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }
            }
        }))
    };
    let len = len as i64;
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::new(&VALUE_ERROR, "slice step cannot be zero"));
    }
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(x) if x < 0 => (x + len).max(lo),
            Some(x) => x.min(hi),
        }
    };
    let start = fix(get(&s.start)?, if step < 0 { hi } else { lo });
    let stop = fix(get(&s.stop)?, if step < 0 { lo } else { hi });
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

fn slice_items(items: &[Value], s: &SliceObject) -> PyResult<Vec<Value>> {
    let (start, _, step, n) = slice_indices(s, items.len())?;
    Ok((0..n)
        .map(|i| items[(start + i as i64 * step) as usize].clone())
        .collect())
}

/// `container[key]` including slices of the built-in sequences.
pub fn getitem(container: &Value, key: &Value) -> PyResult<Value> {
    if let Some(l) = container.downcast_exact::<ListObject>() {
        if let Some(i) = key.as_small_int() {
            let n = l.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 {
                if let Some(v) = l.get(j as usize) {
                    return Ok(v);
                }
            }
        }
    }
    if let Some(s) = key.downcast::<SliceObject>() {
        if let Some(l) = container.downcast::<ListObject>() {
            return Ok(list::new(slice_items(&l.to_vec(), s)?));
        }
        if container.downcast::<TupleObject>().is_some() {
            return Ok(tuple::new(slice_items(tuple::items(container), s)?));
        }
        if let Some(st) = container.downcast::<crate::types::str::StrObject>() {
            let (start, _, step, n) = slice_indices(s, st.len())?;
            if step == 1 {
                // A contiguous run: its bytes, found through the index.
                if n == st.len() && container.is_exact(&crate::types::str::STR_TYPE) {
                    return Ok(container.clone());
                }
                let from = st.byte_offset(start as usize);
                let to = st.byte_offset(start as usize + n);
                return Ok(pystr::from_wtf8_bytes(&st.as_bytes()[from..to]));
            }
            let cps: Vec<u32> = st.code_points().collect();
            let out = (0..n).map(|i| cps[(start + i as i64 * step) as usize]);
            return Ok(pystr::from_code_points(out).unwrap_or_else(pystr::empty));
        }
        if let Some(b) = crate::types::bytes::as_bytes(container) {
            let (start, _, step, n) = slice_indices(s, b.len())?;
            let out: Vec<u8> = (0..n)
                .map(|i| b[(start + i as i64 * step) as usize])
                .collect();
            return Ok(crate::types::bytes::from_vec(out));
        }
        if let Some(r) = container.downcast::<super::builtins::RangeObject>() {
            return super::builtins::range_slice(r, s);
        }
    }
    if container.type_of().slots.getitem.is_some() {
        return ops::getitem(container, key);
    }
    if let Some(ty) = container.downcast::<TypeObject>() {
        if let Some(f) = lookup_in_type(ty, &pystr::intern("__class_getitem__"))? {
            let f = classes::descr_get_for_class(f, container)?;
            return call_object(&f, std::slice::from_ref(key), &[]);
        }
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            ty.name
        )));
    }
    ops::getitem(container, key)
}

/// A "not iterable" error of a slice assignment, with its own message.
fn iterable_needed(e: PyErr, msg: &str) -> PyErr {
    if e.matches(&crate::types::exceptions::TYPE_ERROR) && e.message().ends_with("is not iterable")
    {
        type_error(msg)
    } else {
        e
    }
}

pub fn setitem(container: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    if let Some(s) = key.downcast::<SliceObject>() {
        if let Some(l) = container.downcast::<ListObject>() {
            let items = l.to_vec();
            let (start, stop, step, n) = slice_indices(s, items.len())?;
            let mut new_items = items.clone();
            if step == 1 {
                let (a, b) = (start as usize, (stop.max(start)) as usize);
                let repl = match value {
                    Some(v) => collect(v).map_err(|e| {
                        iterable_needed(e, "must assign iterable to extended slice")
                    })?,
                    None => Vec::new(),
                };
                new_items.splice(a..b, repl);
            } else {
                let idx: Vec<usize> = (0..n).map(|i| (start + i as i64 * step) as usize).collect();
                match value {
                    Some(v) => {
                        let repl = collect(v).map_err(|e| {
                            iterable_needed(e, "must assign iterable to extended slice")
                        })?;
                        if repl.len() != n {
                            return Err(PyErr::new(&VALUE_ERROR, format!("attempt to assign sequence of size {} to extended slice of size {}", repl.len(), n)));
                        }
                        for (i, r) in idx.into_iter().zip(repl) {
                            new_items[i] = r;
                        }
                    }
                    None => {
                        let mut sorted = idx;
                        sorted.sort_unstable();
                        for i in sorted.into_iter().rev() {
                            new_items.remove(i);
                        }
                    }
                }
            }
            l.clear();
            l.extend(new_items);
            return Ok(());
        }
    }
    ops::setitem(container, key, value)
}

pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    let slots = &container.type_of().slots;
    // `ops::contains` reports objects that are neither containers nor
    // iterable.
    if slots.contains.is_some() || (slots.iter.is_none() && slots.getitem.is_none()) {
        return ops::contains(container, item);
    }
    let it = iter(container)?;
    while let Some(x) = next(&it)? {
        if x.is(item) || ops::eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn iter(v: &Value) -> PyResult<Value> {
    if v.type_of().slots.iter.is_some() {
        return ops::iter(v);
    }
    if v.type_of().slots.getitem.is_some() {
        return Ok(super::builtins::seq_iter(v.clone()));
    }
    ops::iter(v)
}

pub fn next(it: &Value) -> PyResult<Option<Value>> {
    ops::next(it)
}

pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    if let Some(l) = v.downcast_exact::<ListObject>() {
        return Ok(l.to_vec());
    }
    if v.downcast_exact::<TupleObject>().is_some() {
        return Ok(tuple::items(v).to_vec());
    }
    let it = iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

pub fn list_append(l: &Value, v: Value) -> PyResult<()> {
    match l.downcast::<ListObject>() {
        Some(l) => {
            l.append(v);
            Ok(())
        }
        None => Err(type_error("expected list")),
    }
}

pub fn list_extend(l: &Value, v: &Value) -> PyResult<()> {
    let items = collect(v)?;
    match l.downcast::<ListObject>() {
        Some(l) => {
            l.extend(items);
            Ok(())
        }
        None => Err(type_error("expected list")),
    }
}

pub fn set_add(s: &Value, v: Value) -> PyResult<()> {
    match s.downcast::<SetObject>() {
        Some(s) => s.add(v).map(drop),
        None => Err(type_error("expected set")),
    }
}

pub fn dict_update(d: &Value, other: &Value, func: Option<&Value>) -> PyResult<()> {
    let pairs = if other.downcast::<DictObject>().is_some() {
        dict_items(other)
    } else {
        match getattr_str(other, "keys") {
            Ok(keys) => {
                let ks = collect(&call_object(&keys, &[], &[])?)?;
                let mut out = Vec::new();
                for k in ks {
                    let v = getitem(other, &k)?;
                    out.push((k, v));
                }
                out
            }
            Err(_) => {
                if let Some(f) = func {
                    return Err(type_error(format!(
                        "{}() argument after ** must be a mapping, not {}",
                        func_name(f),
                        other.type_of().name
                    )));
                }
                return Err(type_error(format!(
                    "'{}' object is not a mapping",
                    other.type_of().name
                )));
            }
        }
    };
    for (k, v) in pairs {
        if let Some(f) = func {
            if dict::get_item(d, &k)?.is_some() {
                return Err(type_error(format!(
                    "{}() got multiple values for keyword argument '{}'",
                    func_name(f),
                    pystr::to_string_lossy(&k)
                )));
            }
        }
        dict::set_item(d, k, v)?;
    }
    Ok(())
}

pub fn func_name(f: &Value) -> String {
    if let Some(fo) = f.downcast::<FunctionObject>() {
        let qual = pystr::to_string_lossy(&fo.get(&fo.qualname));
        return match pystr::as_str(&fo.get(&fo.module)) {
            Some(m) if m != "builtins" => format!("{m}.{qual}"),
            _ => qual,
        };
    }
    getattr_str(f, "__qualname__")
        .or_else(|_| getattr_str(f, "__name__"))
        .map(|n| pystr::to_string_lossy(&n))
        .unwrap_or_else(|_| f.type_of().name.to_string())
}

/// `a, b, *c, d = v`: the items in order.
pub fn unpack(v: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
    let items = match collect(v) {
        Ok(items) => items,
        Err(e)
            if e.matches(&crate::types::exceptions::TYPE_ERROR)
                && v.type_of().slots.iter.is_none() =>
        {
            return Err(type_error(format!(
                "cannot unpack non-iterable {} object",
                v.type_of().name
            )))
        }
        Err(e) => return Err(e),
    };
    match after {
        None => {
            if items.len() < before {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    ),
                ));
            }
            if items.len() > before {
                let known = v.downcast::<ListObject>().is_some()
                    || v.downcast::<TupleObject>().is_some()
                    || v.downcast::<DictObject>().is_some();
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    if known {
                        format!(
                            "too many values to unpack (expected {before}, got {})",
                            items.len()
                        )
                    } else {
                        format!("too many values to unpack (expected {before})")
                    },
                ));
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    ),
                ));
            }
            let mut out: Vec<Value> = items[..before].to_vec();
            out.push(list::new(items[before..items.len() - after].to_vec()));
            out.extend_from_slice(&items[items.len() - after..]);
            Ok(out)
        }
    }
}

pub fn is_null_or_none(v: &Value) -> bool {
    is_null(v) || singletons::is_none(v)
}
