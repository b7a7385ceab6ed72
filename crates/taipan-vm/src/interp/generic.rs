//! `typing.Generic` and type-parameter substitution: what CPython's
//! `typing.py` does for `Generic[...]`, `class C(Generic[T])` and
//! `C[int]` (`_generic_class_getitem`, `_generic_init_subclass`), done
//! natively so that PEP 695 classes need no `typing` import; the
//! `__parameters__` of aliases; `list[T][int]`, `(int | T)[str]` and
//! `Union[...]` (CPython's `_Py_subs_parameters` and union builder).

use super::builtins::check_count;
use super::classes;
use super::objects;
use super::typevars::{
    call_typing, getattr_opt, is_kind, is_unionable, ParamKind, TypeParamObject, MODULE,
};
use super::{attrs, call_object, type_error};
use crate::error::PyResult;
use crate::object::{TypeObject, Value};
use crate::ops;
use crate::types::exceptions::ATTRIBUTE_ERROR;
use crate::types::{dict, singletons, str as pystr, tuple};
use std::sync::OnceLock;

static GENERIC: OnceLock<Value> = OnceLock::new();

/// `typing.Generic`: a class whose subclasses get `__parameters__`, and
/// whose subscription makes an alias (CPython delegates both to
/// `typing.py`'s `_generic_init_subclass` / `_generic_class_getitem`).
pub fn generic() -> Value {
    GENERIC
        .get_or_init(|| {
            let ns = dict::new();
            let set = |k: &str, v: Value| {
                dict::set_item(&ns, pystr::intern(k), v).expect("str keys");
            };
            let classmethod = |name, f| {
                classes::new_wrapper(&classes::CLASSMETHOD_TYPE, objects::native(name, f))
            };
            set("__module__", pystr::intern(MODULE));
            set("__doc__", pystr::new(GENERIC_DOC));
            set(
                "__class_getitem__",
                classmethod("__class_getitem__", m_generic_class_getitem),
            );
            set(
                "__init_subclass__",
                classmethod("__init_subclass__", m_generic_init_subclass),
            );
            // No instance dict, as CPython's static `Generic`: subclasses
            // with `__slots__` stay without one. The layout is fixed once
            // made, so `__slots__` leaves the dict as in CPython's.
            set("__slots__", tuple::new(Vec::new()));
            let cls =
                classes::new_class("Generic", Vec::new(), &ns).expect("Generic is a plain class");
            let ty = cls.downcast::<TypeObject>().expect("a class");
            let _ = dict::del_item(ty.dict(), &pystr::intern("__slots__"));
            cls
        })
        .clone()
}

const GENERIC_DOC: &str = "Abstract base class for generic types.\n\nOn Python 3.12 and newer, generic classes implicitly inherit from\nGeneric when they declare a parameter list after the class's name::\n\n    class Mapping[KT, VT]:\n        def __getitem__(self, key: KT) -> VT:\n            ...\n        # Etc.\n\nOn older versions of Python, however, generic classes have to\nexplicitly inherit from Generic.\n\nAfter a class has been declared to be generic, it can then be used as\nfollows::\n\n    def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:\n        try:\n            return mapping[key]\n        except KeyError:\n            return default\n";

