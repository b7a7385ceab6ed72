//! Methods of object, type and BaseException, the `__new__`/`__init__` of
//! the subclassable built-in types, and the slot wrappers (`int.__add__`,
//! `dict.__getitem__`, ...) that expose built-in slots as methods.

use super::*;
use crate::object::tpflags;

fn self_type(a: &[Value]) -> PyResult<&TypeObject> {
    a.first()
        .and_then(|t| t.downcast::<TypeObject>())
        .ok_or_else(|| type_error("object.__new__(X): X is not a type object"))
}

pub(super) fn m_object_init(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() > 1 {
        let ty = a[0].type_of();
        if classes::overrides(ty, "__init__") {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !classes::overrides(ty, "__new__") {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ty.name
            )));
        }
    }
    Ok(singletons::none())
}
pub(super) fn m_object_new(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let ty = self_type(a)?;
    classes::check_object_new_args(ty, &a[1..])?;
    classes::new_instance(ty, &a[1..])
}
pub(super) fn m_object_repr(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(&crate::types::object::default_repr_text(&a[0])))
}
pub(super) fn m_object_str(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    ops::repr(&a[0])
}
pub(super) fn m_object_eq(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(if a[0].is(&a[1]) {
        singletons::true_()
    } else {
        singletons::not_implemented()
    })
}
/// `object.__ne__`: the inverse of `__eq__` unless that is NotImplemented.
pub(super) fn m_object_ne(a: &[Value], k: &[Value]) -> PyResult<Value> {
    classes::check_args(a, k, 1)?;
    let Some(eq) = attrs::lookup_special(&a[0], "__eq__")? else {
        return Ok(singletons::not_implemented());
    };
    let r = call_object(&attrs::bind(eq, &a[0])?, &a[1..2], &[])?;
    if singletons::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(singletons::bool(!ops::truthy(&r)?))
}
pub(super) fn m_object_hash(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(crate::types::object::identity_hash(&a[0])?))
}
pub(super) fn m_object_setattr(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::generic_setattr(&a[0], &a[1], Some(&a[2]))?;
    Ok(singletons::none())
}
pub(super) fn m_object_delattr(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            a.len() - 1
        )));
    }
    attrs::generic_setattr(&a[0], &a[1], None)?;
    Ok(singletons::none())
}
pub(super) fn m_object_getattribute(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::generic_getattr(&a[0], &a[1])
}
pub(super) fn m_object_init_subclass(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = a
        .first()
        .ok_or_else(|| type_error("__init_subclass__() needs a class argument"))?;
    if !k.is_empty() {
        let name = cls
            .downcast::<TypeObject>()
            .map_or_else(|| cls.type_of().name.to_string(), |t| t.name.to_string());
        return Err(type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(singletons::none())
}
pub(super) fn m_exc_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let ty = self_type(a)?;
    let n = a.len() - k.len();
    crate::interp::exception_methods::new_instance(ty, &a[1..n])
}
pub(super) fn m_exc_init(a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::interp::exception_methods::base_init(&a[0], &a[1..], k)?;
    Ok(singletons::none())
}
/// `BaseException.__reduce__`: `(type, args)`, plus the instance dict
/// when it holds attributes.
pub(super) fn m_exc_reduce(a: &[Value], k: &[Value]) -> PyResult<Value> {
    classes::check_args(a, k, 0)?;
    let me = &a[0];
    let mut parts = vec![me.type_of().as_value(), exceptions::args(me)];
    if let Some(d) = attrs::instance_dict(me) {
        if ops::len(&d)? > 0 {
            parts.push(d);
        }
    }
    Ok(tuple::new(parts))
}
pub(super) fn m_exc_with_traceback(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::exc_setattr(&a[0], &pystr::intern("__traceback__"), Some(&a[1]))?;
    Ok(a[0].clone())
}
pub(super) fn m_exc_add_note(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if pystr::as_str(&a[1]).is_none() {
        return Err(type_error(format!(
            "add_note() argument must be str, not {}",
            a[1].type_of().name
        )));
    }
    let d = attrs::instance_dict(&a[0]).expect("dict");
    let key = pystr::intern("__notes__");
    let notes = match dict::get_item(&d, &key)? {
        Some(n) => n,
        None => {
            let l = list::new(Vec::new());
            dict::set_item(&d, key, l.clone())?;
            l
        }
    };
    if notes.downcast::<list::ListObject>().is_none() {
        return Err(type_error("Cannot add note: __notes__ is not a list"));
    }
    attrs::list_append(&notes, a[1].clone())?;
    Ok(singletons::none())
}

// ---------------------------------------------------------------- type

/// `type.__new__(meta, name, bases, ns, **kwds)`.
fn m_type_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let meta = a
        .first()
        .and_then(|t| t.downcast::<TypeObject>())
        .ok_or_else(|| type_error("type.__new__(X): X is not a type object"))?;
    let n = a.len() - k.len();
    if n != 4 {
        return Err(type_error("type.__new__() takes exactly 3 arguments"));
    }
    if a[2]
        .downcast::<crate::types::tuple::TupleObject>()
        .is_none()
    {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            a[2].type_of().name
        )));
    }
    let bases = tuple::items(&a[2]).to_vec();
    classes::create_class(meta, &a[1], bases, &a[3], &a[n..], k)
}
fn m_type_init(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::none())
}
fn m_type_call(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let ty = a[0].downcast::<TypeObject>().expect("type");
    classes::type_call(&a[0], ty, &a[1..], k)
}
fn m_type_mro(a: &[Value], k: &[Value]) -> PyResult<Value> {
    classes::check_args(a, k, 0)?;
    let ty = a[0].downcast::<TypeObject>().expect("type");
    Ok(list::new(tuple::items(ty.mro()).to_vec()))
}
fn m_type_subclasses(a: &[Value], k: &[Value]) -> PyResult<Value> {
    classes::check_args(a, k, 0)?;
    let ty = a[0].downcast::<TypeObject>().expect("type");
    Ok(list::new(ty.subclasses()))
}
fn m_type_instancecheck(a: &[Value], k: &[Value]) -> PyResult<Value> {
    classes::check_args(a, k, 1)?;
    let ty = a[0].downcast::<TypeObject>().expect("type");
    Ok(singletons::bool(a[1].type_of().is_subtype_of(ty)))
}
fn m_type_subclasscheck(a: &[Value], k: &[Value]) -> PyResult<Value> {
    classes::check_args(a, k, 1)?;
    let ty = a[0].downcast::<TypeObject>().expect("type");
    let sub = a[1]
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error("issubclass() arg 1 must be a class"))?;
    Ok(singletons::bool(sub.is_subtype_of(ty)))
}

