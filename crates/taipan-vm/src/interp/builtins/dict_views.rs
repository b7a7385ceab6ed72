//! `dict_keys`, `dict_values` and `dict_items`: live views of a dict.
//! Keys and items views are set-like (comparisons and `& | - ^` with any
//! iterable, results are sets).

use super::*;
use crate::object::{BinOp, BinaryFn, CompareOp, NUM_BINOPS};
use crate::types::dict::{self as dictmod, DictObject, IterKind};

#[repr(C)]
pub struct DictView {
    header: ObjHeader,
    dict: Value,
    kind: IterKind,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for DictView {
    fn type_object() -> &'static TypeObject {
        &DICT_KEYS_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        [&DICT_KEYS_TYPE, &DICT_VALUES_TYPE, &DICT_ITEMS_TYPE]
            .iter()
            .any(|t| std::ptr::eq(*t, ty))
    }
}

/// A new view of `d` (a dict).
pub(super) fn new_view(d: &Value, kind: IterKind) -> Value {
    let ty: &'static TypeObject = match kind {
        IterKind::Keys => &DICT_KEYS_TYPE,
        IterKind::Values => &DICT_VALUES_TYPE,
        IterKind::Items => &DICT_ITEMS_TYPE,
    };
    Value::from_box(Box::new(DictView {
        header: ObjHeader::new(ty),
        dict: d.clone(),
        kind,
    }))
}

fn view(v: &Value) -> PyResult<&DictView> {
    v.downcast::<DictView>()
        .ok_or_else(|| type_error(format!("expected a dict view, got '{}'", v.type_of().name)))
}

fn the_dict(v: &DictView) -> PyResult<&DictObject> {
    v.dict
        .downcast::<DictObject>()
        .ok_or_else(|| type_error("dict view of a non-dict"))
}

fn view_repr(v: &Value) -> PyResult<Value> {
    let name = v.type_of().name.to_string();
    let Some(_guard) = ops::ReprGuard::enter(v) else {
        return Ok(pystr::new("..."));
    };
    let items = list::new(collect(v)?);
    Ok(pystr::new(&format!("{name}({})", s(&ops::repr(&items)?))))
}

fn view_len(v: &Value) -> PyResult<usize> {
    Ok(the_dict(view(v)?)?.len())
}

fn view_iter(v: &Value) -> PyResult<Value> {
    let w = view(v)?;
    dictmod::iter_kind(&w.dict, w.kind)
}

