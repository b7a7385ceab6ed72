//! The run-time objects of type parameters (PEP 484, 612, 646, 695, 696):
//! `TypeVar`, `ParamSpec` (with `P.args`/`P.kwargs`), `TypeVarTuple`,
//! `TypeAliasType`, `NoDefault` and const evaluators, and the intrinsics
//! the compiler emits for `def f[T]`, `class C[T]` and `type A = ...`.
//! Bounds, constraints, defaults and alias values written in PEP 695
//! syntax are functions of the annotation format, evaluated on first use.
//! `Generic` and substitution are in `generic.rs`; the `_typing` module
//! (taipan-stdlib) exports these objects.

use super::builtins::check_count;
use super::classes;
use super::generic::{collect_ordered, generic, m_union_class_getitem};
use super::objects::{self, base_slots, is_null, null, FunctionObject};
use super::{attrs, call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::payload::dealloc_box;
use crate::object::{BinOp, Cell, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{ATTRIBUTE_ERROR, VALUE_ERROR};
use crate::types::{dict, int, singletons, str as pystr, tuple};

pub(super) const MODULE: &str = "typing";

// ---------------------------------------------------------------- NoDefault

/// `typing.NoDefault`: the default of a type parameter that has none.
#[repr(C)]
pub struct NoDefaultObject {
    header: ObjHeader,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for NoDefaultObject {
    fn type_object() -> &'static TypeObject {
        &NO_DEFAULT_TYPE
    }
}

fn no_default_repr(_v: &Value) -> PyResult<Value> {
    Ok(pystr::new("typing.NoDefault"))
}

pub static NO_DEFAULT_TYPE: TypeObject = TypeObject::new_static(
    "NoDefaultType",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    Slots {
        repr: Some(no_default_repr),
        ..base_slots(crate::types::object::static_dealloc)
    },
);

static NO_DEFAULT: NoDefaultObject = NoDefaultObject {
    header: ObjHeader::new_static(&NO_DEFAULT_TYPE),
};

pub fn no_default() -> Value {
    Value::from_static(&NO_DEFAULT)
}

fn m_no_default_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if a.len() > 1 || !k.is_empty() {
        return Err(type_error("NoDefaultType takes no arguments"));
    }
    Ok(no_default())
}

fn m_no_default_reduce(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__reduce__", a.len() + k.len() - 1, 0, 0)?;
    Ok(pystr::new("NoDefault"))
}

// ---------------------------------------------------------------- const evaluators

/// What `evaluate_bound` (and the other `evaluate_*`) give for a value
/// passed eagerly to a constructor: a callable returning it whatever the
/// annotation format.
#[repr(C)]
pub struct ConstEvaluatorObject {
    header: ObjHeader,
    value: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for ConstEvaluatorObject {
    fn type_object() -> &'static TypeObject {
        &CONST_EVALUATOR_TYPE
    }
}

fn const_evaluator(value: Value) -> Value {
    Value::from_box(Box::new(ConstEvaluatorObject {
        header: ObjHeader::new(&CONST_EVALUATOR_TYPE),
        value,
    }))
}

fn evaluator_of(v: &Value) -> &ConstEvaluatorObject {
    v.downcast::<ConstEvaluatorObject>()
        .expect("constevaluator")
}

fn const_evaluator_repr(v: &Value) -> PyResult<Value> {
    let r = ops::repr(&evaluator_of(v).value)?;
    Ok(pystr::new(&format!(
        "<constevaluator {}>",
        pystr::to_string_lossy(&r)
    )))
}

fn const_evaluator_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    if kwargs.is_some_and(|k| {
        k.downcast::<dict::DictObject>()
            .is_some_and(|d| !d.is_empty())
    }) {
        return Err(type_error(
            "constevaluator.__call__() takes no keyword arguments",
        ));
    }
    if args.len() != 1 {
        return Err(type_error(format!(
            "constevaluator.__call__() takes exactly 1 argument ({} given)",
            args.len()
        )));
    }
    let value = &evaluator_of(v).value;
    // Format STRING (4) asks for the source-like text.
    if !ops::eq(&ops::index(&args[0])?, &int::from_i64(4))? {
        return Ok(value.clone());
    }
    let text = if value.downcast::<tuple::TupleObject>().is_some() {
        let parts = tuple::items(value)
            .iter()
            .map(type_repr)
            .collect::<PyResult<Vec<_>>>()?;
        format!("({})", parts.join(", "))
    } else {
        type_repr(value)?
    };
    Ok(pystr::new(&text))
}

/// How a type shows in annotation text: `int`, `mod.Class`, `None`,
/// `...`, aliases and anything else by repr.
fn type_repr(v: &Value) -> PyResult<String> {
    if v.is(&singletons::ellipsis()) {
        return Ok("...".to_string());
    }
    if v.is(&singletons::NONE_TYPE.as_value()) {
        return Ok("None".to_string());
    }
    let is_alias = getattr_opt(v, "__origin__")?.is_some() && getattr_opt(v, "__args__")?.is_some();
    if !is_alias {
        if let (Some(q), Some(m)) = (
            getattr_opt(v, "__qualname__")?,
            getattr_opt(v, "__module__")?,
        ) {
            let q = pystr::to_string_lossy(&ops::str(&q)?);
            return Ok(match pystr::as_str(&m) {
                Some("builtins") => q,
                Some(m) => format!("{m}.{q}"),
                None => pystr::to_string_lossy(&ops::repr(v)?),
            });
        }
    }
    Ok(pystr::to_string_lossy(&ops::repr(v)?))
}