// ---------------------------------------------------------------- built-in subclasses

/// The built-in type at the root of `t`'s base chain.
fn static_base(t: &TypeObject) -> &TypeObject {
    classes::solid_base(t)
}

fn is_mutable_container(t: &TypeObject) -> bool {
    [
        &crate::types::list::LIST_TYPE,
        &crate::types::dict::DICT_TYPE,
        &crate::types::set::SET_TYPE,
    ]
    .iter()
    .any(|x| std::ptr::eq(t, *x))
}

/// `int.__new__(cls, ...)` and the other built-in `__new__`s: the value
/// is built by the built-in constructor (mutable containers start empty
/// and are filled by `__init__`), then becomes an instance of `cls`.
/// The built-in types that user classes may subclass; `m_builtin_new::<I>`
/// is the `__new__` of `SUBCLASSABLE[I]`.
const SUBCLASSABLE: [&TypeObject; 9] = [
    &crate::types::int::INT_TYPE,
    &crate::types::float::FLOAT_TYPE,
    &crate::types::str::STR_TYPE,
    &crate::types::bytes::BYTES_TYPE,
    &crate::types::tuple::TUPLE_TYPE,
    &crate::types::list::LIST_TYPE,
    &crate::types::dict::DICT_TYPE,
    &crate::types::set::SET_TYPE,
    &crate::types::set::FROZENSET_TYPE,
];

