//! User classes: `__build_class__`, heap types with C3 MRO, instances
//! (a `__dict__` per instance for now; the layout reserves the slot for
//! DESIGN.md §2's inline values with shared keys), slot trampolines that
//! dispatch dunder methods, descriptors (property, classmethod,
//! staticmethod) and `super`.

use super::attrs::{self, generic_getattr, generic_setattr};
use super::objects::{simple_type, FunctionObject};
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::payload::dealloc_box;
use crate::object::{tpflags, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{BASE_EXCEPTION, SYSTEM_ERROR};
use crate::types::object::{lookup_in_type, OBJECT_TYPE};
use crate::types::{dict, int, singletons, str as pystr, tuple};

#[repr(C)]
pub struct InstanceObject {
    header: ObjHeader,
    pub dict: Value,
}
// SAFETY: `#[repr(C)]`, header first; instances of heap types whose
// layout base is `object` use it.
unsafe impl PyPayload for InstanceObject {
    fn type_object() -> &'static TypeObject {
        &OBJECT_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        ty.has_flag(tpflags::HEAPTYPE) && !ty.is_subtype_of(&BASE_EXCEPTION)
    }
}

impl InstanceObject {
    /// A bare `object()`.
    pub fn plain() -> InstanceObject {
        InstanceObject {
            header: ObjHeader::new(&OBJECT_TYPE),
            dict: dict::new(),
        }
    }
}

fn attr(ty: &TypeObject, name: &str) -> Option<Value> {
    lookup_in_type(ty, &pystr::intern(name)).ok().flatten()
}

fn call_dunder(v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    match attr(v.type_of(), name) {
        Some(f) => {
            let bound = attrs::bind(f, v)?;
            call_object(&bound, args, &[]).map(Some)
        }
        None => Ok(None),
    }
}