fn const_evaluator_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    visit(&evaluator_of(v).value);
}

pub static CONST_EVALUATOR_TYPE: TypeObject = TypeObject::new_static_in(
    "_typing",
    "_ConstEvaluator",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    Slots {
        repr: Some(const_evaluator_repr),
        call: Some(const_evaluator_call),
        traverse: Some(const_evaluator_traverse),
        ..base_slots(dealloc_box::<ConstEvaluatorObject>)
    },
);

// ---------------------------------------------------------------- type parameters

/// Which of the three kinds of type parameter an object is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    TypeVar,
    ParamSpec,
    TypeVarTuple,
}

/// A `TypeVar`, `ParamSpec` or `TypeVarTuple` (one layout, three types).
/// The lazily evaluated parts hold NULL until first asked for.
#[repr(C)]
pub struct TypeParamObject {
    header: ObjHeader,
    pub(super) kind: ParamKind,
    name: Value,
    /// The instance `__dict__` (CPython's managed dict), `__module__` in it.
    dict: Value,
    bound: Cell<Value>,
    evaluate_bound: Value,
    constraints: Cell<Value>,
    evaluate_constraints: Value,
    default: Cell<Value>,
    evaluate_default: Cell<Value>,
    covariant: bool,
    contravariant: bool,
    infer_variance: bool,
}
// SAFETY: `#[repr(C)]`, header first; the three types share the layout.
unsafe impl PyPayload for TypeParamObject {
    fn type_object() -> &'static TypeObject {
        &TYPEVAR_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &PARAMSPEC_TYPE) || std::ptr::eq(ty, &TYPEVARTUPLE_TYPE)
    }
}

impl TypeParamObject {
    fn kind_name(&self) -> &'static str {
        match self.kind {
            ParamKind::TypeVar => "TypeVar",
            ParamKind::ParamSpec => "ParamSpec",
            ParamKind::TypeVarTuple => "TypeVarTuple",
        }
    }

    /// A cached lazily evaluated value: `cached`, else `evaluate(1)`
    /// (format VALUE) remembered, else `absent`.
    fn lazy(&self, cached: &Cell<Value>, evaluate: &Value, absent: Value) -> PyResult<Value> {
        let v = cached.get(&self.header);
        if !is_null(&v) {
            return Ok(v);
        }
        if singletons::is_none(evaluate) {
            return Ok(absent);
        }
        let v = call_object(evaluate, &[int::from_i64(1)], &[])?;
        drop(cached.replace(&self.header, v.clone()));
        Ok(v)
    }

    fn bound(&self) -> PyResult<Value> {
        self.lazy(&self.bound, &self.evaluate_bound, singletons::none())
    }

    fn constraints(&self) -> PyResult<Value> {
        self.lazy(
            &self.constraints,
            &self.evaluate_constraints,
            tuple::new(Vec::new()),
        )
    }

    pub(super) fn default(&self) -> PyResult<Value> {
        let evaluate = self.evaluate_default.get(&self.header);
        self.lazy(&self.default, &evaluate, no_default())
    }

    pub(super) fn has_default(&self) -> bool {
        let d = self.default.get(&self.header);
        !singletons::is_none(&self.evaluate_default.get(&self.header))
            || !(is_null(&d) || d.is(&no_default()))
    }

    /// `evaluate_bound` / `evaluate_constraints` / `evaluate_default`: the
    /// lazy function, else a const evaluator of a value given eagerly
    /// (`present` says whether it counts as given), else None.
    fn evaluator(
        &self,
        cached: &Cell<Value>,
        evaluate: Value,
        present: fn(&Value) -> bool,
    ) -> Value {
        if !singletons::is_none(&evaluate) {
            return evaluate;
        }
        let v = cached.get(&self.header);
        if is_null(&v) || !present(&v) {
            return singletons::none();
        }
        const_evaluator(v)
    }
}

fn param_of(v: &Value) -> &TypeParamObject {
    v.downcast::<TypeParamObject>().expect("type parameter")
}

/// Whether `v` is a `TypeVar`, `ParamSpec` or `TypeVarTuple`.
pub fn is_type_param(v: &Value) -> bool {
    v.downcast::<TypeParamObject>().is_some()
}

pub(super) fn is_kind(v: &Value, kind: ParamKind) -> bool {
    v.downcast::<TypeParamObject>()
        .is_some_and(|p| p.kind == kind)
}

/// Whether `v` may be a member of `X | Y` besides classes and aliases.
pub fn is_unionable(v: &Value) -> bool {
    v.downcast::<TypeAliasObject>().is_some()
        || v.downcast::<TypeParamObject>()
            .is_some_and(|p| p.kind != ParamKind::TypeVarTuple)
}