fn m_builtin_new<const I: usize>(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let owner = SUBCLASSABLE[I];
    let cls = a
        .first()
        .and_then(|t| t.downcast::<TypeObject>())
        .ok_or_else(|| {
            let what = a
                .first()
                .map_or("NULL".into(), |t| t.type_of().name.clone());
            type_error(format!(
                "{}.__new__(X): X is not a type object ({what})",
                owner.name
            ))
        })?;
    // `int.__new__(str)` would build an int and label it a str.
    if !cls.is_subtype_of(owner) {
        return Err(type_error(format!(
            "{0}.__new__({1}): {1} is not a subtype of {0}",
            owner.name, cls.name
        )));
    }
    if !cls.has_flag(tpflags::HEAPTYPE) {
        return construct_builtin(&a[0], cls, &a[1..], k);
    }
    let solid = static_base(cls);
    let v = if is_mutable_container(solid) {
        construct_builtin(&solid.as_value(), solid, &[], &[])?
    } else {
        construct_builtin(&solid.as_value(), solid, &a[1..], k)?
    };
    classes::make_instance(cls, v)
}

/// `list.__init__`, `dict.__init__`, `set.__init__`: fill the container
/// from the constructor's arguments (without calling overridden methods).
fn m_container_init(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let me = &a[0];
    let solid = static_base(me.type_of());
    let src = construct_builtin(&solid.as_value(), solid, &a[1..], k)?;
    if let Some(l) = me.downcast::<crate::types::list::ListObject>() {
        l.clear();
        l.extend(collect(&src)?);
    } else if me.downcast::<crate::types::dict::DictObject>().is_some() {
        for (key, v) in attrs::dict_items(&src) {
            dict::set_item(me, key, v)?;
        }
    } else if let Some(s) = me.downcast::<crate::types::set::SetObject>() {
        s.clear();
        for x in collect(&src)? {
            s.add(x)?;
        }
    }
    Ok(singletons::none())
}

/// `object.__format__(spec)`: only an empty spec, meaning `str(self)`
/// (numbers without their own `__format__` use the built-in formatting).
fn m_object_format(a: &[Value], k: &[Value]) -> PyResult<Value> {
    classes::check_args(a, k, 1)?;
    if a[1].downcast::<crate::types::str::StrObject>().is_none() {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            a[1].type_of().name
        )));
    }
    formatting::default_format(&a[0], &a[1])
}

/// `object.__subclasshook__(subclass)`: no opinion.
fn m_object_subclasshook(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        let name = a
            .first()
            .and_then(|c| c.downcast::<TypeObject>())
            .map_or("object", |t| &t.name);
        return Err(type_error(format!(
            "{name}.__subclasshook__() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    Ok(singletons::not_implemented())
}

fn copyreg() -> PyResult<Value> {
    crate::interp::modules::import_name(
        &pystr::intern("copyreg"),
        &singletons::none(),
        &int::from_i64(0),
        &dict::new(),
    )
}

/// `object.__reduce__()`: copyreg's protocol-0 reduction.
fn m_object_reduce(a: &[Value], k: &[Value]) -> PyResult<Value> {
    classes::check_args(a, k, 0)?;
    let f = attrs::getattr_str(&copyreg()?, "_reduce_ex")?;
    call_object(&f, &[a[0].clone(), int::from_i64(0)], &[])
}

/// `object.__reduce_ex__(protocol)`: an overriding `__reduce__`, else for
/// protocol 2 and up `copyreg.__newobj__` with the instance's `__dict__` and
/// its list or dict items, else copyreg's old-style reduction.
fn m_object_reduce_ex(a: &[Value], k: &[Value]) -> PyResult<Value> {
    classes::check_args(a, k, 1)?;
    let me = &a[0];
    let proto = int::as_int(&a[1]).and_then(|p| p.to_i64()).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a[1].type_of().name
        ))
    })?;
    if classes::overrides(me.type_of(), "__reduce__") {
        let f = attrs::getattr_str(me, "__reduce__")?;
        return call_object(&f, &[], &[]);
    }
    if proto < 2 {
        let f = attrs::getattr_str(&copyreg()?, "_reduce_ex")?;
        return call_object(&f, &[me.clone(), a[1].clone()], &[]);
    }
    let newobj = attrs::getattr_str(&copyreg()?, "__newobj__")?;
    let state = match attrs::instance_dict(me) {
        Some(d) if !attrs::dict_items(&d).is_empty() => d,
        _ => singletons::none(),
    };
    let ty = me.type_of();
    let list_items = if ty.is_subtype_of(&crate::types::list::LIST_TYPE) {
        attrs::iter(me)?
    } else {
        singletons::none()
    };
    let dict_items = if ty.is_subtype_of(&crate::types::dict::DICT_TYPE) {
        let items = call_object(&attrs::getattr_str(me, "items")?, &[], &[])?;
        attrs::iter(&items)?
    } else {
        singletons::none()
    };
    Ok(tuple::new(vec![
        newobj,
        tuple::new(vec![ty.as_value()]),
        state,
        list_items,
        dict_items,
    ]))
}