pub fn instance_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    match generic_getattr(v, name) {
        Ok(x) => Ok(x),
        Err(e) if e.matches(&crate::types::exceptions::ATTRIBUTE_ERROR) => {
            match attr(v.type_of(), "__getattr__") {
                Some(f) => call_object(&attrs::bind(f, v)?, std::slice::from_ref(name), &[]),
                None => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

fn instance_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let hook = if value.is_some() {
        "__setattr__"
    } else {
        "__delattr__"
    };
    if let Some(f) = attr(v.type_of(), hook) {
        if f.downcast::<FunctionObject>().is_some() {
            let mut args = vec![name.clone()];
            args.extend(value.cloned());
            return call_object(&attrs::bind(f, v)?, &args, &[]).map(drop);
        }
    }
    generic_setattr(v, name, value)
}

fn slot_repr(v: &Value) -> PyResult<Value> {
    match call_dunder(v, "__repr__", &[])? {
        Some(r)
            if pystr::as_str(&r).is_some()
                || r.type_of().is_subtype_of(&crate::types::str::STR_TYPE) =>
        {
            Ok(r)
        }
        Some(r) => Err(type_error(format!(
            "__repr__ returned non-string (type {})",
            r.type_of().name
        ))),
        None => Ok(pystr::new(&format!(
            "<{}.{} object at {:#x}>",
            v.type_of().module,
            v.type_of().qualname,
            crate::types::object::address(v)
        ))),
    }
}
fn slot_str(v: &Value) -> PyResult<Value> {
    match call_dunder(v, "__str__", &[])? {
        Some(r) => Ok(r),
        None => slot_repr(v),
    }
}
fn slot_hash(v: &Value) -> PyResult<i64> {
    match attr(v.type_of(), "__hash__") {
        Some(f) if singletons::is_none(&f) => Err(type_error(format!(
            "unhashable type: '{}'",
            v.type_of().name
        ))),
        Some(f) if f.downcast::<FunctionObject>().is_some() => {
            let r = call_object(&attrs::bind(f, v)?, &[], &[])?;
            Ok(int::as_int(&r).and_then(|i| i.to_i64()).unwrap_or(0))
        }
        _ => crate::types::object::identity_hash(v),
    }
}
fn slot_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let name = match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    };
    if let Some(f) = attr(a.type_of(), name) {
        if f.downcast::<FunctionObject>().is_some() {
            return call_object(&attrs::bind(f, a)?, std::slice::from_ref(b), &[]);
        }
    }
    if op == CompareOp::Ne {
        if let Some(f) = attr(a.type_of(), "__eq__") {
            if f.downcast::<FunctionObject>().is_some() {
                let r = call_object(&attrs::bind(f, a)?, std::slice::from_ref(b), &[])?;
                if singletons::is_not_implemented(&r) {
                    return Ok(r);
                }
                return Ok(singletons::bool(!ops::truthy(&r)?));
            }
        }
    }
    crate::types::object::identity_richcompare(a, b, op)
}
fn slot_iter(v: &Value) -> PyResult<Value> {
    call_dunder(v, "__iter__", &[])?.ok_or_else(|| type_error("not iterable"))
}
fn slot_next(v: &Value) -> PyResult<Option<Value>> {
    match call_dunder(v, "__next__", &[]) {
        Ok(r) => Ok(r),
        Err(e) if e.matches(&crate::types::exceptions::STOP_ITERATION) => Ok(None),
        Err(e) => Err(e),
    }
}
fn slot_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let f = attr(v.type_of(), "__call__").ok_or_else(|| type_error("not callable"))?;
    super::call_slot(&attrs::bind(f, v)?, args, kwargs)
}
fn slot_len(v: &Value) -> PyResult<usize> {
    let r = call_dunder(v, "__len__", &[])?.ok_or_else(|| type_error("no len"))?;
    let n = int::as_int(&r).and_then(|i| i.to_i64()).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            r.type_of().name
        ))
    })?;
    if n < 0 {
        return Err(PyErr::new(
            &crate::types::exceptions::VALUE_ERROR,
            "__len__() should return >= 0",
        ));
    }
    Ok(n as usize)
}
fn slot_bool(v: &Value) -> PyResult<bool> {
    if let Some(r) = call_dunder(v, "__bool__", &[])? {
        if r.is_exact(&crate::types::singletons::BOOL_TYPE) {
            return Ok(r.is(&singletons::true_()));
        }
        return Err(type_error(format!(
            "__bool__ should return bool, returned {}",
            r.type_of().name
        )));
    }
    if attr(v.type_of(), "__len__").is_some() {
        return Ok(slot_len(v)? > 0);
    }
    Ok(true)
}
fn slot_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    call_dunder(v, "__getitem__", std::slice::from_ref(k))?.ok_or_else(|| {
        type_error(format!(
            "'{}' object is not subscriptable",
            v.type_of().name
        ))
    })
}
fn slot_setitem(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
    let r = match x {
        Some(x) => call_dunder(v, "__setitem__", &[k.clone(), x.clone()])?,
        None => call_dunder(v, "__delitem__", std::slice::from_ref(k))?,
    };
    r.map(drop).ok_or_else(|| {
        type_error(format!(
            "'{}' object does not support item assignment",
            v.type_of().name
        ))
    })
}
fn slot_contains(v: &Value, k: &Value) -> PyResult<bool> {
    match call_dunder(v, "__contains__", std::slice::from_ref(k))? {
        Some(r) => ops::truthy(&r),
        None => {
            let it = attrs::iter(v)?;
            while let Some(x) = attrs::next(&it)? {
                if x.is(k) || ops::eq(&x, k)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}
fn unary(v: &Value, name: &str, sym: &str) -> PyResult<Value> {
    call_dunder(v, name, &[])?.ok_or_else(|| {
        type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            v.type_of().name
        ))
    })
}
fn slot_pos(v: &Value) -> PyResult<Value> {
    unary(v, "__pos__", "+")
}
fn slot_invert(v: &Value) -> PyResult<Value> {
    unary(v, "__invert__", "~")
}
fn slot_abs(v: &Value) -> PyResult<Value> {
    call_dunder(v, "__abs__", &[])?.ok_or_else(|| {
        type_error(format!(
            "bad operand type for abs(): '{}'",
            v.type_of().name
        ))
    })
}
fn slot_index(v: &Value) -> PyResult<Value> {
    call_dunder(v, "__index__", &[])?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_of().name
        ))
    })
}
fn slot_int(v: &Value) -> PyResult<Value> {
    match call_dunder(v, "__int__", &[])? {
        Some(r) => Ok(r),
        None => slot_index(v),
    }
}
fn slot_float(v: &Value) -> PyResult<Value> {
    call_dunder(v, "__float__", &[])?
        .ok_or_else(|| type_error(format!("must be real number, not {}", v.type_of().name)))
}
fn slot_neg(v: &Value) -> PyResult<Value> {
    call_dunder(v, "__neg__", &[])?.ok_or_else(|| {
        type_error(format!(
            "bad operand type for unary -: '{}'",
            v.type_of().name
        ))
    })
}