#[allow(clippy::too_many_arguments)]
fn new_param(
    kind: ParamKind,
    name: Value,
    module: Value,
    bound: Value,
    evaluate_bound: Value,
    constraints: Value,
    evaluate_constraints: Value,
    default: Value,
    variance: (bool, bool, bool),
) -> Value {
    let ty = match kind {
        ParamKind::TypeVar => &TYPEVAR_TYPE,
        ParamKind::ParamSpec => &PARAMSPEC_TYPE,
        ParamKind::TypeVarTuple => &TYPEVARTUPLE_TYPE,
    };
    Value::from_box(Box::new(TypeParamObject {
        header: ObjHeader::new(ty),
        kind,
        name,
        dict: {
            let d = dict::new();
            let _ = dict::set_item(&d, pystr::intern("__module__"), module);
            d
        },
        bound: Cell::new(bound),
        evaluate_bound,
        constraints: Cell::new(constraints),
        evaluate_constraints,
        default: Cell::new(default),
        evaluate_default: Cell::new(singletons::none()),
        covariant: variance.0,
        contravariant: variance.1,
        infer_variance: variance.2,
    }))
}

/// A PEP 695 type parameter: variance is inferred, the rest is lazy.
fn syntax_param(kind: ParamKind, name: Value, bound: Value, constraints: Value) -> Value {
    let lazy_or = |f: &Value, absent: Value| {
        if singletons::is_none(f) {
            absent
        } else {
            null()
        }
    };
    new_param(
        kind,
        name,
        pystr::intern(MODULE),
        lazy_or(&bound, singletons::none()),
        bound,
        lazy_or(&constraints, tuple::new(Vec::new())),
        constraints,
        null(),
        (false, false, true),
    )
}

fn param_repr(v: &Value) -> PyResult<Value> {
    let p = param_of(v);
    let name = pystr::to_string_lossy(&p.name);
    let prefix = if p.kind == ParamKind::TypeVarTuple || p.infer_variance {
        ""
    } else if p.covariant {
        "+"
    } else if p.contravariant {
        "-"
    } else {
        "~"
    };
    Ok(pystr::new(&format!("{prefix}{name}")))
}

fn param_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let p = param_of(v);
    let is_var = p.kind == ParamKind::TypeVar;
    let variance = p.kind != ParamKind::TypeVarTuple;
    Ok(match pystr::as_str(name) {
        Some("__name__") => p.name.clone(),
        Some("__default__") => p.default()?,
        Some("evaluate_default") => {
            p.evaluator(&p.default, p.evaluate_default.get(&p.header), |_| true)
        }
        Some("__bound__") if variance => p.bound()?,
        Some("evaluate_bound") if variance => {
            p.evaluator(&p.bound, p.evaluate_bound.clone(), |b| {
                !singletons::is_none(b)
            })
        }
        Some("__constraints__") if is_var => p.constraints()?,
        Some("evaluate_constraints") if is_var => {
            p.evaluator(&p.constraints, p.evaluate_constraints.clone(), |c| {
                !tuple::items(c).is_empty()
            })
        }
        Some("__covariant__") if variance => singletons::bool(p.covariant),
        Some("__contravariant__") if variance => singletons::bool(p.contravariant),
        Some("__infer_variance__") if variance => singletons::bool(p.infer_variance),
        Some("args") if p.kind == ParamKind::ParamSpec => {
            new_paramspec_attr(&PARAMSPEC_ARGS_TYPE, v)
        }
        Some("kwargs") if p.kind == ParamKind::ParamSpec => {
            new_paramspec_attr(&PARAMSPEC_KWARGS_TYPE, v)
        }
        _ => match dict::get_item(&p.dict, name)? {
            Some(x) => x,
            None => return attrs::generic_getattr(v, name),
        },
    })
}

/// The read-only attributes of each kind: members ("readonly attribute")
/// and computed ones ("not writable").
fn readonly_attrs(kind: ParamKind) -> (&'static [&'static str], &'static [&'static str]) {
    match kind {
        ParamKind::TypeVar => (
            &[
                "__name__",
                "__covariant__",
                "__contravariant__",
                "__infer_variance__",
            ],
            &[
                "__bound__",
                "__constraints__",
                "__default__",
                "evaluate_bound",
                "evaluate_constraints",
                "evaluate_default",
            ],
        ),
        ParamKind::ParamSpec => (
            &[
                "__name__",
                "__bound__",
                "__covariant__",
                "__contravariant__",
                "__infer_variance__",
            ],
            &["__default__", "evaluate_default", "args", "kwargs"],
        ),
        ParamKind::TypeVarTuple => (&["__name__"], &["__default__", "evaluate_default"]),
    }
}

fn readonly_error(
    members: &[&str],
    computed: &[&str],
    ty: &TypeObject,
    name: &Value,
) -> Option<PyErr> {
    let n = pystr::as_str(name)?;
    if members.contains(&n) {
        return Some(PyErr::new(&ATTRIBUTE_ERROR, "readonly attribute"));
    }
    computed.contains(&n).then(|| {
        PyErr::new(
            &ATTRIBUTE_ERROR,
            format!(
                "attribute '{n}' of '{}.{}' objects is not writable",
                ty.module, ty.name
            ),
        )
    })
}

fn param_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let p = param_of(v);
    let (members, computed) = readonly_attrs(p.kind);
    if let Some(e) = readonly_error(members, computed, v.type_of(), name) {
        return Err(e);
    }
    match value {
        Some(x) => dict::set_item(&p.dict, name.clone(), x.clone()),
        None => match dict::del_item(&p.dict, name) {
            Err(e) if e.matches(&crate::types::exceptions::KEY_ERROR) => Err(PyErr::new(
                &ATTRIBUTE_ERROR,
                format!(
                    "'{MODULE}.{}' object has no attribute '{}'",
                    p.kind_name(),
                    pystr::to_string_lossy(name)
                ),
            )),
            r => r,
        },
    }
}

