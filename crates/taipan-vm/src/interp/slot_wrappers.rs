//! Slot wrappers: the dunder methods of built-in types (`int.__add__`,
//! `list.__len__`, `(5).__neg__`) generated from each type's slot table,
//! like CPython's `wrapper_descriptor` and its bound form `method-wrapper`.
//! A wrapper calls the slot of the type that defines it, so
//! `int.__add__(True, True)` is int addition even though bool has its own
//! slots.

use super::objects::simple_type;
use super::type_error;
use crate::error::{PyErr, PyResult};
use crate::object::{BinOp, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::types::exceptions::STOP_ITERATION;
use crate::types::{dict, int, singletons, str as pystr};

/// What a wrapper does with its operands.
#[derive(Clone, Copy)]
enum Kind {
    /// `self <op> other`.
    Binary(BinOp),
    /// `other <op> self`.
    Reflected(BinOp),
    InPlace(BinOp),
    /// `__pow__(self, other, mod=None)`; `swap` for `__rpow__`.
    Pow {
        swap: bool,
    },
    Divmod {
        swap: bool,
    },
    Compare(CompareOp),
    Concat,
    InPlaceConcat,
    Repeat,
    Neg,
    Pos,
    Invert,
    Abs,
    Int,
    Float,
    Index,
    Bool,
    Hash,
    Repr,
    Str,
    Len,
    Iter,
    Next,
    Call,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    GetAttribute,
    SetAttr,
    DelAttr,
}

#[repr(C)]
pub struct SlotWrapper {
    header: ObjHeader,
    owner: &'static TypeObject,
    name: &'static str,
    kind: Kind,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for SlotWrapper {
    fn type_object() -> &'static TypeObject {
        &WRAPPER_DESCRIPTOR_TYPE
    }
}

/// A wrapper bound to an instance: `(5).__add__`.
#[repr(C)]
pub struct MethodWrapper {
    header: ObjHeader,
    descr: Value,
    self_: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for MethodWrapper {
    fn type_object() -> &'static TypeObject {
        &METHOD_WRAPPER_TYPE
    }
}

fn descr_of(v: &Value) -> &SlotWrapper {
    v.downcast::<SlotWrapper>().expect("wrapper_descriptor")
}

fn wrapper_repr(v: &Value) -> PyResult<Value> {
    let w = descr_of(v);
    Ok(pystr::new(&format!(
        "<slot wrapper '{}' of '{}' objects>",
        w.name, w.owner.name
    )))
}

fn wrapper_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let w = descr_of(v);
    match pystr::as_str(name) {
        Some("__name__") => Ok(pystr::new(w.name)),
        Some("__qualname__") => Ok(pystr::new(&format!("{}.{}", w.owner.name, w.name))),
        Some("__objclass__") => Ok(w.owner.as_value()),
        Some("__doc__") => Ok(singletons::none()),
        _ => super::attrs::generic_getattr(v, name),
    }
}

fn wrapper_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let w = descr_of(v);
    let Some(me) = args.first() else {
        return Err(type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            w.name, w.owner.name
        )));
    };
    if !me.type_of().is_subtype_of(w.owner) {
        return Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            w.name,
            w.owner.name,
            me.type_of().name
        )));
    }
    invoke(w, me, &args[1..], kwargs)
}

fn method_wrapper_repr(v: &Value) -> PyResult<Value> {
    let m = v.downcast::<MethodWrapper>().expect("method-wrapper");
    let w = descr_of(&m.descr);
    Ok(pystr::new(&format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        w.name,
        m.self_.type_of().name,
        crate::types::object::address(&m.self_)
    )))
}

fn method_wrapper_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let m = v.downcast::<MethodWrapper>().expect("method-wrapper");
    let w = descr_of(&m.descr);
    match pystr::as_str(name) {
        Some("__self__") => Ok(m.self_.clone()),
        Some("__name__") => Ok(pystr::new(w.name)),
        Some("__qualname__") => Ok(pystr::new(&format!("{}.{}", w.owner.name, w.name))),
        Some("__objclass__") => Ok(w.owner.as_value()),
        Some("__doc__") => Ok(singletons::none()),
        _ => super::attrs::generic_getattr(v, name),
    }
}