const BIN_NAMES: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

fn heap_binop<const N: usize>(a: &Value, b: &Value) -> PyResult<Value> {
    let (name, rname, _) = BIN_NAMES[N];
    heap_binary(a, b, name, rname)
}

fn slot_divmod(a: &Value, b: &Value) -> PyResult<Value> {
    heap_binary(a, b, "__divmod__", "__rdivmod__")
}

/// `pow(a, b, m)`: only the left operand's `__pow__` takes a modulus.
fn slot_pow3(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if a.type_of().has_flag(tpflags::HEAPTYPE) {
        if let Some(r) = call_dunder(a, "__pow__", &[b.clone(), m.clone()])? {
            return Ok(r);
        }
    }
    Ok(singletons::not_implemented())
}

/// A binary operator of heap types: `a.name(b)`, or `b.rname(a)` first
/// when `b`'s type is a subclass of `a`'s overriding it.
fn heap_binary(a: &Value, b: &Value, name: &str, rname: &str) -> PyResult<Value> {
    let a_heap = a.type_of().has_flag(tpflags::HEAPTYPE);
    let b_heap = b.type_of().has_flag(tpflags::HEAPTYPE);
    let b_first = b_heap
        && !std::ptr::eq(a.type_of(), b.type_of())
        && b.type_of().is_subtype_of(a.type_of())
        && lookup_in_type(b.type_of(), &pystr::intern(rname))?.is_some();
    if b_first {
        if let Some(r) = call_dunder(b, rname, std::slice::from_ref(a))? {
            if !singletons::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if a_heap {
        if let Some(r) = call_dunder(a, name, std::slice::from_ref(b))? {
            if !singletons::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if !b_first && b_heap && !std::ptr::eq(a.type_of(), b.type_of()) {
        if let Some(r) = call_dunder(b, rname, std::slice::from_ref(a))? {
            return Ok(r);
        }
    }
    Ok(singletons::not_implemented())
}

fn heap_inplace<const N: usize>(a: &Value, b: &Value) -> PyResult<Value> {
    let (_, _, iname) = BIN_NAMES[N];
    if let Some(r) = call_dunder(a, iname, std::slice::from_ref(b))? {
        return Ok(r);
    }
    Ok(singletons::not_implemented())
}

macro_rules! binops {
    ($($n:literal)*) => {
        [$(Some(heap_binop::<$n> as crate::object::BinaryFn)),*]
    };
}
macro_rules! inplaces {
    ($($n:literal)*) => {
        [$(Some(heap_inplace::<$n> as crate::object::BinaryFn)),*]
    };
}

fn heap_slots(base: &TypeObject) -> Slots {
    let mut s = base.slots;
    s.repr = Some(slot_repr);
    s.str = Some(slot_str);
    s.hash = Some(slot_hash);
    s.richcompare = Some(slot_richcompare);
    s.number = binops!(0 1 2 3 4 5 6 7 8 9 10 11 12);
    s.inplace = inplaces!(0 1 2 3 4 5 6 7 8 9 10 11 12);
    s.divmod = Some(slot_divmod);
    s.pow3 = Some(slot_pow3);
    s.iter = Some(slot_iter);
    s.next = Some(slot_next);
    s.call = Some(slot_call);
    s.length = Some(slot_len);
    s.bool = Some(slot_bool);
    s.getitem = Some(slot_getitem);
    s.setitem = Some(slot_setitem);
    s.contains = Some(slot_contains);
    s.neg = Some(slot_neg);
    s.pos = Some(slot_pos);
    s.invert = Some(slot_invert);
    s.abs = Some(slot_abs);
    s.index = Some(slot_index);
    s.int = Some(slot_int);
    s.float = Some(slot_float);
    if std::ptr::eq(base, &OBJECT_TYPE) {
        s.dealloc = dealloc_box::<InstanceObject>;
        s.getattr = Some(instance_getattr);
        s.setattr = Some(instance_setattr);
    }
    s
}

/// Per-slot trampolines must not shadow inherited behaviour that the
/// class does not define: drop the slots whose dunder is missing.
fn prune_slots(ty_dict_lookup: impl Fn(&str) -> bool, s: &mut Slots, base: &TypeObject) {
    let keep = |name: &str| ty_dict_lookup(name);
    if !keep("__iter__") {
        s.iter = base.slots.iter;
    }
    if !keep("__next__") {
        s.next = base.slots.next;
    }
    if !keep("__call__") {
        s.call = base.slots.call;
    }
    if !keep("__len__") {
        s.length = base.slots.length;
    }
    if !keep("__bool__") && !keep("__len__") {
        s.bool = base.slots.bool;
    }
    if !keep("__getitem__") {
        s.getitem = base.slots.getitem;
    }
    if !keep("__setitem__") && !keep("__delitem__") {
        s.setitem = base.slots.setitem;
    }
    if !keep("__contains__") {
        s.contains = base.slots.contains;
    }
    if !keep("__neg__") {
        s.neg = base.slots.neg;
    }
    if !keep("__pos__") {
        s.pos = base.slots.pos;
    }
    if !keep("__invert__") {
        s.invert = base.slots.invert;
    }
    if !keep("__abs__") {
        s.abs = base.slots.abs;
    }
    if !keep("__index__") {
        s.index = base.slots.index;
    }
    if !keep("__int__") && !keep("__index__") {
        s.int = base.slots.int;
    }
    if !keep("__float__") {
        s.float = base.slots.float;
    }
    if !keep("__repr__") {
        s.repr = if std::ptr::eq(base, &OBJECT_TYPE) {
            Some(slot_repr)
        } else {
            base.slots.repr
        };
    }
    if !keep("__str__") && !keep("__repr__") {
        s.str = base.slots.str;
    }
    if !keep("__divmod__") && !keep("__rdivmod__") {
        s.divmod = base.slots.divmod;
    }
    if !keep("__pow__") {
        s.pow3 = base.slots.pow3;
    }
    for (i, (n, r, ip)) in BIN_NAMES.iter().enumerate() {
        if !keep(n) && !keep(r) {
            s.number[i] = base.slots.number[i];
        }
        if !keep(ip) {
            s.inplace[i] = base.slots.inplace[i];
        }
    }
}

/// C3 linearization.
fn c3_mro(ty_value: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| tuple::items(b.downcast::<TypeObject>().expect("type").mro()).to_vec())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ty_value.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            let names: Vec<String> = bases
                .iter()
                .map(|b| {
                    b.downcast::<TypeObject>()
                        .map(|t| t.name.to_string())
                        .unwrap_or_default()
                })
                .collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in &mut seqs {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// `type(name, bases, ns)`.
pub fn new_class(name: &str, bases: Vec<Value>, ns: &Value) -> PyResult<Value> {
    let bases = if bases.is_empty() {
        vec![OBJECT_TYPE.as_value()]
    } else {
        bases
    };
    for b in &bases {
        if b.downcast::<TypeObject>().is_none() {
            return Err(type_error("bases must be types"));
        }
    }
    // The layout base: the first base that is not `object`-layout-compatible
    // decides; we support object and exception layouts.
    let mut layout: &TypeObject = &OBJECT_TYPE;
    for b in &bases {
        let t = b.downcast::<TypeObject>().expect("type");
        if t.is_subtype_of(&BASE_EXCEPTION) {
            layout = solid_base(t);
        } else if !t.has_flag(tpflags::HEAPTYPE) && !std::ptr::eq(t, &OBJECT_TYPE) {
            if !t.has_flag(tpflags::BASETYPE) {
                return Err(type_error(format!(
                    "type '{}' is not an acceptable base type",
                    t.name
                )));
            }
            return Err(PyErr::new(
                &SYSTEM_ERROR,
                format!(
                    "subclassing built-in type '{}' is not supported yet",
                    t.name
                ),
            ));
        }
    }
    let d = dict::new();
    for (k, v) in attrs::dict_items(ns) {
        dict::set_item(&d, k, v)?;
    }
    let qualname = dict::get_item(&d, &pystr::intern("__qualname__"))?
        .map(|q| pystr::to_string_lossy(&q))
        .unwrap_or_else(|| name.to_string());
    let _ = dict::del_item(&d, &pystr::intern("__qualname__"));
    let module = dict::get_item(&d, &pystr::intern("__module__"))?
        .map(|q| pystr::to_string_lossy(&q))
        .unwrap_or_else(|| "builtins".to_string());
    // Wrap __init_subclass__ / __class_getitem__ as classmethods.
    for n in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict::get_item(&d, &pystr::intern(n))? {
            if f.downcast::<FunctionObject>().is_some() {
                dict::set_item(&d, pystr::intern(n), new_wrapper(&CLASSMETHOD_TYPE, f))?;
            }
        }
    }
    if dict::get_item(&d, &pystr::intern("__eq__"))?.is_some()
        && dict::get_item(&d, &pystr::intern("__hash__"))?.is_none()
    {
        dict::set_item(&d, pystr::intern("__hash__"), singletons::none())?;
    }
    if let Some(f) = dict::get_item(&d, &pystr::intern("__new__"))? {
        if f.downcast::<FunctionObject>().is_some() {
            dict::set_item(
                &d,
                pystr::intern("__new__"),
                new_wrapper(&STATICMETHOD_TYPE, f),
            )?;
        }
    }
    let mut slots = heap_slots(layout);
    let has = |n: &str| -> bool {
        if dict::get_item(&d, &pystr::intern(n))
            .ok()
            .flatten()
            .is_some()
        {
            return true;
        }
        bases.iter().any(|b| {
            b.downcast::<TypeObject>().is_some_and(|t| {
                t.has_flag(tpflags::HEAPTYPE)
                    && lookup_in_type(t, &pystr::intern(n))
                        .ok()
                        .flatten()
                        .is_some()
            })
        })
    };
    prune_slots(has, &mut slots, layout);
    if layout.is_subtype_of(&BASE_EXCEPTION) {
        slots.getattr = layout.slots.getattr;
        slots.setattr = layout.slots.setattr;
    }
    let bases_t = tuple::new(bases.clone());
    let ty = TypeObject::new_heap(
        name.to_string(),
        qualname,
        module,
        layout,
        tpflags::BASETYPE | (layout.flags & tpflags::BASE_EXC_SUBCLASS),
        slots,
        bases_t,
        d,
    );
    let tv = Value::from_box(Box::new(ty));
    if let Some(h) = tv.header() {
        h.make_immortal();
    }
    let mro = c3_mro(&tv, &bases)?;
    let t = tv.downcast::<TypeObject>().expect("type");
    t.set_mro(tuple::new(mro));
    // __init_subclass__ of the parent.
    if let Some(parent) = bases.first() {
        let pt = parent.downcast::<TypeObject>().expect("type");
        if let Some(f) = lookup_in_type(pt, &pystr::intern("__init_subclass__"))? {
            let bound = descr_get_for_class(f, &tv)?;
            call_object(&bound, &[], &[])?;
        }
    }
    // __set_name__
    for (k, v) in attrs::dict_items(t.dict()) {
        if let Some(f) = attr(v.type_of(), "__set_name__") {
            call_object(&attrs::bind(f, &v)?, &[tv.clone(), k], &[])?;
        }
    }
    Ok(tv)
}

fn solid_base(t: &TypeObject) -> &TypeObject {
    let mut cur = t;
    while cur.has_flag(tpflags::HEAPTYPE) {
        cur = cur.base().expect("base");
    }
    cur
}

/// Calling a type object: `type(x)`, built-in constructors, or
/// `__new__` + `__init__` of a user class.
pub fn call_type(
    callable: &Value,
    ty: &TypeObject,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if !ty.has_flag(tpflags::HEAPTYPE) {
        return super::builtins::construct_builtin(callable, ty, args, kwnames);
    }
    let npos = args.len() - kwnames.len();
    let inst = if let Some(newf) = attr(ty, "__new__") {
        let f = descr_get(newf, None)?;
        let mut all = vec![callable.clone()];
        all.extend_from_slice(args);
        let inst = call_object(&f, &all, kwnames)?;
        if !inst.type_of().is_subtype_of(ty) {
            return Ok(inst);
        }
        inst
    } else {
        new_instance(ty, &args[..npos])?
    };
    if let Some(init) = attr(ty, "__init__") {
        if init.downcast::<FunctionObject>().is_some() {
            let r = call_object(&attrs::bind(init, &inst)?, args, kwnames)?;
            if !singletons::is_none(&r) {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.type_of().name
                )));
            }
        } else if ty.is_subtype_of(&BASE_EXCEPTION) {
            if let Some(e) = inst.downcast::<crate::types::exceptions::ExceptionObject>() {
                drop(
                    e.args
                        .replace(e.header(), tuple::new(args[..npos].to_vec())),
                );
            }
        } else if !args.is_empty() && attr(ty, "__new__").is_none() {
            return Err(type_error(format!("{}() takes no arguments", ty.name)));
        }
    }
    Ok(inst)
}

/// `object.__new__(cls)` for heap types.
pub fn new_instance(ty: &TypeObject, args: &[Value]) -> PyResult<Value> {
    if ty.is_subtype_of(&BASE_EXCEPTION) {
        return Ok(crate::types::exceptions::new_exception_of(
            ty,
            args.to_vec(),
        ));
    }
    Ok(Value::from_box(Box::new(InstanceObject {
        header: ObjHeader::new(ty),
        dict: dict::new(),
    })))
}

// ---------------------------------------------------------------- descriptors

#[repr(C)]
pub struct WrapperObject {
    header: ObjHeader,
    pub func: Value,
    pub setter: Value,
    pub deleter: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for WrapperObject {
    fn type_object() -> &'static TypeObject {
        &PROPERTY_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &PROPERTY_TYPE)
            || std::ptr::eq(ty, &CLASSMETHOD_TYPE)
            || std::ptr::eq(ty, &STATICMETHOD_TYPE)
    }
}
fn wrapper_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let w = v.downcast::<WrapperObject>().expect("wrapper");
    match pystr::as_str(name) {
        Some("__func__") | Some("fget") => Ok(w.func.clone()),
        Some("fset") => Ok(w.setter.clone()),
        Some("fdel") => Ok(w.deleter.clone()),
        Some("setter") | Some("getter") | Some("deleter") => {
            let which = pystr::to_string_lossy(name);
            let me = v.clone();
            let _ = me;
            Ok(super::objects::bind_native(
                super::objects::native_method(&PROPERTY_TYPE, leak_name(&which), property_copy)
                    .downcast::<super::objects::NativeFunction>()
                    .expect("native"),
                v.clone(),
            ))
        }
        Some("__doc__") => attrs::getattr_str(&w.func, "__doc__"),
        Some("__isabstractmethod__") => Ok(singletons::false_()),
        _ => attrs::getattr(&w.func, name),
    }
}
fn leak_name(s: &str) -> &'static str {
    match s {
        "setter" => "setter",
        "getter" => "getter",
        _ => "deleter",
    }
}
fn property_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // args: [self(property), func]; which one is decided by the bound name.
    Err(type_error(format!(
        "property copy needs the name ({} args)",
        args.len()
    )))
}
simple_type!(PROPERTY_TYPE, "property", WrapperObject, { getattr: Some(wrapper_getattr), call: Some(super::call_slot) });
simple_type!(CLASSMETHOD_TYPE, "classmethod", WrapperObject, { getattr: Some(wrapper_getattr) });
simple_type!(STATICMETHOD_TYPE, "staticmethod", WrapperObject, { getattr: Some(wrapper_getattr), call: Some(staticmethod_call) });