fn param_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let p = param_of(v);
    visit(&p.name);
    visit(&p.dict);
    visit(&p.bound.get(&p.header));
    visit(&p.evaluate_bound);
    visit(&p.constraints.get(&p.header));
    visit(&p.evaluate_constraints);
    visit(&p.default.get(&p.header));
    visit(&p.evaluate_default.get(&p.header));
}

/// `or`: TypeVar and ParamSpec support `|`; TypeVarTuple iterates instead.
const fn param_slots(or: bool) -> Slots {
    let mut s = Slots {
        repr: Some(param_repr),
        getattr: Some(param_getattr),
        setattr: Some(param_setattr),
        traverse: Some(param_traverse),
        ..base_slots(dealloc_box::<TypeParamObject>)
    };
    if or {
        s.number[BinOp::Or as usize] = Some(classes::type_or);
    } else {
        s.iter = Some(typevartuple_iter);
    }
    s
}

pub static TYPEVAR_TYPE: TypeObject = TypeObject::new_static_in(
    MODULE,
    "TypeVar",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    param_slots(true),
);
pub static PARAMSPEC_TYPE: TypeObject = TypeObject::new_static_in(
    MODULE,
    "ParamSpec",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    param_slots(true),
);
pub static TYPEVARTUPLE_TYPE: TypeObject = TypeObject::new_static_in(
    MODULE,
    "TypeVarTuple",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    param_slots(false),
);

/// `getattr(v, name, None)`, None as absent.
pub(super) fn getattr_opt(v: &Value, name: &str) -> PyResult<Option<Value>> {
    match attrs::getattr_str(v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The name of the frame that called into native code, for `__module__`.
fn caller_module() -> Value {
    super::frame_object::current_globals()
        .and_then(|g| {
            dict::get_item(&g, &pystr::intern("__name__"))
                .ok()
                .flatten()
        })
        .unwrap_or_else(singletons::none)
}

/// The `typing` module, imported on demand: like CPython, parts of the
/// type-parameter protocol are `typing`'s Python functions.
fn typing_attr(name: &str) -> PyResult<Value> {
    let m = super::modules::import_name(
        &pystr::intern(MODULE),
        &singletons::none(),
        &int::from_i64(0),
        &dict::new(),
    )?;
    attrs::getattr_str(&m, name)
}

/// Calls `typing.NAME(args)`.
pub(super) fn call_typing(name: &str, args: &[Value]) -> PyResult<Value> {
    call_object(&typing_attr(name)?, args, &[])
}

/// Arguments of a native constructor sorted into the declared parameter
/// names: `positional` names in order, then keyword-only ones; surplus
/// positional arguments are returned separately.
struct Parsed {
    values: Vec<Option<Value>>,
    rest: Vec<Value>,
}

fn parse_args(
    func: &str,
    a: &[Value],
    k: &[Value],
    names: &[&str],
    npositional: usize,
    star: bool,
) -> PyResult<Parsed> {
    let npos = a.len() - k.len();
    let pos = &a[..npos];
    let mut values: Vec<Option<Value>> = vec![None; names.len()];
    let mut rest = Vec::new();
    for (i, v) in pos.iter().enumerate() {
        if i < npositional {
            values[i] = Some(v.clone());
        } else if star {
            rest.push(v.clone());
        } else {
            let plural = if npositional == 1 { "" } else { "s" };
            return Err(type_error(format!(
                "{func}() takes exactly {npositional} positional argument{plural} ({npos} given)"
            )));
        }
    }
    for (kname, v) in k.iter().zip(&a[npos..]) {
        let kname = pystr::to_string_lossy(kname);
        let Some(i) = names.iter().position(|n| *n == kname) else {
            return Err(type_error(format!(
                "{func}() got an unexpected keyword argument '{kname}'"
            )));
        };
        if values[i].is_some() {
            return Err(type_error(format!(
                "argument for {func}() given by name ('{kname}') and position ({})",
                i + 1
            )));
        }
        values[i] = Some(v.clone());
    }
    Ok(Parsed { values, rest })
}

fn required_str(func: &str, name: &str, pos: usize, v: Option<Value>) -> PyResult<Value> {
    let Some(v) = v else {
        return Err(type_error(format!(
            "{func}() missing required argument '{name}' (pos {pos})"
        )));
    };
    if pystr::as_str(&v).is_none() {
        return Err(type_error(format!(
            "{func}() argument '{name}' must be str, not {}",
            v.type_of().name
        )));
    }
    Ok(v)
}

fn flag(v: &Option<Value>) -> PyResult<bool> {
    v.as_ref().map_or(Ok(false), ops::truthy)
}

fn check_variance(covariant: bool, contravariant: bool, infer: bool) -> PyResult<()> {
    if covariant && contravariant {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "Bivariant types are not supported.",
        ));
    }
    if infer && (covariant || contravariant) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "Variance cannot be specified with infer_variance.",
        ));
    }
    Ok(())
}

/// A bound given to a constructor: None is no bound, anything else
/// passes `typing._type_check`.
fn checked_bound(bound: Option<Value>) -> PyResult<Value> {
    match bound {
        Some(b) if !singletons::is_none(&b) => {
            call_typing("_type_check", &[b, pystr::new("Bound must be a type.")])
        }
        _ => Ok(singletons::none()),
    }
}