fn method_wrapper_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let m = v.downcast::<MethodWrapper>().expect("method-wrapper");
    invoke(descr_of(&m.descr), &m.self_, args, kwargs)
}

fn method_wrapper_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<MethodWrapper>(), b.downcast::<MethodWrapper>()) else {
        return Ok(singletons::not_implemented());
    };
    let same = x.descr.is(&y.descr) && x.self_.is(&y.self_);
    Ok(match op {
        CompareOp::Eq => singletons::bool(same),
        CompareOp::Ne => singletons::bool(!same),
        _ => singletons::not_implemented(),
    })
}

simple_type!(WRAPPER_DESCRIPTOR_TYPE, "wrapper_descriptor", SlotWrapper, {
    repr: Some(wrapper_repr),
    getattr: Some(wrapper_getattr),
    call: Some(wrapper_call),
});

simple_type!(METHOD_WRAPPER_TYPE, "method-wrapper", MethodWrapper, {
    repr: Some(method_wrapper_repr),
    getattr: Some(method_wrapper_getattr),
    call: Some(method_wrapper_call),
    richcompare: Some(method_wrapper_richcompare),
});

/// A computed read-only attribute of a built-in type (`int.real`), like
/// CPython's `getset_descriptor`.
#[repr(C)]
pub struct GetSetDescriptor {
    header: ObjHeader,
    owner: &'static TypeObject,
    name: &'static str,
    get: super::objects::NativeFn,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for GetSetDescriptor {
    fn type_object() -> &'static TypeObject {
        &GETSET_DESCRIPTOR_TYPE
    }
}

impl GetSetDescriptor {
    /// The message of assigning the attribute: it has no setter.
    pub fn not_writable(&self) -> String {
        format!(
            "attribute '{}' of '{}' objects is not writable",
            self.name, self.owner.name
        )
    }
}

pub fn new_getset(
    owner: &'static TypeObject,
    name: &'static str,
    get: super::objects::NativeFn,
) -> Value {
    Value::from_box(Box::new(GetSetDescriptor {
        header: ObjHeader::new(&GETSET_DESCRIPTOR_TYPE),
        owner,
        name,
        get,
    }))
}

fn getset_repr(v: &Value) -> PyResult<Value> {
    let g = v.downcast::<GetSetDescriptor>().expect("getset_descriptor");
    Ok(pystr::new(&format!(
        "<attribute '{}' of '{}' objects>",
        g.name, g.owner.name
    )))
}

/// `descr.__get__(obj, type=None)`: the attribute of `obj`.
fn getset_get(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let g = a[0]
        .downcast::<GetSetDescriptor>()
        .expect("getset_descriptor");
    let Some(obj) = a.get(1).filter(|o| !singletons::is_none(o)) else {
        return Ok(a[0].clone());
    };
    if !obj.type_of().is_subtype_of(g.owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            g.name,
            g.owner.name,
            obj.type_of().name
        )));
    }
    (g.get)(std::slice::from_ref(obj), &[])
}

fn getset_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let g = v.downcast::<GetSetDescriptor>().expect("getset_descriptor");
    match pystr::as_str(name) {
        Some("__name__") => Ok(pystr::new(g.name)),
        Some("__qualname__") => Ok(pystr::new(&format!("{}.{}", g.owner.name, g.name))),
        Some("__objclass__") => Ok(g.owner.as_value()),
        Some("__doc__") => Ok(singletons::none()),
        Some("__get__") => {
            let f = super::objects::native("__get__", getset_get);
            let nf = f
                .downcast::<super::objects::NativeFunction>()
                .expect("native");
            Ok(super::objects::bind_native(nf, v.clone()))
        }
        _ => super::attrs::generic_getattr(v, name),
    }
}

simple_type!(GETSET_DESCRIPTOR_TYPE, "getset_descriptor", GetSetDescriptor, {
    repr: Some(getset_repr),
    getattr: Some(getset_getattr),
});