fn staticmethod_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let w = v.downcast::<WrapperObject>().expect("wrapper");
    super::call_slot(&w.func, args, kwargs)
}

pub fn new_wrapper(ty: &'static TypeObject, func: Value) -> Value {
    Value::from_box(Box::new(WrapperObject {
        header: ObjHeader::new(ty),
        func,
        setter: singletons::none(),
        deleter: singletons::none(),
    }))
}

pub fn new_property(fget: Value, fset: Value, fdel: Value) -> Value {
    Value::from_box(Box::new(WrapperObject {
        header: ObjHeader::new(&PROPERTY_TYPE),
        func: fget,
        setter: fset,
        deleter: fdel,
    }))
}

pub fn is_data_descriptor(v: &Value) -> bool {
    if v.downcast::<WrapperObject>().is_some() {
        return std::ptr::eq(v.type_of(), &PROPERTY_TYPE);
    }
    v.type_of().has_flag(tpflags::HEAPTYPE)
        && (attr(v.type_of(), "__set__").is_some() || attr(v.type_of(), "__delete__").is_some())
}

/// `descr.__get__(obj, type(obj))`; `obj` None for class access.
pub fn descr_get(d: Value, obj: Option<&Value>) -> PyResult<Value> {
    if let Some(w) = d.downcast::<WrapperObject>() {
        let ty = d.type_of();
        if std::ptr::eq(ty, &PROPERTY_TYPE) {
            return match obj {
                Some(o) => {
                    if singletons::is_none(&w.func) {
                        return Err(PyErr::new(
                            &crate::types::exceptions::ATTRIBUTE_ERROR,
                            "property has no getter",
                        ));
                    }
                    call_object(&w.func, std::slice::from_ref(o), &[])
                }
                None => Ok(d.clone()),
            };
        }
        if std::ptr::eq(ty, &STATICMETHOD_TYPE) {
            return Ok(w.func.clone());
        }
        if std::ptr::eq(ty, &CLASSMETHOD_TYPE) {
            let cls = match obj {
                Some(o) => o.type_of().as_value(),
                None => return Ok(d.clone()),
            };
            return Ok(super::objects::new_method(w.func.clone(), cls));
        }
    }
    if d.type_of().has_flag(tpflags::HEAPTYPE) {
        if let Some(g) = attr(d.type_of(), "__get__") {
            let (o, t) = match obj {
                Some(o) => (o.clone(), o.type_of().as_value()),
                None => (singletons::none(), singletons::none()),
            };
            return call_object(&attrs::bind(g, &d)?, &[o, t], &[]);
        }
    }
    Ok(d)
}