/// The keyword parameters TypeVar and ParamSpec share.
const VARIANCE_PARAMS: [&str; 6] = [
    "name",
    "bound",
    "covariant",
    "contravariant",
    "infer_variance",
    "default",
];

/// `TypeVar(name, *constraints, bound=None, covariant=False,
/// contravariant=False, infer_variance=False, default=NoDefault)`.
fn m_typevar_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = parse_args("typevar", &a[1..], k, &VARIANCE_PARAMS, 1, true)?;
    let [name, bound, cov, contra, infer, default] =
        <[Option<Value>; 6]>::try_from(p.values).unwrap_or_else(|_| unreachable!("six parameters"));
    let name = required_str("typevar", "name", 1, name)?;
    let (cov, contra, infer) = (flag(&cov)?, flag(&contra)?, flag(&infer)?);
    check_variance(cov, contra, infer)?;
    let bound = checked_bound(bound)?;
    let constraints = match p.rest.len() {
        0 => tuple::new(Vec::new()),
        1 => return Err(type_error("A single constraint is not allowed")),
        _ if !singletons::is_none(&bound) => {
            return Err(type_error("Constraints cannot be combined with bound=..."))
        }
        _ => tuple::new(p.rest),
    };
    let none = singletons::none;
    Ok(new_param(
        ParamKind::TypeVar,
        name,
        caller_module(),
        bound,
        none(),
        constraints,
        none(),
        default.unwrap_or_else(no_default),
        (cov, contra, infer),
    ))
}

/// `ParamSpec(name, *, bound=None, covariant=False, contravariant=False,
/// infer_variance=False, default=NoDefault)`.
fn m_paramspec_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = parse_args("paramspec", &a[1..], k, &VARIANCE_PARAMS, 1, false)?;
    let [name, bound, cov, contra, infer, default] =
        <[Option<Value>; 6]>::try_from(p.values).unwrap_or_else(|_| unreachable!("six parameters"));
    let name = required_str("paramspec", "name", 1, name)?;
    let (cov, contra, infer) = (flag(&cov)?, flag(&contra)?, flag(&infer)?);
    check_variance(cov, contra, infer)?;
    let bound = checked_bound(bound)?;
    let none = singletons::none;
    Ok(new_param(
        ParamKind::ParamSpec,
        name,
        caller_module(),
        bound,
        none(),
        tuple::new(Vec::new()),
        none(),
        default.unwrap_or_else(no_default),
        (cov, contra, infer),
    ))
}

/// `TypeVarTuple(name, *, default=NoDefault)`.
fn m_typevartuple_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = parse_args("typevartuple", &a[1..], k, &["name", "default"], 1, false)?;
    let [name, default] =
        <[Option<Value>; 2]>::try_from(p.values).unwrap_or_else(|_| unreachable!("two parameters"));
    let name = required_str("typevartuple", "name", 1, name)?;
    let none = singletons::none;
    Ok(new_param(
        ParamKind::TypeVarTuple,
        name,
        caller_module(),
        none(),
        none(),
        tuple::new(Vec::new()),
        none(),
        default.unwrap_or_else(no_default),
        (false, false, false),
    ))
}

fn self_param(a: &[Value]) -> PyResult<&TypeParamObject> {
    a.first()
        .and_then(|v| v.downcast::<TypeParamObject>())
        .ok_or_else(|| type_error("descriptor requires a type parameter"))
}

fn m_has_default(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "has_default", a.len() + k.len() - 1, 0, 0)?;
    Ok(singletons::bool(self_param(a)?.has_default()))
}

fn m_param_reduce(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__reduce__", a.len() + k.len() - 1, 0, 0)?;
    Ok(self_param(a)?.name.clone())
}

fn m_param_mro_entries(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__mro_entries__", a.len() + k.len() - 1, 1, 1)?;
    Err(type_error(format!(
        "Cannot subclass an instance of {}",
        a[0].type_of().name
    )))
}

/// `TypeVar.__typing_subst__(arg)`: `typing._typevar_subst`, as in CPython.
fn m_typevar_subst(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__typing_subst__", a.len() + k.len() - 1, 1, 1)?;
    call_typing("_typevar_subst", &a[..2])
}

fn m_paramspec_subst(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__typing_subst__", a.len() + k.len() - 1, 1, 1)?;
    call_typing("_paramspec_subst", &a[..2])
}

fn m_typevartuple_subst(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__typing_subst__", a.len() + k.len() - 1, 1, 1)?;
    Err(type_error(
        "Substitution of bare TypeVarTuple is not supported",
    ))
}

/// `TypeVar.__typing_prepare_subst__(alias, args)`: a missing last
/// argument is the parameter's default.
fn m_typevar_prepare_subst(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__typing_prepare_subst__", a.len() + k.len() - 1, 2, 2)?;
    let p = self_param(a)?;
    let (alias, args) = (&a[1], &a[2]);
    let params = attrs::collect(&attrs::getattr_str(alias, "__parameters__")?)?;
    let i = params
        .iter()
        .position(|x| x.is(&a[0]))
        .unwrap_or(params.len());
    let args_v = attrs::collect(args)?;
    if i < args_v.len() {
        return Ok(args.clone());
    }
    if i == args_v.len() && p.has_default() {
        let mut items = args_v;
        items.push(p.default()?);
        return Ok(tuple::new(items));
    }
    Err(type_error(format!(
        "Too few arguments for {}; actual {}, expected at least {}",
        pystr::to_string_lossy(&ops::str(alias)?),
        args_v.len(),
        i + 1
    )))
}