fn view_contains(v: &Value, key: &Value) -> PyResult<bool> {
    let w = view(v)?;
    let d = the_dict(w)?;
    match w.kind {
        IterKind::Keys => d.contains(key),
        IterKind::Items => {
            let Some(pair) = key.downcast::<crate::types::tuple::TupleObject>() else {
                return Ok(false);
            };
            let [k, val] = pair.items() else {
                return Ok(false);
            };
            match d.get_item(k)? {
                Some(found) => Ok(found.is(val) || ops::eq(&found, val)?),
                None => Ok(false),
            }
        }
        IterKind::Values => {
            for x in d.values() {
                if x.is(key) || ops::eq(&x, key)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Set-like operands of the view comparisons: sets, frozensets and the
/// keys and items views.
fn is_set_like(v: &Value) -> bool {
    v.downcast::<crate::types::set::SetObject>().is_some()
        || v.downcast::<DictView>()
            .is_some_and(|w| w.kind != IterKind::Values)
}

/// Whether every element of `a` is in `b`.
fn all_contained_in(a: &Value, b: &Value) -> PyResult<bool> {
    let it = attrs::iter(a)?;
    while let Some(x) = attrs::next(&it)? {
        if !attrs::contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !is_set_like(a) || !is_set_like(b) {
        return Ok(singletons::not_implemented());
    }
    let (la, lb) = (ops::len(a)?, ops::len(b)?);
    let r = match op {
        CompareOp::Eq => la == lb && all_contained_in(a, b)?,
        CompareOp::Ne => !(la == lb && all_contained_in(a, b)?),
        CompareOp::Lt => la < lb && all_contained_in(a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(b, a)?,
    };
    Ok(singletons::bool(r))
}

/// `a op b` with a view on either side: a set of the left operand's
/// elements, updated in place with the right one.
fn view_setop(a: &Value, b: &Value, update: objects::NativeFn) -> PyResult<Value> {
    let result = set::new_set(collect(a)?)?;
    update(&[result.clone(), b.clone()], &[])?;
    Ok(result)
}

fn view_or(a: &Value, b: &Value) -> PyResult<Value> {
    view_setop(a, b, set_methods::m_set_update)
}
fn view_and(a: &Value, b: &Value) -> PyResult<Value> {
    view_setop(a, b, set_methods::m_set_intersection_update)
}
fn view_sub(a: &Value, b: &Value) -> PyResult<Value> {
    view_setop(a, b, set_methods::m_set_difference_update)
}
fn view_xor(a: &Value, b: &Value) -> PyResult<Value> {
    view_setop(a, b, set_methods::m_set_symmetric_difference_update)
}

const fn number_slots() -> [Option<BinaryFn>; NUM_BINOPS] {
    let mut n: [Option<BinaryFn>; NUM_BINOPS] = [None; NUM_BINOPS];
    n[BinOp::Or as usize] = Some(view_or);
    n[BinOp::And as usize] = Some(view_and);
    n[BinOp::Sub as usize] = Some(view_sub);
    n[BinOp::Xor as usize] = Some(view_xor);
    n
}

fn view_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(w) = v.downcast::<DictView>() {
        visit(&w.dict);
    }
}

/// Views have a `mapping` attribute: a read-only proxy of their dict.
fn view_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    if pystr::as_str(name) == Some("mapping") {
        return Ok(new_mappingproxy(&view(v)?.dict));
    }
    attrs::generic_getattr(v, name)
}

simple_type!(DICT_KEYS_TYPE, "dict_keys", DictView, {
    getattr: Some(view_getattr),
    repr: Some(view_repr),
    length: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    richcompare: Some(view_richcompare),
    hash: None,
    number: number_slots(),
    traverse: Some(view_traverse),
});
simple_type!(DICT_ITEMS_TYPE, "dict_items", DictView, {
    getattr: Some(view_getattr),
    repr: Some(view_repr),
    length: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    richcompare: Some(view_richcompare),
    hash: None,
    number: number_slots(),
    traverse: Some(view_traverse),
});
simple_type!(DICT_VALUES_TYPE, "dict_values", DictView, {
    getattr: Some(view_getattr),
    repr: Some(view_repr),
    length: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    traverse: Some(view_traverse),
});

// ---------------------------------------------------------------- mappingproxy

/// `types.MappingProxyType`: a read-only view of a mapping.
#[repr(C)]
pub struct MappingProxy {
    header: ObjHeader,
    mapping: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for MappingProxy {
    fn type_object() -> &'static TypeObject {
        &MAPPINGPROXY_TYPE
    }
}

/// A read-only proxy of `mapping`.
pub fn new_mappingproxy(mapping: &Value) -> Value {
    Value::from_box(Box::new(MappingProxy {
        header: ObjHeader::new(&MAPPINGPROXY_TYPE),
        mapping: mapping.clone(),
    }))
}

fn proxied(v: &Value) -> PyResult<&Value> {
    v.downcast::<MappingProxy>()
        .map(|p| &p.mapping)
        .ok_or_else(|| type_error("expected a mappingproxy"))
}

fn proxy_repr(v: &Value) -> PyResult<Value> {
    let inner = s(&ops::repr(proxied(v)?)?);
    Ok(pystr::new(&format!("mappingproxy({inner})")))
}
fn proxy_len(v: &Value) -> PyResult<usize> {
    ops::len(proxied(v)?)
}
fn proxy_iter(v: &Value) -> PyResult<Value> {
    attrs::iter(proxied(v)?)
}
fn proxy_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    attrs::getitem(proxied(v)?, k)
}
fn proxy_contains(v: &Value, k: &Value) -> PyResult<bool> {
    attrs::contains(proxied(v)?, k)
}
fn proxy_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    ops::richcompare(proxied(a)?, b, op)
}
fn proxy_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(p) = v.downcast::<MappingProxy>() {
        visit(&p.mapping);
    }
}

simple_type!(MAPPINGPROXY_TYPE, "mappingproxy", MappingProxy, {
    repr: Some(proxy_repr),
    length: Some(proxy_len),
    iter: Some(proxy_iter),
    getitem: Some(proxy_getitem),
    contains: Some(proxy_contains),
    richcompare: Some(proxy_richcompare),
    hash: None,
    traverse: Some(proxy_traverse),
});

/// `proxy.keys()`, `.values()`, `.items()`, `.get()`, `.copy()`: the
/// mapping's own methods.
fn proxy_forward(a: &[Value], k: &[Value], name: &str) -> PyResult<Value> {
    let method = getattr_str(proxied(&a[0])?, name)?;
    call_object(&method, &a[1..], k)
}
fn m_proxy_keys(a: &[Value], k: &[Value]) -> PyResult<Value> {
    proxy_forward(a, k, "keys")
}
fn m_proxy_values(a: &[Value], k: &[Value]) -> PyResult<Value> {
    proxy_forward(a, k, "values")
}
fn m_proxy_items(a: &[Value], k: &[Value]) -> PyResult<Value> {
    proxy_forward(a, k, "items")
}
fn m_proxy_get(a: &[Value], k: &[Value]) -> PyResult<Value> {
    proxy_forward(a, k, "get")
}
fn m_proxy_copy(a: &[Value], k: &[Value]) -> PyResult<Value> {
    proxy_forward(a, k, "copy")
}

fn m_view_isdisjoint(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::exactly_one(&format!("{}.isdisjoint", a[0].type_of().name), a, k)?;
    let it = attrs::iter(&a[1])?;
    while let Some(x) = attrs::next(&it)? {
        if view_contains(&a[0], &x)? {
            return Ok(singletons::false_());
        }
    }
    Ok(singletons::true_())
}

fn m_view_reversed(a: &[Value], k: &[Value]) -> PyResult<Value> {
    set_methods::no_args(&format!("{}.__reversed__", a[0].type_of().name), a, k)?;
    let w = view(&a[0])?;
    dictmod::reversed_kind(&w.dict, w.kind)
}

pub(super) fn install() {
    for ty in [&DICT_KEYS_TYPE, &DICT_ITEMS_TYPE] {
        add_methods(
            ty,
            &[
                ("isdisjoint", m_view_isdisjoint),
                ("__reversed__", m_view_reversed),
            ],
        );
    }
    add_methods(&DICT_VALUES_TYPE, &[("__reversed__", m_view_reversed)]);
    add_methods(
        &MAPPINGPROXY_TYPE,
        &[
            ("keys", m_proxy_keys),
            ("values", m_proxy_values),
            ("items", m_proxy_items),
            ("get", m_proxy_get),
            ("copy", m_proxy_copy),
        ],
    );
    crate::interp::slot_wrappers::install(&[&MAPPINGPROXY_TYPE]);
    crate::interp::slot_wrappers::install(&[&DICT_KEYS_TYPE]);
    crate::interp::slot_wrappers::install(&[&DICT_ITEMS_TYPE]);
    crate::interp::slot_wrappers::install(&[&DICT_VALUES_TYPE]);
}
