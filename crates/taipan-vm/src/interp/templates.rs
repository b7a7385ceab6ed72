//! Template strings (PEP 750): `Template` and `Interpolation` objects,
//! `BUILD_TEMPLATE`/`BUILD_INTERPOLATION`, and the `string.templatelib`
//! module that exports the two types.

use super::objects::base_slots;
use super::type_error;
use crate::error::{PyErr, PyResult};
use crate::object::payload::dealloc_box;
use crate::object::{BinOp, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::types::exceptions::VALUE_ERROR;
use crate::types::{dict, singletons, str as pystr, tuple};

#[repr(C)]
pub struct TemplateObject {
    header: ObjHeader,
    strings: Value,
    interpolations: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for TemplateObject {
    fn type_object() -> &'static TypeObject {
        &TEMPLATE_TYPE
    }
}

#[repr(C)]
pub struct InterpolationObject {
    header: ObjHeader,
    value: Value,
    expression: Value,
    conversion: Value,
    format_spec: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for InterpolationObject {
    fn type_object() -> &'static TypeObject {
        &INTERPOLATION_TYPE
    }
}

const MODULE: &str = "string.templatelib";

fn template_of(v: &Value) -> &TemplateObject {
    v.downcast::<TemplateObject>().expect("template")
}

fn repr_of(v: &Value) -> PyResult<String> {
    Ok(pystr::to_string_lossy(&crate::ops::repr(v)?))
}

fn template_repr(v: &Value) -> PyResult<Value> {
    let t = template_of(v);
    Ok(pystr::new(&format!(
        "Template(strings={}, interpolations={})",
        repr_of(&t.strings)?,
        repr_of(&t.interpolations)?
    )))
}

/// The strings and interpolations in order, empty strings left out.
fn parts(t: &TemplateObject) -> Vec<Value> {
    let strings = tuple::items(&t.strings);
    let interps = tuple::items(&t.interpolations);
    let mut out = Vec::new();
    for (i, s) in strings.iter().enumerate() {
        if pystr::as_str(s).is_some_and(|s| !s.is_empty()) {
            out.push(s.clone());
        }
        if let Some(x) = interps.get(i) {
            out.push(x.clone());
        }
    }
    out
}

fn template_iter(v: &Value) -> PyResult<Value> {
    crate::ops::iter(&tuple::new(parts(template_of(v))))
}

fn qualified(ty: &TypeObject) -> String {
    if ty.module == "builtins" {
        ty.name.to_string()
    } else {
        format!("{}.{}", ty.module, ty.name)
    }
}

fn template_add(a: &Value, b: &Value) -> PyResult<Value> {
    match (
        a.downcast::<TemplateObject>(),
        b.downcast::<TemplateObject>(),
    ) {
        (Some(x), Some(y)) => {
            let mut items = parts(x);
            items.extend(parts(y));
            build(items)
        }
        (Some(_), None) if pystr::as_str(b).is_some() => Err(type_error(format!(
            "can only concatenate {MODULE}.Template (not \"{}\") to {MODULE}.Template",
            qualified(b.type_of())
        ))),
        (None, Some(_)) if pystr::as_str(a).is_some() => Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            qualified(b.type_of())
        ))),
        _ => Ok(singletons::not_implemented()),
    }
}

fn template_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let t = template_of(v);
    match pystr::as_str(name) {
        Some("strings") => Ok(t.strings.clone()),
        Some("interpolations") => Ok(t.interpolations.clone()),
        Some("values") => Ok(tuple::new(
            tuple::items(&t.interpolations)
                .iter()
                .map(|i| interp_of(i).value.clone())
                .collect(),
        )),
        _ => super::attrs::generic_getattr(v, name),
    }
}

fn template_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let t = template_of(v);
    visit(&t.strings);
    visit(&t.interpolations);
}

const fn template_slots() -> Slots {
    let mut s = Slots {
        repr: Some(template_repr),
        iter: Some(template_iter),
        getattr: Some(template_getattr),
        traverse: Some(template_traverse),
        ..base_slots(dealloc_box::<TemplateObject>)
    };
    s.number[BinOp::Add as usize] = Some(template_add);
    s
}

pub static TEMPLATE_TYPE: TypeObject = TypeObject::new_static_in(
    MODULE,
    "Template",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    template_slots(),
);

fn interp_of(v: &Value) -> &InterpolationObject {
    v.downcast::<InterpolationObject>().expect("interpolation")
}

fn interp_repr(v: &Value) -> PyResult<Value> {
    let i = interp_of(v);
    Ok(pystr::new(&format!(
        "Interpolation({}, {}, {}, {})",
        repr_of(&i.value)?,
        repr_of(&i.expression)?,
        repr_of(&i.conversion)?,
        repr_of(&i.format_spec)?
    )))
}

fn interp_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let i = interp_of(v);
    match pystr::as_str(name) {
        Some("value") => Ok(i.value.clone()),
        Some("expression") => Ok(i.expression.clone()),
        Some("conversion") => Ok(i.conversion.clone()),
        Some("format_spec") => Ok(i.format_spec.clone()),
        _ => super::attrs::generic_getattr(v, name),
    }
}

fn interp_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let i = interp_of(v);
    visit(&i.value);
    visit(&i.expression);
    visit(&i.conversion);
    visit(&i.format_spec);
}