fn m_paramspec_prepare_subst(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__typing_prepare_subst__", a.len() + k.len() - 1, 2, 2)?;
    call_typing("_paramspec_prepare_subst", &a[..3])
}

fn m_typevartuple_prepare_subst(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__typing_prepare_subst__", a.len() + k.len() - 1, 2, 2)?;
    call_typing("_typevartuple_prepare_subst", &a[..3])
}

/// `iter(Ts)` (what `*Ts` unpacks): one `typing.Unpack[Ts]`.
fn typevartuple_iter(v: &Value) -> PyResult<Value> {
    let unpacked = attrs::getitem(&typing_attr("Unpack")?, v)?;
    ops::iter(&tuple::new(vec![unpacked]))
}

// ---------------------------------------------------------------- ParamSpecArgs / ParamSpecKwargs

/// `P.args` / `P.kwargs`.
#[repr(C)]
pub struct ParamSpecAttrObject {
    header: ObjHeader,
    origin: Value,
}
// SAFETY: `#[repr(C)]`, header first; both types share the layout.
unsafe impl PyPayload for ParamSpecAttrObject {
    fn type_object() -> &'static TypeObject {
        &PARAMSPEC_ARGS_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &PARAMSPEC_KWARGS_TYPE)
    }
}

fn new_paramspec_attr(ty: &'static TypeObject, origin: &Value) -> Value {
    Value::from_box(Box::new(ParamSpecAttrObject {
        header: ObjHeader::new(ty),
        origin: origin.clone(),
    }))
}

fn psattr_of(v: &Value) -> &ParamSpecAttrObject {
    v.downcast::<ParamSpecAttrObject>().expect("ParamSpecArgs")
}

fn psattr_suffix(v: &Value) -> &'static str {
    if std::ptr::eq(v.type_of(), &PARAMSPEC_ARGS_TYPE) {
        "args"
    } else {
        "kwargs"
    }
}

fn psattr_repr(v: &Value) -> PyResult<Value> {
    let o = &psattr_of(v).origin;
    let base = match o.downcast::<TypeParamObject>() {
        Some(p) => pystr::to_string_lossy(&p.name),
        None => pystr::to_string_lossy(&ops::repr(o)?),
    };
    Ok(pystr::new(&format!("{base}.{}", psattr_suffix(v))))
}

fn psattr_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    if pystr::as_str(name) == Some("__origin__") {
        return Ok(psattr_of(v).origin.clone());
    }
    attrs::generic_getattr(v, name)
}

fn psattr_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !std::ptr::eq(a.type_of(), b.type_of()) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let same = ops::eq(&psattr_of(a).origin, &psattr_of(b).origin)?;
    Ok(singletons::bool(same == (op == CompareOp::Eq)))
}

fn psattr_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    visit(&psattr_of(v).origin);
}

const fn psattr_slots() -> Slots {
    Slots {
        repr: Some(psattr_repr),
        getattr: Some(psattr_getattr),
        richcompare: Some(psattr_richcompare),
        // `__eq__` without `__hash__`: unhashable, as in CPython.
        hash: None,
        traverse: Some(psattr_traverse),
        ..base_slots(dealloc_box::<ParamSpecAttrObject>)
    }
}

pub static PARAMSPEC_ARGS_TYPE: TypeObject = TypeObject::new_static_in(
    MODULE,
    "ParamSpecArgs",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    psattr_slots(),
);
pub static PARAMSPEC_KWARGS_TYPE: TypeObject = TypeObject::new_static_in(
    MODULE,
    "ParamSpecKwargs",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    psattr_slots(),
);

fn psattr_new(ty: &'static TypeObject, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = parse_args(&ty.name, &a[1..], k, &["origin"], 1, false)?;
    let Some(origin) = p.values.into_iter().next().flatten() else {
        return Err(type_error(format!(
            "{}() missing required argument 'origin' (pos 1)",
            ty.name
        )));
    };
    Ok(new_paramspec_attr(ty, &origin))
}

fn m_psargs_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    psattr_new(&PARAMSPEC_ARGS_TYPE, a, k)
}

fn m_pskwargs_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    psattr_new(&PARAMSPEC_KWARGS_TYPE, a, k)
}

// ---------------------------------------------------------------- TypeAliasType

/// `type Name[params] = value` and `TypeAliasType(name, value, *,
/// type_params=())`. `value` is NULL until `compute_value` has run.
#[repr(C)]
pub struct TypeAliasObject {
    header: ObjHeader,
    name: Value,
    /// A tuple, or None for a non-generic alias.
    type_params: Value,
    compute_value: Value,
    value: Cell<Value>,
    module: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for TypeAliasObject {
    fn type_object() -> &'static TypeObject {
        &TYPE_ALIAS_TYPE
    }
}

fn alias_of(v: &Value) -> &TypeAliasObject {
    v.downcast::<TypeAliasObject>().expect("TypeAliasType")
}