// ---------------------------------------------------------------- slot wrappers

/// `object`'s methods (for `super().__init__()` and friends).
pub fn object_method(name: &str) -> Option<Value> {
    let d = OBJECT_TYPE.dict();
    dict::get_item(d, &pystr::intern(name)).ok().flatten()
}

/// `obj.__class__` read through `object.__dict__['__class__']`.
fn m_object_class(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(a[0].type_of().as_value())
}

/// `type.__dict__['__name__']` / `['__qualname__']` read on a class.
fn m_type_name(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    ops::getattr(&a[0], &pystr::intern("__name__"))
}
fn m_type_qualname(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    ops::getattr(&a[0], &pystr::intern("__qualname__"))
}
// `type.__dict__['__mro__'].__get__` etc. (inspect reads classes through
// these, bypassing metaclass overrides); the class's own attribute answers.
fn m_type_mro_attr(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    ops::getattr(&a[0], &pystr::intern("__mro__"))
}
fn m_type_bases(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    ops::getattr(&a[0], &pystr::intern("__bases__"))
}
fn m_type_base(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    ops::getattr(&a[0], &pystr::intern("__base__"))
}
/// `type.__flags__`, in CPython's bit layout (what `inspect.isabstract`
/// and others test).
fn m_type_flags(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let ty = a[0]
        .downcast::<TypeObject>()
        .expect("getset checked the type");
    const READY: u64 = 1 << 12;
    const IS_ABSTRACT: u64 = 1 << 20;
    let mut flags = READY | (ty.flags & 0xFF00_0000);
    for (ours, cpython) in [
        (tpflags::IMMUTABLE, 1 << 8),
        (tpflags::HEAPTYPE, 1 << 9),
        (tpflags::BASETYPE, 1 << 10),
        (tpflags::HAVE_GC, 1 << 14),
    ] {
        if ty.has_flag(ours) {
            flags |= cpython;
        }
    }
    let abstract_methods = match ty.dict_if_created() {
        Some(d) => dict::get_item(d, &pystr::intern("__abstractmethods__"))?,
        None => None,
    };
    if let Some(m) = abstract_methods {
        if ops::truthy(&m)? {
            flags |= IS_ABSTRACT;
        }
    }
    Ok(int::from_u64(flags))
}
fn m_type_dict(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let ty = a[0]
        .downcast::<TypeObject>()
        .expect("getset checked the type");
    Ok(crate::interp::classes::new_mappingproxy(ty.dict().clone()))
}