/// Class attribute access (`C.f`): classmethods bind to the class.
pub fn descr_get_for_class(d: Value, cls: &Value) -> PyResult<Value> {
    if std::ptr::eq(d.type_of(), &CLASSMETHOD_TYPE) {
        let w = d.downcast::<WrapperObject>().expect("wrapper");
        return Ok(super::objects::new_method(w.func.clone(), cls.clone()));
    }
    if std::ptr::eq(d.type_of(), &STATICMETHOD_TYPE) {
        let w = d.downcast::<WrapperObject>().expect("wrapper");
        return Ok(w.func.clone());
    }
    if d.type_of().has_flag(tpflags::HEAPTYPE) {
        if let Some(g) = attr(d.type_of(), "__get__") {
            return call_object(
                &attrs::bind(g, &d)?,
                &[singletons::none(), cls.clone()],
                &[],
            );
        }
    }
    Ok(d)
}

pub fn descr_set(d: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    if let Some(w) = d.downcast::<WrapperObject>() {
        let f = if value.is_some() {
            &w.setter
        } else {
            &w.deleter
        };
        if singletons::is_none(f) {
            return Err(PyErr::new(
                &crate::types::exceptions::ATTRIBUTE_ERROR,
                format!(
                    "property of '{}' object has no {}",
                    obj.type_of().name,
                    if value.is_some() { "setter" } else { "deleter" }
                ),
            ));
        }
        let mut args = vec![obj.clone()];
        args.extend(value.cloned());
        return call_object(f, &args, &[]).map(drop);
    }
    let r = match value {
        Some(v) => call_dunder(d, "__set__", &[obj.clone(), v.clone()])?,
        None => call_dunder(d, "__delete__", std::slice::from_ref(obj))?,
    };
    r.map(drop)
        .ok_or_else(|| type_error("descriptor has no __set__"))
}