/// Binds a slot wrapper or computes a getset attribute found on the type
/// of `obj`; `None` for other attributes.
pub fn bind(attr: &Value, obj: &Value) -> Option<PyResult<Value>> {
    if let Some(g) = attr.downcast::<GetSetDescriptor>() {
        return Some((g.get)(std::slice::from_ref(obj), &[]));
    }
    attr.downcast::<SlotWrapper>()?;
    Some(Ok(Value::from_box(Box::new(MethodWrapper {
        header: ObjHeader::new(&METHOD_WRAPPER_TYPE),
        descr: attr.clone(),
        self_: obj.clone(),
    }))))
}

fn arg_count(args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(type_error(format!(
        "expected {n} argument{}, got {}",
        if n == 1 { "" } else { "s" },
        args.len()
    )))
}

/// The slot a wrapper was made from; present because the wrapper exists
/// only for slots the type defines.
fn slot<T>(f: Option<T>) -> T {
    f.expect("slot wrappers exist only for defined slots")
}

fn invoke(w: &SlotWrapper, me: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let s: &Slots = &w.owner.slots;
    let has_kwargs = kwargs.is_some_and(|k| !super::attrs::dict_items(k).is_empty());
    if has_kwargs && !matches!(w.kind, Kind::Call) {
        return Err(type_error(format!(
            "wrapper {}() takes no keyword arguments",
            w.name
        )));
    }
    let one = |args: &[Value]| -> PyResult<Value> {
        arg_count(args, 1)?;
        Ok(args[0].clone())
    };
    let none = |args: &[Value]| arg_count(args, 0);
    match w.kind {
        Kind::Binary(op) => slot(s.number[op as usize])(me, &one(args)?),
        Kind::Reflected(op) => slot(s.number[op as usize])(&one(args)?, me),
        Kind::InPlace(op) => slot(s.inplace[op as usize])(me, &one(args)?),
        Kind::Pow { swap } => {
            if args.is_empty() || args.len() > 2 {
                return Err(type_error(format!(
                    "expected 1 or 2 arguments, got {}",
                    args.len()
                )));
            }
            let (a, b) = if swap { (&args[0], me) } else { (me, &args[0]) };
            match args.get(1).filter(|m| !singletons::is_none(m)) {
                None => slot(s.number[BinOp::Pow as usize])(a, b),
                Some(m) => match s.pow3 {
                    Some(f) => f(a, b, m),
                    None => Ok(singletons::not_implemented()),
                },
            }
        }
        Kind::Divmod { swap } => {
            let other = one(args)?;
            if swap {
                slot(s.divmod)(&other, me)
            } else {
                slot(s.divmod)(me, &other)
            }
        }
        Kind::Compare(op) => slot(s.richcompare)(me, &one(args)?, op),
        Kind::Concat => slot(s.concat)(me, &one(args)?),
        Kind::InPlaceConcat => slot(s.inplace_concat)(me, &one(args)?),
        Kind::Repeat => {
            let n = one(args)?;
            if int::as_int(&n).is_none() {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    n.type_of().name
                )));
            }
            slot(s.repeat)(me, &n)
        }
        Kind::Neg => none(args).and_then(|()| slot(s.neg)(me)),
        Kind::Pos => none(args).and_then(|()| slot(s.pos)(me)),
        Kind::Invert => none(args).and_then(|()| slot(s.invert)(me)),
        Kind::Abs => none(args).and_then(|()| slot(s.abs)(me)),
        Kind::Int => none(args).and_then(|()| slot(s.int)(me)),
        Kind::Float => none(args).and_then(|()| slot(s.float)(me)),
        Kind::Index => none(args).and_then(|()| slot(s.index)(me)),
        Kind::Bool => {
            none(args)?;
            Ok(singletons::bool(slot(s.bool)(me)?))
        }
        Kind::Hash => {
            none(args)?;
            Ok(int::from_i64(slot(s.hash)(me)?))
        }
        Kind::Repr => none(args).and_then(|()| slot(s.repr)(me)),
        Kind::Str => none(args).and_then(|()| slot(s.str)(me)),
        Kind::Len => {
            none(args)?;
            Ok(int::from_u64(slot(s.length)(me)? as u64))
        }
        Kind::Iter => none(args).and_then(|()| slot(s.iter)(me)),
        Kind::Next => {
            none(args)?;
            slot(s.next)(me)?.ok_or_else(|| PyErr::with_args(&STOP_ITERATION, Vec::new()))
        }
        Kind::Call => slot(s.call)(me, args, kwargs),
        Kind::GetItem => slot(s.getitem)(me, &one(args)?),
        Kind::SetItem => {
            arg_count(args, 2)?;
            slot(s.setitem)(me, &args[0], Some(&args[1]))?;
            Ok(singletons::none())
        }
        Kind::DelItem => {
            slot(s.setitem)(me, &one(args)?, None)?;
            Ok(singletons::none())
        }
        Kind::Contains => Ok(singletons::bool(slot(s.contains)(me, &one(args)?)?)),
        Kind::GetAttribute => {
            let name = one(args)?;
            check_attr_name(&name)?;
            slot(s.getattr)(me, &name)
        }
        Kind::SetAttr => {
            arg_count(args, 2)?;
            check_attr_name(&args[0])?;
            slot(s.setattr)(me, &args[0], Some(&args[1]))?;
            Ok(singletons::none())
        }
        Kind::DelAttr => {
            let name = one(args)?;
            check_attr_name(&name)?;
            slot(s.setattr)(me, &name, None)?;
            Ok(singletons::none())
        }
    }
}