/// Whether `v` may appear in `Generic[...]`: a TypeVar, a ParamSpec or an
/// unpacked TypeVarTuple.
fn is_typevar_like(v: &Value) -> PyResult<bool> {
    if is_kind(v, ParamKind::TypeVar) || is_kind(v, ParamKind::ParamSpec) {
        return Ok(true);
    }
    match attrs::getattr_str(v, "__typing_is_unpacked_typevartuple__") {
        Ok(x) => ops::truthy(&x),
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The type parameters that `args` mention, in first-seen order
/// (`__parameters__` of aliases).
pub fn collect_parameters(args: &[Value]) -> PyResult<Vec<Value>> {
    collect_ordered(args, false)
}

/// As [`collect_parameters`]; with `enforce_default_ordering` (a generic
/// class's parameters) a parameter without a default may not follow one
/// with a default, nor one with a default a TypeVarTuple.
pub(super) fn collect_ordered(
    args: &[Value],
    enforce_default_ordering: bool,
) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    let add = |x: Value, out: &mut Vec<Value>| {
        if !out.iter().any(|y| y.is(&x)) {
            out.push(x);
        }
    };
    let mut default_seen = false;
    let mut tuple_seen = false;
    for t in args {
        if t.downcast::<TypeObject>().is_some() {
            continue;
        }
        if t.downcast::<tuple::TupleObject>().is_some() {
            for x in collect_parameters(tuple::items(t))? {
                add(x, &mut out);
            }
        } else if let Some(p) = t.downcast::<TypeParamObject>() {
            // A bare TypeVarTuple here stands for its unpacking.
            if p.kind == ParamKind::TypeVarTuple {
                tuple_seen = true;
            } else if enforce_default_ordering && !out.iter().any(|y| y.is(t)) {
                if tuple_seen && p.has_default() {
                    return Err(type_error(
                        "Type parameter with a default follows TypeVarTuple",
                    ));
                }
                if p.has_default() {
                    default_seen = true;
                } else if default_seen {
                    return Err(type_error(format!(
                        "Type parameter {} without a default follows type parameter with a default",
                        pystr::to_string_lossy(&ops::repr(t)?)
                    )));
                }
            }
            add(t.clone(), &mut out);
        } else if let Some(ps) = getattr_opt(t, "__parameters__")? {
            if ps.downcast::<tuple::TupleObject>().is_some() {
                for x in tuple::items(&ps) {
                    add(x.clone(), &mut out);
                }
            }
        }
    }
    Ok(out)
}

/// Whether `v` is `typing.Protocol`, which `typing.py` defines.
fn is_protocol(v: &Value) -> bool {
    v.downcast::<TypeObject>()
        .is_some_and(|t| t.name == "Protocol" && t.module == MODULE)
}

/// `Generic[...]` and `C[...]` of a generic class `C`.
fn m_generic_class_getitem(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__class_getitem__", a.len() + k.len() - 1, 1, 1)?;
    let cls = &a[0];
    let mut params: Vec<Value> = match a[1].downcast::<tuple::TupleObject>() {
        Some(_) => tuple::items(&a[1]).to_vec(),
        None => vec![a[1].clone()],
    };
    for p in params.iter_mut() {
        if singletons::is_none(p) {
            *p = singletons::NONE_TYPE.as_value();
        }
    }
    if cls.is(&generic()) || is_protocol(cls) {
        let name = &cls.downcast::<TypeObject>().expect("a class").name;
        if params.is_empty() {
            return Err(type_error(format!(
                "Parameter list to {name}[...] cannot be empty"
            )));
        }
        for p in &params {
            if !is_typevar_like(p)? {
                return Err(type_error(format!("Parameters to {name}[...] must all be type variables or parameter specification variables.")));
            }
        }
        for (i, p) in params.iter().enumerate() {
            for q in &params[..i] {
                if ops::eq(p, q)? {
                    return Err(type_error(format!(
                        "Parameters to {name}[...] must all be unique"
                    )));
                }
            }
        }
        collect_ordered(&params, true)?;
        return Ok(classes::new_generic_alias(cls.clone(), tuple::new(params)));
    }
    let parameters = attrs::collect(&attrs::getattr_str(cls, "__parameters__")?)?;
    let mut args = tuple::new(params);
    for param in &parameters {
        if let Some(prepare) = getattr_opt(param, "__typing_prepare_subst__")? {
            args = call_object(&prepare, &[cls.clone(), args], &[])?;
        }
    }
    let args = attrs::collect(&args)?;
    check_specialization(cls, &parameters, &args)?;
    let mut new_args = Vec::new();
    for (param, arg) in parameters.iter().zip(&args) {
        if is_kind(param, ParamKind::TypeVarTuple) {
            new_args.extend(attrs::collect(arg)?);
        } else {
            new_args.push(arg.clone());
        }
    }
    Ok(classes::new_generic_alias(
        cls.clone(),
        tuple::new(new_args),
    ))
}

fn has_default(param: &Value) -> PyResult<bool> {
    match param.downcast::<TypeParamObject>() {
        Some(p) => Ok(p.has_default()),
        None => ops::truthy(&call_object(
            &attrs::getattr_str(param, "has_default")?,
            &[],
            &[],
        )?),
    }
}

/// The argument count of `C[args]` against `C.__parameters__`.
fn check_specialization(cls: &Value, parameters: &[Value], args: &[Value]) -> PyResult<()> {
    let cls_str = || -> PyResult<String> { Ok(pystr::to_string_lossy(&ops::str(cls)?)) };
    let mut expected = parameters.len();
    if expected == 0 {
        return Err(type_error(format!("{} is not a generic class", cls_str()?)));
    }
    let actual = args.len();
    if actual == expected {
        return Ok(());
    }
    let expect = if actual < expected {
        if has_default(&parameters[actual])? {
            return Ok(());
        }
        for p in parameters {
            if has_default(p)? {
                expected -= 1;
            }
        }
        format!("at least {expected}")
    } else {
        expected.to_string()
    };
    Err(type_error(format!(
        "Too {} arguments for {}; actual {actual}, expected {expect}",
        if actual > expected { "many" } else { "few" },
        cls_str()?
    )))
}

/// Whether a later base `b` is a typing alias that will bring `Generic`
/// itself: a subscripted generic class, or one of `typing`'s aliases.
fn is_typing_alias(b: &Value) -> PyResult<bool> {
    if let Some(a) = b.downcast::<classes::GenericAlias>() {
        let generic = generic();
        let gt = generic
            .downcast::<TypeObject>()
            .expect("Generic is a class");
        return Ok(a
            .origin
            .downcast::<TypeObject>()
            .is_some_and(|t| t.is_subtype_of(gt)));
    }
    Ok(b.downcast::<TypeObject>().is_none()
        && tuple::items(b.type_of().mro()).iter().any(|m| {
            m.downcast::<TypeObject>()
                .is_some_and(|t| t.name == "_BaseGenericAlias" && t.module == MODULE)
        }))
}

/// `Generic[...].__mro_entries__(bases)`: no base of its own when a
/// `Protocol` or a later generic alias already brings `Generic` in
/// (`typing._GenericAlias`'s rule). None for other aliases.
pub fn generic_mro_entries(
    alias: &Value,
    origin: &Value,
    bases: &Value,
) -> PyResult<Option<Value>> {
    if !origin.is(&generic()) {
        return Ok(None);
    }
    let bases = attrs::collect(bases)?;
    let protocol = bases.iter().any(is_protocol);
    let after = bases
        .iter()
        .position(|b| b.is(alias))
        .map_or(bases.len(), |i| i + 1);
    for b in &bases[after..] {
        if !b.is(alias) && is_typing_alias(b)? {
            return Ok(Some(tuple::new(Vec::new())));
        }
    }
    Ok(protocol.then(|| tuple::new(Vec::new())))
}

/// `Generic.__init_subclass__`: the parent's hook, then `__parameters__`
/// from the type parameters the bases mention.
fn m_generic_init_subclass(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = &a[0];
    let ty = cls
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error("__init_subclass__ needs a class"))?;
    let generic = generic();
    // super(Generic, cls).__init_subclass__(**kwargs)
    let mro = tuple::items(ty.mro());
    let after = mro
        .iter()
        .position(|m| m.is(&generic))
        .map_or(mro.len(), |i| i + 1);
    let key = pystr::intern("__init_subclass__");
    for m in &mro[after..] {
        let mt = m.downcast::<TypeObject>().expect("__mro__ holds types");
        if let Some(f) = mt
            .dict_if_created()
            .and_then(|d| dict::get_item(d, &key).ok().flatten())
        {
            let bound = classes::descr_get_for_class(f, cls)?;
            call_object(&bound, &a[1..], k)?;
            break;
        }
    }
    let orig_bases = dict::get_item(ty.dict(), &pystr::intern("__orig_bases__"))?;
    let error = match &orig_bases {
        Some(ob) => attrs::collect(ob)?.iter().any(|b| b.is(&generic)),
        None => {
            let meta = cls.type_of();
            tuple::items(ty.bases()).iter().any(|b| b.is(&generic))
                && ty.name != "Protocol"
                && !(meta.name == "_TypedDictMeta" && meta.module == MODULE)
        }
    };
    if error {
        return Err(type_error("Cannot inherit from plain Generic"));
    }
    let mut tvars = Vec::new();
    if let Some(ob) = &orig_bases {
        let bases = attrs::collect(ob)?;
        tvars = collect_ordered(&bases, true)?;
        let mut gvars: Option<Vec<Value>> = None;
        for base in &bases {
            if base.downcast::<TypeObject>().is_some() {
                continue;
            }
            let from_generic = getattr_opt(base, "__origin__")?.is_some_and(|o| o.is(&generic));
            if from_generic {
                if gvars.is_some() {
                    return Err(type_error(
                        "Cannot inherit from Generic[...] multiple times.",
                    ));
                }
                gvars = Some(attrs::collect(&attrs::getattr_str(
                    base,
                    "__parameters__",
                )?)?);
            }
        }
        if let Some(gvars) = gvars {
            let missing: Vec<&Value> = tvars
                .iter()
                .filter(|t| !gvars.iter().any(|g| g.is(t)))
                .collect();
            if !missing.is_empty() {
                let show = |vs: &mut dyn Iterator<Item = &Value>| -> PyResult<String> {
                    let parts = vs
                        .map(|v| Ok(pystr::to_string_lossy(&ops::str(v)?)))
                        .collect::<PyResult<Vec<_>>>()?;
                    Ok(parts.join(", "))
                };
                return Err(type_error(format!(
                    "Some type variables ({}) are not listed in Generic[{}]",
                    show(&mut missing.into_iter())?,
                    show(&mut gvars.iter())?
                )));
            }
            tvars = gvars;
        }
    }
    attrs::setattr(
        cls,
        &pystr::intern("__parameters__"),
        Some(&tuple::new(tvars)),
    )?;
    Ok(singletons::none())
}

