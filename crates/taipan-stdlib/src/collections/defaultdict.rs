//! `collections.defaultdict`: a dict whose missing keys are filled in by
//! calling `default_factory`. Instances are dicts followed by an
//! `InstanceExt` whose one member value is the factory, so the dict code
//! sees a dict and subclasses extend the same layout.

use taipan_vm::interp::attrs;
use taipan_vm::interp::classes;
use taipan_vm::interp::objects::native;
use taipan_vm::interp::{call_object, slot_wrappers, type_error};
use taipan_vm::object::extend::{self, ext_offset, InstanceExt};
use taipan_vm::object::{tpflags, BinOp, BinaryFn, Slots, TypeObject, NUM_BINOPS};
use taipan_vm::types::dict::{self, DictObject, DICT_SLOTS, DICT_TYPE};
use taipan_vm::types::exceptions::{KEY_ERROR, SYSTEM_ERROR};
use taipan_vm::types::{singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use super::deque::add_methods;
use crate::args::{keywords, method_args, positional};

/// The member value holding `default_factory`.
const FACTORY: usize = 0;

fn factory(v: &Value) -> Value {
    let h = v.header().expect("heap object");
    extend::ext_of(v)
        .and_then(|ext| ext.slots.with(h, |s| s.get(FACTORY).cloned().flatten()))
        .unwrap_or_else(singletons::none)
}

fn set_factory(v: &Value, f: Value) {
    let h = v.header().expect("heap object");
    if let Some(ext) = extend::ext_of(v) {
        let old = ext
            .slots
            .with(h, |s| s.get_mut(FACTORY).map(|slot| slot.replace(f)));
        drop(old);
    }
}

/// `defaultdict.__new__(cls, *args, **kwargs)`: an empty defaultdict of
/// class `cls`; a plain `defaultdict(...)` call (which runs no
/// `__init__`) is initialized here.
fn m_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .filter(|c| c.is_subtype_of(&DEFAULTDICT_TYPE))
        .ok_or_else(|| type_error("defaultdict.__new__(X): X is not a subtype of defaultdict"))?;
    let nslots = cls.nslots.max(1);
    let ext = InstanceExt::new(cls.instance_dict, nslots);
    let d = extend::extend::<DictObject>(dict::new(), &DICT_TYPE, cls, ext)
        .map_err(|_| PyErr::new(&SYSTEM_ERROR, "bad defaultdict layout"))?;
    if std::ptr::eq(cls, &DEFAULTDICT_TYPE) {
        let mut init = vec![d.clone()];
        init.extend_from_slice(&args[1..]);
        m_init(&init, kwnames)?;
    }
    Ok(d)
}

/// `defaultdict.__init__(self, default_factory=None, /, *args, **kwargs)`.
fn m_init(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let me = &pos[0];
    let (f, rest) = match pos.get(1) {
        Some(f) => (f.clone(), &pos[2..]),
        None => (singletons::none(), &pos[1..]),
    };
    if !singletons::is_none(&f) && !is_callable(&f) {
        return Err(type_error("first argument must be callable or None"));
    }
    set_factory(me, f);
    let update = dict::get_item(DICT_TYPE.dict(), &pystr::intern("update"))?
        .ok_or_else(|| PyErr::new(&SYSTEM_ERROR, "dict.update missing"))?;
    let mut call_args = vec![me.clone()];
    call_args.extend_from_slice(rest);
    let kw = keywords(args, kwnames);
    call_args.extend(kw.iter().map(|(_, v)| (*v).clone()));
    call_object(&update, &call_args, kwnames)?;
    Ok(singletons::none())
}

fn m_missing(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("defaultdict.__missing__", args, kw, 1, 1)?;
    let me = &args[0];
    let f = factory(me);
    if singletons::is_none(&f) {
        return Err(PyErr::with_args(&KEY_ERROR, vec![a[0].clone()]));
    }
    let value = call_object(&f, &[], &[])?;
    ops::setitem(me, &a[0], Some(&value))?;
    Ok(value)
}

/// A copy of the same class: `type(self)(self.default_factory, items)`.
fn copy_with(me: &Value, items: &Value) -> PyResult<Value> {
    call_object(&me.type_of().as_value(), &[factory(me), items.clone()], &[])
}

fn m_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("defaultdict.copy", args, kw, 0, 0)?;
    copy_with(&args[0], &args[0])
}