fn check_attr_name(name: &Value) -> PyResult<()> {
    if name.downcast::<crate::types::str::StrObject>().is_some() {
        return Ok(());
    }
    Err(type_error(format!(
        "attribute name must be string, not '{}'",
        name.type_of().name
    )))
}

const BINARY_NAMES: [(BinOp, &str, &str, &str); 13] = [
    (BinOp::Add, "__add__", "__radd__", "__iadd__"),
    (BinOp::Sub, "__sub__", "__rsub__", "__isub__"),
    (BinOp::Mul, "__mul__", "__rmul__", "__imul__"),
    (BinOp::Rem, "__mod__", "__rmod__", "__imod__"),
    (BinOp::Pow, "__pow__", "__rpow__", "__ipow__"),
    (BinOp::LShift, "__lshift__", "__rlshift__", "__ilshift__"),
    (BinOp::RShift, "__rshift__", "__rrshift__", "__irshift__"),
    (BinOp::And, "__and__", "__rand__", "__iand__"),
    (BinOp::Xor, "__xor__", "__rxor__", "__ixor__"),
    (BinOp::Or, "__or__", "__ror__", "__ior__"),
    (
        BinOp::FloorDiv,
        "__floordiv__",
        "__rfloordiv__",
        "__ifloordiv__",
    ),
    (
        BinOp::TrueDiv,
        "__truediv__",
        "__rtruediv__",
        "__itruediv__",
    ),
    (BinOp::MatMul, "__matmul__", "__rmatmul__", "__imatmul__"),
];

/// Whether a slot is defined by the type itself rather than inherited
/// from its base (or shared with `object`'s generic behaviour).
fn own<T: Copy>(
    ty: &TypeObject,
    get: impl Fn(&Slots) -> Option<T>,
    addr: impl Fn(T) -> usize,
) -> bool {
    let Some(f) = get(&ty.slots) else {
        return false;
    };
    let inherited = ty
        .base()
        .and_then(|b| get(&b.slots))
        .is_some_and(|g| addr(g) == addr(f));
    !inherited
}

type UnaryGetter = fn(&Slots) -> Option<crate::object::UnaryFn>;