pub static INTERPOLATION_TYPE: TypeObject = TypeObject::new_static_in(
    MODULE,
    "Interpolation",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    Slots {
        repr: Some(interp_repr),
        getattr: Some(interp_getattr),
        traverse: Some(interp_traverse),
        ..base_slots(dealloc_box::<InterpolationObject>)
    },
);

fn new_interpolation(
    value: Value,
    expression: Value,
    conversion: Value,
    format_spec: Value,
) -> Value {
    Value::from_box(Box::new(InterpolationObject {
        header: ObjHeader::new(&INTERPOLATION_TYPE),
        value,
        expression,
        conversion,
        format_spec,
    }))
}

/// `BUILD_INTERPOLATION`: the low bit of `arg` says a format spec is
/// given, `arg >> 2` is the conversion (1 `s`, 2 `r`, 3 `a`).
pub fn build_interpolation(
    arg: u32,
    value: Value,
    expression: Value,
    spec: Option<Value>,
) -> Value {
    let conversion = match arg >> 2 {
        1 => pystr::intern("s"),
        2 => pystr::intern("r"),
        3 => pystr::intern("a"),
        _ => singletons::none(),
    };
    let spec = spec.unwrap_or_else(|| pystr::intern(""));
    new_interpolation(value, expression, conversion, spec)
}

/// `BUILD_TEMPLATE`: from the tuple of strings (one more than the
/// interpolations) and the tuple of interpolations.
pub fn build_template(strings: Value, interpolations: Value) -> Value {
    Value::from_box(Box::new(TemplateObject {
        header: ObjHeader::new(&TEMPLATE_TYPE),
        strings,
        interpolations,
    }))
}

/// A template from strings and interpolations in any order: adjacent
/// strings are joined, and empty strings keep the two tuples aligned.
fn build(items: Vec<Value>) -> PyResult<Value> {
    let mut strings = Vec::new();
    let mut interps = Vec::new();
    let mut pending = String::new();
    for it in items {
        if let Some(s) = pystr::as_str(&it) {
            pending.push_str(s);
        } else if it.downcast::<InterpolationObject>().is_some() {
            strings.push(pystr::new(&std::mem::take(&mut pending)));
            interps.push(it);
        } else {
            return Err(type_error(format!(
                "Template.__new__ *args need to be of type 'str' or 'Interpolation', got {}",
                it.type_of().name
            )));
        }
    }
    strings.push(pystr::new(&pending));
    Ok(build_template(tuple::new(strings), tuple::new(interps)))
}

fn m_template_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(type_error("Template.__new__ only accepts *args arguments"));
    }
    build(a[1..].to_vec())
}

fn m_interpolation_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["value", "expression", "conversion", "format_spec"];
    let npos = a.len() - k.len();
    let mut slots: [Option<Value>; 4] = Default::default();
    if npos > 5 {
        return Err(type_error(format!(
            "Interpolation() takes at most 4 arguments ({} given)",
            a.len() - 1
        )));
    }
    for (i, v) in a[1..npos].iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (name, v) in k.iter().zip(&a[npos..]) {
        let name = pystr::to_string_lossy(name);
        let Some(i) = NAMES.iter().position(|n| *n == name) else {
            return Err(type_error(format!(
                "Interpolation() got an unexpected keyword argument '{name}'"
            )));
        };
        if slots[i].is_some() {
            return Err(type_error(format!(
                "argument for Interpolation() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [value, expression, conversion, spec] = slots;
    let Some(value) = value else {
        return Err(type_error(
            "Interpolation() missing required argument 'value' (pos 1)",
        ));
    };
    let expression = expression.unwrap_or_else(|| pystr::intern(""));
    if pystr::as_str(&expression).is_none() {
        return Err(type_error(format!(
            "Interpolation() argument 'expression' must be str, not {}",
            expression.type_of().name
        )));
    }
    let conversion = conversion.unwrap_or_else(singletons::none);
    if !singletons::is_none(&conversion)
        && !matches!(pystr::as_str(&conversion), Some("s" | "r" | "a"))
    {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'",
        ));
    }
    let spec = spec.unwrap_or_else(|| pystr::intern(""));
    if pystr::as_str(&spec).is_none() {
        return Err(type_error(format!(
            "Interpolation() argument 'format_spec' must be str, not {}",
            spec.type_of().name
        )));
    }
    Ok(new_interpolation(value, expression, conversion, spec))
}

/// Installs the constructors and `Interpolation.__match_args__`.
pub fn install() {
    let static_new = |f| {
        super::classes::new_wrapper(
            &super::classes::STATICMETHOD_TYPE,
            super::objects::native("__new__", f),
        )
    };
    let _ = dict::set_item(
        TEMPLATE_TYPE.dict(),
        pystr::intern("__new__"),
        static_new(m_template_new),
    );
    let d = INTERPOLATION_TYPE.dict();
    let _ = dict::set_item(d, pystr::intern("__new__"), static_new(m_interpolation_new));
    let names = ["value", "expression", "conversion", "format_spec"];
    let _ = dict::set_item(
        d,
        pystr::intern("__match_args__"),
        tuple::new(names.iter().map(|n| pystr::intern(n)).collect()),
    );
}