/// `(type(self), (factory,) or (), None, None, iter(self.items()))`.
fn m_reduce(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("defaultdict.__reduce__", args, kw, 0, 0)?;
    let me = &args[0];
    let f = factory(me);
    let ctor_args = if singletons::is_none(&f) {
        tuple::empty()
    } else {
        tuple::new(vec![f])
    };
    let items = call_object(&attrs::getattr_str(me, "items")?, &[], &[])?;
    Ok(tuple::new(vec![
        me.type_of().as_value(),
        ctor_args,
        singletons::none(),
        singletons::none(),
        ops::iter(&items)?,
    ]))
}

fn getitem(v: &Value, key: &Value) -> PyResult<Value> {
    let dict_getitem = DICT_SLOTS.getitem.expect("dict getitem");
    match dict_getitem(v, key) {
        Err(e) if e.matches(&KEY_ERROR) => {
            let missing = attrs::getattr_str(v, "__missing__")?;
            call_object(&missing, std::slice::from_ref(key), &[])
        }
        r => r,
    }
}

fn repr(v: &Value) -> PyResult<Value> {
    let f = factory(v);
    let f_repr = if singletons::is_none(&f) {
        "None".to_string()
    } else {
        match ops::ReprGuard::enter(&f) {
            Some(_guard) => pystr::to_string_lossy(&ops::repr(&f)?),
            None => "...".to_string(),
        }
    };
    let dict_repr = DICT_SLOTS.repr.expect("dict repr");
    let body = pystr::to_string_lossy(&dict_repr(v)?);
    Ok(pystr::new(&format!(
        "{}({f_repr}, {body})",
        v.type_of().name
    )))
}

/// `a | b` where one operand is a defaultdict and the other a dict: a
/// copy of `a` (as the defaultdict operand's class) updated with `b`.
fn or(a: &Value, b: &Value) -> PyResult<Value> {
    let (me, other) = if a.type_of().is_subtype_of(&DEFAULTDICT_TYPE) {
        (a, b)
    } else {
        (b, a)
    };
    if other.downcast::<DictObject>().is_none() {
        return Ok(singletons::not_implemented());
    }
    let new = copy_with(me, a)?;
    attrs::dict_update(&new, b, None)?;
    Ok(new)
}

const fn number_slots() -> [Option<BinaryFn>; NUM_BINOPS] {
    let mut n = DICT_SLOTS.number;
    n[BinOp::Or as usize] = Some(or as BinaryFn);
    n
}

pub static DEFAULTDICT_TYPE: TypeObject = TypeObject::new_static_in(
    "collections",
    "defaultdict",
    Some(&DICT_TYPE),
    tpflags::BASETYPE | tpflags::DICT_SUBCLASS | tpflags::HAVE_GC,
    Slots {
        repr: Some(repr),
        getitem: Some(getitem),
        getattr: Some(attrs::generic_getattr),
        setattr: Some(attrs::generic_setattr),
        number: number_slots(),
        ..Slots {
            dealloc: extend::dealloc_extended::<DictObject>,
            ..DICT_SLOTS
        }
    },
)
.with_instance_ext(ext_offset::<DictObject>(), 1, false);

/// Fills the type's dict (once, at the module's first import).
pub(crate) fn install() {
    add_methods(
        &DEFAULTDICT_TYPE,
        &[
            ("__init__", m_init),
            ("__missing__", m_missing),
            ("copy", m_copy),
            ("__copy__", m_copy),
            ("__reduce__", m_reduce),
        ],
    );
    let d = DEFAULTDICT_TYPE.dict();
    let _ = dict::set_item(
        d,
        pystr::intern("__new__"),
        classes::new_wrapper(&classes::STATICMETHOD_TYPE, native("__new__", m_new)),
    );
    let _ = dict::set_item(
        d,
        pystr::intern("default_factory"),
        classes::new_member(
            pystr::intern("default_factory"),
            FACTORY,
            &DEFAULTDICT_TYPE.as_value(),
        ),
    );
    classes::install_class_getitem(&[&DEFAULTDICT_TYPE]);
    slot_wrappers::install(&[&DEFAULTDICT_TYPE]);
    classes::register_layout::<DictObject>(&DEFAULTDICT_TYPE);
}

/// `callable(v)`.
fn is_callable(v: &Value) -> bool {
    v.type_of().slots.call.is_some() || v.downcast::<TypeObject>().is_some()
}