/// `Union[X, Y, ...]` (`typing.Union.__class_getitem__`).
pub(super) fn m_union_class_getitem(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__class_getitem__", a.len() + k.len() - 1, 1, 1)?;
    let args = match a[1].downcast::<tuple::TupleObject>() {
        Some(_) if a[1].is_exact(&tuple::TUPLE_TYPE) => tuple::items(&a[1]).to_vec(),
        _ => vec![a[1].clone()],
    };
    union_from_args(args)
}

/// The union of `args`, None meaning NoneType; a single one is returned
/// as is.
fn union_from_args(args: Vec<Value>) -> PyResult<Value> {
    let mut members = Vec::new();
    for arg in args {
        if let Some(u) = arg.downcast::<classes::UnionObject>() {
            members.extend_from_slice(tuple::items(&u.args));
        } else if singletons::is_none(&arg) {
            members.push(singletons::NONE_TYPE.as_value());
        } else if arg.downcast::<TypeObject>().is_some()
            || arg.downcast::<classes::GenericAlias>().is_some()
            || is_unionable(&arg)
        {
            members.push(arg);
        } else {
            let msg = pystr::new("Union[arg, ...]: each arg must be a type.");
            members.push(call_typing("_type_check", &[arg, msg])?);
        }
    }
    if members.is_empty() {
        return Err(type_error("Cannot take a Union of no types."));
    }
    Ok(classes::union_of(members))
}