/// The wrappers a type's own slots call for, in CPython's order of
/// precedence (number slots before sequence slots of the same name).
fn wrappers_for(ty: &TypeObject) -> Vec<(&'static str, Kind)> {
    let mut out = Vec::new();
    for (op, name, rname, iname) in BINARY_NAMES {
        let i = op as usize;
        if own(ty, |s| s.number[i], |f| f as usize) {
            if op == BinOp::Pow {
                out.push((name, Kind::Pow { swap: false }));
                out.push((rname, Kind::Pow { swap: true }));
            } else {
                out.push((name, Kind::Binary(op)));
                out.push((rname, Kind::Reflected(op)));
            }
        }
        if own(ty, |s| s.inplace[i], |f| f as usize) {
            out.push((iname, Kind::InPlace(op)));
        }
    }
    if own(ty, |s| s.divmod, |f| f as usize) {
        out.push(("__divmod__", Kind::Divmod { swap: false }));
        out.push(("__rdivmod__", Kind::Divmod { swap: true }));
    }
    let unary: [(&str, Kind, UnaryGetter); 7] = [
        ("__neg__", Kind::Neg, |s| s.neg),
        ("__pos__", Kind::Pos, |s| s.pos),
        ("__invert__", Kind::Invert, |s| s.invert),
        ("__abs__", Kind::Abs, |s| s.abs),
        ("__int__", Kind::Int, |s| s.int),
        ("__float__", Kind::Float, |s| s.float),
        ("__index__", Kind::Index, |s| s.index),
    ];
    for (name, kind, get) in unary {
        if own(ty, get, |f| f as usize) {
            out.push((name, kind));
        }
    }
    if own(ty, |s| s.bool, |f| f as usize) {
        out.push(("__bool__", Kind::Bool));
    }
    // `object` itself gets the generic behaviours; other types only their
    // own.
    let generic = |f: Option<usize>| ty.base().is_some() && is_generic(f);
    if own(ty, |s| s.richcompare, |f| f as usize)
        && !generic(ty.slots.richcompare.map(|f| f as usize))
    {
        for op in CompareOp::ALL {
            out.push((op.dunder(), Kind::Compare(op)));
        }
    }
    if own(ty, |s| s.hash, |f| f as usize) && !generic(ty.slots.hash.map(|f| f as usize)) {
        out.push(("__hash__", Kind::Hash));
    }
    if own(ty, |s| s.repr, |f| f as usize) {
        out.push(("__repr__", Kind::Repr));
    }
    if own(ty, |s| s.str, |f| f as usize) {
        out.push(("__str__", Kind::Str));
    }
    if own(ty, |s| s.length, |f| f as usize) {
        out.push(("__len__", Kind::Len));
    }
    if own(ty, |s| s.iter, |f| f as usize) {
        out.push(("__iter__", Kind::Iter));
    }
    if own(ty, |s| s.next, |f| f as usize) {
        out.push(("__next__", Kind::Next));
    }
    if own(ty, |s| s.call, |f| f as usize) {
        out.push(("__call__", Kind::Call));
    }
    if own(ty, |s| s.getitem, |f| f as usize) {
        out.push(("__getitem__", Kind::GetItem));
    }
    if own(ty, |s| s.setitem, |f| f as usize) {
        out.push(("__setitem__", Kind::SetItem));
        out.push(("__delitem__", Kind::DelItem));
    }
    if own(ty, |s| s.contains, |f| f as usize) {
        out.push(("__contains__", Kind::Contains));
    }
    if own(ty, |s| s.concat, |f| f as usize) {
        out.push(("__add__", Kind::Concat));
    }
    if own(ty, |s| s.inplace_concat, |f| f as usize) {
        out.push(("__iadd__", Kind::InPlaceConcat));
    }
    if own(ty, |s| s.repeat, |f| f as usize) {
        out.push(("__mul__", Kind::Repeat));
        out.push(("__rmul__", Kind::Repeat));
    }
    if own(ty, |s| s.getattr, |f| f as usize) && !generic(ty.slots.getattr.map(|f| f as usize)) {
        out.push(("__getattribute__", Kind::GetAttribute));
    }
    if own(ty, |s| s.setattr, |f| f as usize) {
        out.push(("__setattr__", Kind::SetAttr));
        out.push(("__delattr__", Kind::DelAttr));
    }
    out
}

/// `object`'s behaviours that other types share under different slot
/// functions: wrappers for them would only repeat `object`'s.
fn is_generic(f: Option<usize>) -> bool {
    let generic = [
        crate::types::object::identity_hash as crate::object::typeobj::HashFn as usize,
        crate::types::object::identity_richcompare as crate::object::typeobj::RichCompareFn
            as usize,
        crate::types::object::generic_getattr as crate::object::typeobj::GetAttrFn as usize,
        super::attrs::generic_getattr as crate::object::typeobj::GetAttrFn as usize,
    ];
    f.is_some_and(|f| generic.contains(&f))
}

