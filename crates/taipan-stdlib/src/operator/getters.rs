//! `operator.itemgetter`, `attrgetter` and `methodcaller`: callables that
//! fetch items, (dotted) attributes, or call a named method.

use taipan_vm::interp::classes;
use taipan_vm::interp::objects::{base_slots, native};
use taipan_vm::interp::{attrs, call_object, type_error};
use taipan_vm::object::payload::dealloc_box;
use taipan_vm::object::{ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{dict, str as pystr, tuple};
use taipan_vm::{ops, PyResult, Value};

use crate::args::{keywords, no_keywords, positional};

/// The three getters share one layout; `kind` says which one it is.
#[repr(C)]
pub struct Getter {
    header: ObjHeader,
    /// itemgetter: the items; attrgetter: the names, each split at dots;
    /// methodcaller: the method name then the positional arguments.
    parts: Vec<Vec<Value>>,
    /// attrgetter: the names as given; methodcaller: keyword names.
    names: Vec<Value>,
    /// methodcaller: the keyword argument values.
    kwvalues: Vec<Value>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for Getter {
    fn type_object() -> &'static TypeObject {
        &ITEMGETTER_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        [&ITEMGETTER_TYPE, &ATTRGETTER_TYPE, &METHODCALLER_TYPE]
            .iter()
            .any(|t| std::ptr::eq(*t, ty))
    }
}

fn new(
    ty: &'static TypeObject,
    parts: Vec<Vec<Value>>,
    names: Vec<Value>,
    kwvalues: Vec<Value>,
) -> Value {
    Value::from_box(Box::new(Getter {
        header: ObjHeader::new(ty),
        parts,
        names,
        kwvalues,
    }))
}

fn getter(v: &Value) -> &Getter {
    v.downcast::<Getter>().expect("getter")
}

/// The one positional argument of a getter call.
fn one_arg<'a>(name: &str, args: &'a [Value], kwargs: Option<&Value>) -> PyResult<&'a Value> {
    if kwargs.is_some_and(|k| ops::len(k).unwrap_or(0) > 0) {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(type_error(format!(
            "{name} expected 1 argument, got {}",
            args.len()
        )));
    }
    Ok(&args[0])
}

fn itemgetter_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("itemgetter", kwnames)?;
    let items = &positional(args, kwnames)[1..];
    if items.is_empty() {
        return Err(type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(new(
        &ITEMGETTER_TYPE,
        vec![items.to_vec()],
        Vec::new(),
        Vec::new(),
    ))
}

fn itemgetter_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let obj = one_arg("itemgetter", args, kwargs)?;
    let items = &getter(v).parts[0];
    if items.len() == 1 {
        return attrs::getitem(obj, &items[0]);
    }
    let out = items
        .iter()
        .map(|i| attrs::getitem(obj, i))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(tuple::new(out))
}

fn attrgetter_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("attrgetter", kwnames)?;
    let names = &positional(args, kwnames)[1..];
    if names.is_empty() {
        return Err(type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut parts = Vec::with_capacity(names.len());
    for n in names {
        let Some(s) = pystr::as_str(n) else {
            return Err(type_error("attribute name must be a string"));
        };
        parts.push(s.split('.').map(pystr::intern).collect());
    }
    Ok(new(&ATTRGETTER_TYPE, parts, names.to_vec(), Vec::new()))
}

fn attrgetter_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let obj = one_arg("attrgetter", args, kwargs)?;
    let fetch = |path: &Vec<Value>| -> PyResult<Value> {
        let mut cur = obj.clone();
        for name in path {
            cur = attrs::getattr(&cur, name)?;
        }
        Ok(cur)
    };
    let g = getter(v);
    if g.parts.len() == 1 {
        return fetch(&g.parts[0]);
    }
    let out = g.parts.iter().map(fetch).collect::<PyResult<Vec<_>>>()?;
    Ok(tuple::new(out))
}

fn methodcaller_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = &positional(args, kwnames)[1..];
    let Some(name) = pos.first() else {
        return Err(type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    if pystr::as_str(name).is_none() {
        return Err(type_error("method name must be a string"));
    }
    let kwvalues = keywords(args, kwnames)
        .into_iter()
        .map(|(_, v)| v.clone())
        .collect();
    let name = pystr::intern_value(name.clone());
    let mut parts = vec![name];
    parts.extend_from_slice(&pos[1..]);
    Ok(new(
        &METHODCALLER_TYPE,
        vec![parts],
        kwnames.to_vec(),
        kwvalues,
    ))
}

fn methodcaller_call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let obj = one_arg("methodcaller", args, kwargs)?;
    let g = getter(v);
    let method = attrs::getattr(obj, &g.parts[0][0])?;
    let mut call_args = g.parts[0][1..].to_vec();
    call_args.extend(g.kwvalues.iter().cloned());
    call_object(&method, &call_args, &g.names)
}

fn reprs(items: &[Value]) -> PyResult<Vec<String>> {
    items
        .iter()
        .map(|i| Ok(pystr::to_string_lossy(&ops::repr(i)?)))
        .collect()
}

fn getter_repr(v: &Value) -> PyResult<Value> {
    let ty = v.type_of();
    let Some(_guard) = ops::ReprGuard::enter(v) else {
        return Ok(pystr::new(&format!("{}(...)", ty.tp_name())));
    };
    let g = getter(v);
    let mut shown = if std::ptr::eq(ty, &ATTRGETTER_TYPE) {
        reprs(&g.names)?
    } else {
        reprs(&g.parts[0])?
    };
    if std::ptr::eq(ty, &METHODCALLER_TYPE) {
        for (k, val) in g.names.iter().zip(&g.kwvalues) {
            shown.push(format!(
                "{}={}",
                pystr::to_string_lossy(k),
                pystr::to_string_lossy(&ops::repr(val)?)
            ));
        }
    }
    Ok(pystr::new(&format!(
        "{}({})",
        ty.tp_name(),
        shown.join(", ")
    )))
}

macro_rules! getter_type {
    ($id:ident, $name:literal, $call:ident) => {
        pub static $id: TypeObject = TypeObject::new_static_in(
            "operator",
            $name,
            Some(&OBJECT_TYPE),
            0,
            Slots {
                call: Some($call),
                repr: Some(getter_repr),
                getattr: Some(attrs::generic_getattr),
                ..base_slots(dealloc_box::<Getter>)
            },
        );
    };
}
getter_type!(ITEMGETTER_TYPE, "itemgetter", itemgetter_call);
getter_type!(ATTRGETTER_TYPE, "attrgetter", attrgetter_call);
getter_type!(METHODCALLER_TYPE, "methodcaller", methodcaller_call);

/// Adds the three types (with their constructors) to the module dict.
pub(super) fn install(module_dict: &Value) -> PyResult<()> {
    for (ty, name, ctor) in [
        (
            &ITEMGETTER_TYPE,
            "itemgetter",
            itemgetter_new as taipan_vm::interp::objects::NativeFn,
        ),
        (&ATTRGETTER_TYPE, "attrgetter", attrgetter_new),
        (&METHODCALLER_TYPE, "methodcaller", methodcaller_new),
    ] {
        if taipan_vm::types::dict::get_item(ty.dict(), &pystr::intern("__new__"))?.is_none() {
            dict::set_item(
                ty.dict(),
                pystr::intern("__new__"),
                classes::new_wrapper(&classes::STATICMETHOD_TYPE, native("__new__", ctor)),
            )?;
            taipan_vm::interp::slot_wrappers::install(&[ty]);
        }
        dict::set_item(module_dict, pystr::intern(name), ty.as_value())?;
    }
    Ok(())
}