/// The arguments of `alias[item]` with `parameters` replaced
/// (CPython's `_Py_subs_parameters`, for `types.GenericAlias` and unions).
fn subs_parameters(alias: &Value, args: &[Value], item: &Value) -> PyResult<Vec<Value>> {
    let parameters = collect_parameters(args)?;
    let alias_repr = || -> PyResult<String> { Ok(pystr::to_string_lossy(&ops::repr(alias)?)) };
    if parameters.is_empty() {
        return Err(type_error(format!(
            "{} is not a generic class",
            alias_repr()?
        )));
    }
    let mut item = match item.downcast::<tuple::TupleObject>() {
        Some(_) => item.clone(),
        None => tuple::new(vec![item.clone()]),
    };
    for param in &parameters {
        if let Some(prepare) = getattr_opt(param, "__typing_prepare_subst__")? {
            item = call_object(&prepare, &[alias.clone(), item], &[])?;
        }
    }
    let items = attrs::collect(&item)?;
    if items.len() != parameters.len() {
        return Err(type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > parameters.len() {
                "many"
            } else {
                "few"
            },
            alias_repr()?,
            items.len(),
            parameters.len()
        )));
    }
    args.iter()
        .map(|arg| subs_arg(arg, &parameters, &items))
        .collect()
}