pub(super) fn install() {
    super::int_methods::set_doc(&OBJECT_TYPE, "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
    super::int_methods::add_getters(&OBJECT_TYPE, &[("__class__", m_object_class)]);
    add_methods(
        &OBJECT_TYPE,
        &[
            ("__init__", m_object_init),
            ("__repr__", m_object_repr),
            ("__str__", m_object_str),
            ("__eq__", m_object_eq),
            ("__ne__", m_object_ne),
            ("__hash__", m_object_hash),
            ("__setattr__", m_object_setattr),
            ("__delattr__", m_object_delattr),
            ("__getattribute__", m_object_getattribute),
            ("__format__", m_object_format),
            ("__reduce__", m_object_reduce),
            ("__reduce_ex__", m_object_reduce_ex),
        ],
    );
    let static_method = |ty: &'static TypeObject, name: &'static str, f: objects::NativeFn| {
        let _ = dict::set_item(
            ty.dict(),
            pystr::intern(name),
            classes::new_wrapper(&classes::STATICMETHOD_TYPE, objects::native(name, f)),
        );
    };
    static_method(&OBJECT_TYPE, "__new__", m_object_new);
    let _ = dict::set_item(
        OBJECT_TYPE.dict(),
        pystr::intern("__subclasshook__"),
        classes::new_wrapper(
            &classes::CLASSMETHOD_TYPE,
            objects::native("__subclasshook__", m_object_subclasshook),
        ),
    );
    let _ = dict::set_item(
        OBJECT_TYPE.dict(),
        pystr::intern("__init_subclass__"),
        classes::new_wrapper(
            &classes::CLASSMETHOD_DESCRIPTOR_TYPE,
            objects::native("__init_subclass__", m_object_init_subclass),
        ),
    );
    static_method(&exceptions::BASE_EXCEPTION, "__new__", m_exc_new);
    add_methods(
        &exceptions::BASE_EXCEPTION,
        &[
            ("__init__", m_exc_init),
            ("__reduce__", m_exc_reduce),
            ("with_traceback", m_exc_with_traceback),
            ("add_note", m_exc_add_note),
        ],
    );
    static_method(&TYPE_TYPE, "__new__", m_type_new);
    static_method(
        &objects::MODULE_TYPE,
        "__new__",
        crate::interp::introspect::module_new,
    );
    add_methods(
        &objects::MODULE_TYPE,
        &[("__init__", crate::interp::introspect::module_init)],
    );
    classes::register_layout::<objects::ModuleObject>(&objects::MODULE_TYPE);
    super::int_methods::add_getters(
        &TYPE_TYPE,
        &[
            ("__name__", m_type_name),
            ("__qualname__", m_type_qualname),
            ("__mro__", m_type_mro_attr),
            ("__bases__", m_type_bases),
            ("__base__", m_type_base),
            ("__dict__", m_type_dict),
            ("__flags__", m_type_flags),
        ],
    );
    add_methods(
        &TYPE_TYPE,
        &[
            ("__init__", m_type_init),
            ("__call__", m_type_call),
            ("mro", m_type_mro),
            ("__subclasses__", m_type_subclasses),
            ("__instancecheck__", m_type_instancecheck),
            ("__subclasscheck__", m_type_subclasscheck),
        ],
    );
    let news: [objects::NativeFn; 9] = [
        m_builtin_new::<0>,
        m_builtin_new::<1>,
        m_builtin_new::<2>,
        m_builtin_new::<3>,
        m_builtin_new::<4>,
        m_builtin_new::<5>,
        m_builtin_new::<6>,
        m_builtin_new::<7>,
        m_builtin_new::<8>,
    ];
    for (ty, new) in SUBCLASSABLE.into_iter().zip(news) {
        static_method(ty, "__new__", new);
        if is_mutable_container(ty) {
            add_methods(ty, &[("__init__", m_container_init)]);
        }
    }
    classes::install_descriptor_methods();
    classes::install_class_getitem(&[
        &crate::types::list::LIST_TYPE,
        &crate::types::dict::DICT_TYPE,
        &crate::types::tuple::TUPLE_TYPE,
        &crate::types::set::SET_TYPE,
        &crate::types::set::FROZENSET_TYPE,
        &TYPE_TYPE,
    ]);
}