/// Adds the wrappers of `ty`'s own slots to its dict (names it already
/// has win), and `__hash__ = None` when the type makes its instances
/// unhashable.
fn install_type(ty: &'static TypeObject) {
    let d = ty.dict();
    for (name, kind) in wrappers_for(ty) {
        let key = pystr::intern(name);
        if dict::get_item(d, &key).ok().flatten().is_some() {
            continue;
        }
        let w = Value::from_box(Box::new(SlotWrapper {
            header: ObjHeader::new(&WRAPPER_DESCRIPTOR_TYPE),
            owner: ty,
            name,
            kind,
        }));
        let _ = dict::set_item(d, key, w);
    }
    // As in CPython, a built-in type without a docstring has `__doc__`
    // None in its own dict rather than inheriting object's.
    let doc = pystr::intern("__doc__");
    if dict::get_item(d, &doc).ok().flatten().is_none() {
        let _ = dict::set_item(d, doc, singletons::none());
    }
    if ty.slots.hash.is_none() && ty.base().is_some_and(|b| b.slots.hash.is_some()) {
        let key = pystr::intern("__hash__");
        if dict::get_item(d, &key).ok().flatten().is_none() {
            let _ = dict::set_item(d, key, singletons::none());
        }
    }
}

/// Installs the slot wrappers of the given built-in types.
pub fn install(types: &[&'static TypeObject]) {
    for ty in types {
        install_type(ty);
    }
}

/// Installs the slot wrappers of the built-in types (after their explicit
/// methods, which take precedence).
pub fn install_builtin_types() {
    use super::builtins as b;
    use crate::types;
    let statics: &[&'static TypeObject] = &[
        &types::object::OBJECT_TYPE,
        &types::object::TYPE_TYPE,
        &types::int::INT_TYPE,
        &types::singletons::BOOL_TYPE,
        &types::float::FLOAT_TYPE,
        &super::complex::COMPLEX_TYPE,
        &types::str::STR_TYPE,
        &types::str::STR_ITERATOR_TYPE,
        &types::str::STR_ASCII_ITERATOR_TYPE,
        &types::bytes::BYTES_TYPE,
        &types::bytes::BYTES_ITERATOR_TYPE,
        &super::bytearray::BYTEARRAY_TYPE,
        &types::list::LIST_TYPE,
        &types::list::LIST_ITERATOR_TYPE,
        &types::tuple::TUPLE_TYPE,
        &types::tuple::TUPLE_ITERATOR_TYPE,
        &types::dict::DICT_TYPE,
        &types::dict::DICT_KEYITERATOR_TYPE,
        &types::dict::DICT_VALUEITERATOR_TYPE,
        &types::dict::DICT_ITEMITERATOR_TYPE,
        &types::dict::DICT_REVERSEKEYITERATOR_TYPE,
        &types::dict::DICT_REVERSEVALUEITERATOR_TYPE,
        &types::dict::DICT_REVERSEITEMITERATOR_TYPE,
        &types::set::SET_TYPE,
        &types::set::FROZENSET_TYPE,
        &types::set::SET_ITERATOR_TYPE,
        &types::singletons::NONE_TYPE,
        &types::singletons::NOT_IMPLEMENTED_TYPE,
        &types::singletons::ELLIPSIS_TYPE,
        &b::RANGE_TYPE,
        &b::ENUMERATE_TYPE,
        &b::ZIP_TYPE,
        &b::MAP_TYPE,
        &b::FILTER_TYPE,
        &b::REVERSED_TYPE,
        &super::objects::SLICE_TYPE,
        &super::objects::FUNCTION_TYPE,
        &super::objects::METHOD_TYPE,
        &super::objects::BUILTIN_FUNCTION_TYPE,
        &super::objects::METHOD_DESCRIPTOR_TYPE,
        &super::objects::MODULE_TYPE,
        &super::classes::PROPERTY_TYPE,
        &super::classes::CLASSMETHOD_TYPE,
        &super::classes::CLASSMETHOD_DESCRIPTOR_TYPE,
        &super::classes::STATICMETHOD_TYPE,
        &super::classes::SUPER_TYPE,
        &super::generators::GENERATOR_TYPE,
        &WRAPPER_DESCRIPTOR_TYPE,
        &METHOD_WRAPPER_TYPE,
    ];
    install(statics);
    install(types::exceptions::ALL);
}