/// One argument with the type parameters in it replaced by `items`.
fn subs_arg(arg: &Value, parameters: &[Value], items: &[Value]) -> PyResult<Value> {
    if arg.downcast::<TypeObject>().is_some() {
        return Ok(arg.clone());
    }
    let index = |p: &Value| parameters.iter().position(|x| x.is(p));
    if let Some(subst) = getattr_opt(arg, "__typing_subst__")? {
        let i = index(arg).expect("collected parameter");
        return call_object(&subst, &[items[i].clone()], &[]);
    }
    // A ParamSpec's argument list: substitute inside it.
    if arg.is_exact(&tuple::TUPLE_TYPE) || arg.is_exact(&crate::types::list::LIST_TYPE) {
        let subbed = attrs::collect(arg)?
            .iter()
            .map(|x| subs_arg(x, parameters, items))
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(if arg.is_exact(&tuple::TUPLE_TYPE) {
            tuple::new(subbed)
        } else {
            crate::types::list::new(subbed)
        });
    }
    let Some(sub) = getattr_opt(arg, "__parameters__")? else {
        return Ok(arg.clone());
    };
    if sub.downcast::<tuple::TupleObject>().is_none() || tuple::items(&sub).is_empty() {
        return Ok(arg.clone());
    }
    let mut subargs = Vec::new();
    for p in tuple::items(&sub) {
        let Some(i) = index(p) else { continue };
        if is_kind(p, ParamKind::TypeVarTuple)
            && items[i].downcast::<tuple::TupleObject>().is_some()
        {
            subargs.extend_from_slice(tuple::items(&items[i]));
        } else {
            subargs.push(items[i].clone());
        }
    }
    attrs::getitem(arg, &tuple::new(subargs))
}

/// `list[T][int]`: a new alias with the parameters substituted.
pub fn generic_alias_getitem(v: &Value, item: &Value) -> PyResult<Value> {
    let a = v.downcast::<classes::GenericAlias>().expect("alias");
    let args = subs_parameters(v, tuple::items(&a.args), item)?;
    Ok(classes::new_generic_alias(
        a.origin.clone(),
        tuple::new(args),
    ))
}

/// `(int | T)[str]`: the union of the substituted members.
pub fn union_getitem(v: &Value, item: &Value) -> PyResult<Value> {
    let u = v.downcast::<classes::UnionObject>().expect("union");
    union_from_args(subs_parameters(v, tuple::items(&u.args), item)?)
}

/// `C[int]()` of a generic class `C` records the alias on the instance as
/// `__orig_class__` (what `typing._GenericAlias.__call__` does), when the
/// instance accepts it.
pub fn note_orig_class(alias: &Value, origin: &Value, instance: &Value) {
    let generic = generic();
    let gt = generic
        .downcast::<TypeObject>()
        .expect("Generic is a class");
    if origin
        .downcast::<TypeObject>()
        .is_some_and(|t| t.is_subtype_of(gt))
    {
        let _ = attrs::setattr(instance, &pystr::intern("__orig_class__"), Some(alias));
    }
}