impl TypeAliasObject {
    fn value(&self) -> PyResult<Value> {
        let v = self.value.get(&self.header);
        if !is_null(&v) {
            return Ok(v);
        }
        let v = call_object(&self.compute_value, &[int::from_i64(1)], &[])?;
        drop(self.value.replace(&self.header, v.clone()));
        Ok(v)
    }

    fn type_params(&self) -> Value {
        if singletons::is_none(&self.type_params) {
            tuple::new(Vec::new())
        } else {
            self.type_params.clone()
        }
    }
}

fn new_alias(name: Value, type_params: Value, compute_value: Value, value: Value) -> Value {
    Value::from_box(Box::new(TypeAliasObject {
        header: ObjHeader::new(&TYPE_ALIAS_TYPE),
        name,
        type_params,
        compute_value,
        value: Cell::new(value),
        module: caller_module(),
    }))
}

fn alias_repr(v: &Value) -> PyResult<Value> {
    Ok(alias_of(v).name.clone())
}

fn alias_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let t = alias_of(v);
    Ok(match pystr::as_str(name) {
        Some("__name__") => t.name.clone(),
        Some("__module__") => t.module.clone(),
        Some("__value__") => t.value()?,
        Some("evaluate_value") if singletons::is_none(&t.compute_value) => {
            const_evaluator(t.value()?)
        }
        Some("evaluate_value") => t.compute_value.clone(),
        Some("__type_params__") => t.type_params(),
        Some("__parameters__") => t.type_params(),
        _ => return attrs::generic_getattr(v, name),
    })
}

fn alias_setattr(v: &Value, name: &Value, _value: Option<&Value>) -> PyResult<()> {
    let computed = [
        "__module__",
        "__value__",
        "__type_params__",
        "__parameters__",
        "evaluate_value",
    ];
    Err(
        readonly_error(&["__name__"], &computed, v.type_of(), name).unwrap_or_else(|| {
            PyErr::new(
                &ATTRIBUTE_ERROR,
                format!(
                    "'typing.TypeAliasType' object has no attribute '{}' and no __dict__ for setting new attributes",
                    pystr::to_string_lossy(name)
                ),
            )
        }),
    )
}

/// `Alias[args]`: only generic aliases are subscriptable.
fn alias_getitem(v: &Value, key: &Value) -> PyResult<Value> {
    if singletons::is_none(&alias_of(v).type_params) {
        return Err(type_error("Only generic type aliases are subscriptable"));
    }
    let args = match key.downcast::<tuple::TupleObject>() {
        Some(_) => key.clone(),
        None => tuple::new(vec![key.clone()]),
    };
    Ok(classes::new_generic_alias(v.clone(), args))
}

fn alias_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let t = alias_of(v);
    visit(&t.name);
    visit(&t.type_params);
    visit(&t.compute_value);
    visit(&t.value.get(&t.header));
    visit(&t.module);
}

const fn alias_slots() -> Slots {
    let mut s = Slots {
        repr: Some(alias_repr),
        getattr: Some(alias_getattr),
        setattr: Some(alias_setattr),
        getitem: Some(alias_getitem),
        traverse: Some(alias_traverse),
        ..base_slots(dealloc_box::<TypeAliasObject>)
    };
    s.number[BinOp::Or as usize] = Some(classes::type_or);
    s
}

pub static TYPE_ALIAS_TYPE: TypeObject = TypeObject::new_static_in(
    MODULE,
    "TypeAliasType",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    alias_slots(),
);

/// `TypeAliasType(name, value, *, type_params=())`.
fn m_alias_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = parse_args(
        "typealias",
        &a[1..],
        k,
        &["name", "value", "type_params"],
        2,
        false,
    )?;
    let [name, value, type_params] = <[Option<Value>; 3]>::try_from(p.values)
        .unwrap_or_else(|_| unreachable!("three parameters"));
    let name = required_str("typealias", "name", 1, name)?;
    let Some(value) = value else {
        return Err(type_error(
            "typealias() missing required argument 'value' (pos 2)",
        ));
    };
    let params = match &type_params {
        None => Vec::new(),
        Some(t) if t.downcast::<tuple::TupleObject>().is_some() => tuple::items(t).to_vec(),
        Some(_) => return Err(type_error("type_params must be a tuple")),
    };
    for tp in &params {
        if !is_type_param(tp) {
            return Err(type_error(format!(
                "Expected a type param, got {}",
                pystr::to_string_lossy(&ops::repr(tp)?)
            )));
        }
    }
    // An empty tuple makes a non-generic alias.
    let type_params = match type_params {
        Some(t) if !params.is_empty() => t,
        _ => singletons::none(),
    };
    Ok(new_alias(name, type_params, singletons::none(), value))
}

fn m_alias_reduce(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("", "__reduce__", a.len() + k.len() - 1, 0, 0)?;
    Ok(alias_of(&a[0]).name.clone())
}

// ---------------------------------------------------------------- intrinsics

/// `CALL_INTRINSIC_1` for the PEP 695 intrinsics (7 to 11).
pub fn intrinsic1(arg: u32, v: Value) -> PyResult<Value> {
    let none = singletons::none;
    Ok(match arg {
        7 => syntax_param(ParamKind::TypeVar, v, none(), none()),
        8 => syntax_param(ParamKind::ParamSpec, v, none(), none()),
        9 => syntax_param(ParamKind::TypeVarTuple, v, none(), none()),
        10 => {
            collect_ordered(tuple::items(&v), true)?;
            classes::new_generic_alias(generic(), v)
        }
        _ => {
            // (name, type_params or None, compute_value)
            let [name, params, compute] = <[Value; 3]>::try_from(tuple::items(&v).to_vec())
                .map_err(|_| type_error("bad type alias arguments"))?;
            new_alias(name, params, compute, null())
        }
    })
}