#[repr(C)]
pub struct SuperObject {
    header: ObjHeader,
    pub class: Value,
    pub obj: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for SuperObject {
    fn type_object() -> &'static TypeObject {
        &SUPER_TYPE
    }
}
fn super_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let s = v.downcast::<SuperObject>().expect("super");
    if pystr::as_str(name) == Some("__class__") {
        return Ok(SUPER_TYPE.as_value());
    }
    super_lookup(&s.class, &s.obj, name, false).map(|(x, _)| x)
}
simple_type!(SUPER_TYPE, "super", SuperObject, { getattr: Some(super_getattr) });

/// `super(cls, obj)`.
pub fn new_super(class: Value, obj: Value) -> PyResult<Value> {
    if class.downcast::<TypeObject>().is_none() {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            class.type_of().name
        )));
    }
    Ok(Value::from_box(Box::new(SuperObject {
        header: ObjHeader::new(&SUPER_TYPE),
        class,
        obj,
    })))
}

/// `super().name` (zero-argument form through `__class__`).
pub fn super_lookup(
    class: &Value,
    self_: &Value,
    name: &Value,
    method: bool,
) -> PyResult<(Value, bool)> {
    let start = class.downcast::<TypeObject>().ok_or_else(|| {
        type_error("super(type, obj): obj must be an instance or subtype of type")
    })?;
    let (obj_type, is_class) = match self_.downcast::<TypeObject>() {
        Some(t) if t.is_subtype_of(start) => (self_.clone(), true),
        _ => (self_.type_of().as_value(), false),
    };
    let ot = obj_type.downcast::<TypeObject>().expect("type");
    let mro = ot.mro().clone();
    let items = tuple::items(&mro);
    let pos = items.iter().position(|t| {
        t.downcast::<TypeObject>()
            .is_some_and(|x| std::ptr::eq(x, start))
    });
    if let Some(p) = pos {
        for t in &items[p + 1..] {
            let tt = t.downcast::<TypeObject>().expect("type");
            let found = if tt.has_flag(tpflags::HEAPTYPE) {
                dict::get_item(tt.dict(), name)?
            } else {
                match tt.dict_if_created() {
                    Some(d) => dict::get_item(d, name)?,
                    None => None,
                }
            };
            if let Some(f) = found {
                if method
                    && !is_class
                    && (f.downcast_exact::<FunctionObject>().is_some()
                        || f.downcast::<super::objects::NativeFunction>()
                            .is_some_and(|n| n.owner.is_some()))
                {
                    return Ok((f, true));
                }
                if is_class {
                    return Ok((descr_get_for_class(f, self_)?, false));
                }
                return Ok((attrs::bind(f, self_)?, false));
            }
        }
    }
    // object's defaults.
    if let Some(f) = super::builtins::object_method(pystr::as_str(name).unwrap_or("")) {
        if method {
            return Ok((f, true));
        }
        return Ok((attrs::bind(f, self_)?, false));
    }
    Err(PyErr::new(
        &crate::types::exceptions::ATTRIBUTE_ERROR,
        format!(
            "'super' object has no attribute '{}'",
            pystr::to_string_lossy(name)
        ),
    ))
}