/// `CALL_INTRINSIC_2` for the PEP 695 intrinsics (2 to 5).
pub fn intrinsic2(arg: u32, a: Value, b: Value) -> PyResult<Value> {
    let none = singletons::none;
    match arg {
        2 => Ok(syntax_param(ParamKind::TypeVar, a, b, none())),
        3 => Ok(syntax_param(ParamKind::TypeVar, a, none(), b)),
        4 => {
            let f = a
                .downcast::<FunctionObject>()
                .ok_or_else(|| type_error("type params must be set on a function"))?;
            f.set(&f.type_params, b);
            Ok(a)
        }
        _ => {
            let p = a
                .downcast::<TypeParamObject>()
                .ok_or_else(|| type_error("a default needs a type parameter"))?;
            drop(p.default.replace(&p.header, null()));
            drop(p.evaluate_default.replace(&p.header, b));
            Ok(a)
        }
    }
}

/// `_typing._idfunc(x)`: returns `x` (`NewType` instances' calls).
pub fn m_idfunc(a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_count("_typing.", "_idfunc", a.len() + k.len(), 1, 1)?;
    Ok(a[0].clone())
}

/// Installs the constructors and methods of the types above.
pub fn install() {
    let static_new =
        |f| classes::new_wrapper(&classes::STATICMETHOD_TYPE, objects::native("__new__", f));
    let methods = |ty: &'static TypeObject, list: &[(&'static str, objects::NativeFn)]| {
        for (name, f) in list {
            let _ = dict::set_item(
                ty.dict(),
                pystr::intern(name),
                objects::native_method(ty, name, *f),
            );
        }
    };
    let news: [(&'static TypeObject, objects::NativeFn); 7] = [
        (&TYPEVAR_TYPE, m_typevar_new),
        (&PARAMSPEC_TYPE, m_paramspec_new),
        (&TYPEVARTUPLE_TYPE, m_typevartuple_new),
        (&PARAMSPEC_ARGS_TYPE, m_psargs_new),
        (&PARAMSPEC_KWARGS_TYPE, m_pskwargs_new),
        (&TYPE_ALIAS_TYPE, m_alias_new),
        (&NO_DEFAULT_TYPE, m_no_default_new),
    ];
    for (ty, f) in news {
        let _ = dict::set_item(ty.dict(), pystr::intern("__new__"), static_new(f));
    }
    for ty in [&TYPEVAR_TYPE, &PARAMSPEC_TYPE, &TYPEVARTUPLE_TYPE] {
        methods(
            ty,
            &[
                ("has_default", m_has_default),
                ("__reduce__", m_param_reduce),
                ("__mro_entries__", m_param_mro_entries),
            ],
        );
    }
    methods(
        &TYPEVAR_TYPE,
        &[
            ("__typing_subst__", m_typevar_subst),
            ("__typing_prepare_subst__", m_typevar_prepare_subst),
        ],
    );
    methods(
        &PARAMSPEC_TYPE,
        &[
            ("__typing_subst__", m_paramspec_subst),
            ("__typing_prepare_subst__", m_paramspec_prepare_subst),
        ],
    );
    methods(
        &TYPEVARTUPLE_TYPE,
        &[
            ("__typing_subst__", m_typevartuple_subst),
            ("__typing_prepare_subst__", m_typevartuple_prepare_subst),
        ],
    );
    for ty in [&PARAMSPEC_ARGS_TYPE, &PARAMSPEC_KWARGS_TYPE] {
        methods(ty, &[("__mro_entries__", m_param_mro_entries)]);
        let _ = dict::set_item(ty.dict(), pystr::intern("__hash__"), singletons::none());
    }
    methods(&TYPE_ALIAS_TYPE, &[("__reduce__", m_alias_reduce)]);
    methods(&NO_DEFAULT_TYPE, &[("__reduce__", m_no_default_reduce)]);
    let union_getitem = objects::native("__class_getitem__", m_union_class_getitem);
    let _ = dict::set_item(
        classes::UNION_TYPE.dict(),
        pystr::intern("__class_getitem__"),
        classes::new_wrapper(&classes::CLASSMETHOD_TYPE, union_getitem),
    );
}

/// The names `_typing` exports, with their objects.
pub fn typing_exports() -> Vec<(&'static str, Value)> {
    vec![
        ("Generic", generic()),
        ("NoDefault", no_default()),
        ("ParamSpec", PARAMSPEC_TYPE.as_value()),
        ("ParamSpecArgs", PARAMSPEC_ARGS_TYPE.as_value()),
        ("ParamSpecKwargs", PARAMSPEC_KWARGS_TYPE.as_value()),
        ("TypeAliasType", TYPE_ALIAS_TYPE.as_value()),
        ("TypeVar", TYPEVAR_TYPE.as_value()),
        ("TypeVarTuple", TYPEVARTUPLE_TYPE.as_value()),
        ("Union", classes::UNION_TYPE.as_value()),
        ("_idfunc", objects::native_any_arity("_idfunc", m_idfunc)),
    ]
}
