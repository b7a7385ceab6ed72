//! The `itertools` module: lazy iterator building blocks. Each is a real
//! type of module `itertools` (subclassable where CPython's is) whose
//! `__new__` parses CPython's arguments and whose `__next__` does one step
//! of work. One file per family: `infinite` (count, cycle, repeat),
//! `terminating` (accumulate ... zip_longest), `groupby`, `tee`,
//! `combinatoric` (product, permutations, combinations...).

mod combinatoric;
mod groupby;
mod infinite;
mod tee;
mod terminating;

use std::sync::Once;

use taipan_vm::interp::builtins::{expected_count_message, index_value};
use taipan_vm::interp::classes::{self, new_wrapper, CLASSMETHOD_TYPE, STATICMETHOD_TYPE};
use taipan_vm::interp::objects::{native, native_method, new_module, NativeFn};
use taipan_vm::interp::{slot_wrappers, type_error};
use taipan_vm::object::{Cell, ObjHeader, PyPayload, TypeObject};
use taipan_vm::types::exceptions::OVERFLOW_ERROR;
use taipan_vm::types::{dict, int, str as pystr};
use taipan_vm::{PyErr, PyResult, Value};

/// The state of one kind of itertools object.
pub(crate) trait State: Default + 'static {
    /// The static type whose objects carry this state.
    fn type_object() -> &'static TypeObject;
    /// Calls `visit` on every reference the state holds.
    fn visit(&self, visit: &mut dyn FnMut(&Value));
}

/// An itertools object: its whole state in one cell, so that `clear` can
/// drop every reference and `next` can take values out, run Python code
/// without holding the cell, and store the outcome back.
#[repr(C)]
pub(crate) struct Iter<S: State> {
    header: ObjHeader,
    state: Cell<S>,
}

// SAFETY: `#[repr(C)]`, header first; objects of `S::type_object()` and its
// subtypes are made by `new_object::<S>` (subclass instances extend it).
unsafe impl<S: State> PyPayload for Iter<S> {
    fn type_object() -> &'static TypeObject {
        S::type_object()
    }
}

impl<S: State> Iter<S> {
    /// Runs `f` on the state; `f` must neither run Python code nor drop
    /// values (move them out and drop them after).
    #[inline]
    pub(crate) fn with<R>(&self, f: impl FnOnce(&mut S) -> R) -> R {
        self.state.with(&self.header, f)
    }
}

/// `v` as an object with state `S`.
pub(crate) fn this<S: State>(v: &Value) -> PyResult<&Iter<S>> {
    v.downcast::<Iter<S>>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'itertools.{}' object but received a '{}'",
            S::type_object().name,
            v.type_of().name
        ))
    })
}

/// A new object of class `cls` (the type of `S` or a subclass of it).
pub(crate) fn new_object<S: State>(cls: &TypeObject, state: S) -> PyResult<Value> {
    let v = Value::from_box(Box::new(Iter {
        header: ObjHeader::new(S::type_object()),
        state: Cell::new(state),
    }));
    if std::ptr::eq(cls, S::type_object()) {
        Ok(v)
    } else {
        classes::make_instance(cls, v)
    }
}

pub(crate) fn traverse<S: State>(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<Iter<S>>() {
        it.with(|s| s.visit(visit));
    }
}

pub(crate) fn clear<S: State>(v: &Value) {
    if let Some(it) = v.downcast::<Iter<S>>() {
        let old = it.with(std::mem::take);
        drop(old);
    }
}

/// Declares the static type of an itertools iterator with state `$state`
/// and next function `$next`, plus any other slots.
macro_rules! itertools_type {
    ($id:ident, $name:literal, $state:ty, $flags:expr, $next:expr $(, $field:ident : $val:expr)* $(,)?) => {
        pub(crate) static $id: taipan_vm::TypeObject = taipan_vm::TypeObject::new_static_in(
            "itertools",
            $name,
            Some(&taipan_vm::types::object::OBJECT_TYPE),
            $flags | taipan_vm::object::tpflags::HAVE_GC,
            taipan_vm::object::Slots {
                iter: Some(taipan_vm::types::tuple::self_iter),
                next: Some($next),
                traverse: Some($crate::itertools::traverse::<$state>),
                clear: Some($crate::itertools::clear::<$state>),
                $($field: $val,)*
                ..taipan_vm::interp::objects::base_slots(
                    taipan_vm::object::payload::dealloc_box::<$crate::itertools::Iter<$state>>,
                )
            },
        );
    };
}
pub(crate) use itertools_type;

/// The class `__new__` was called with (`a[0]`), which must be `ty` or a
/// subclass of it.
pub(crate) fn cls_arg<'a>(a: &'a [Value], ty: &'static TypeObject) -> PyResult<&'a TypeObject> {
    let cls = a
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .ok_or_else(|| {
            let what = a
                .first()
                .map_or("NULL".into(), |c| c.type_of().name.clone());
            type_error(format!(
                "itertools.{}.__new__(X): X is not a type object ({what})",
                ty.name
            ))
        })?;
    if !cls.is_subtype_of(ty) {
        return Err(type_error(format!(
            "itertools.{0}.__new__({1}): {1} is not a subtype of itertools.{0}",
            ty.name, cls.name
        )));
    }
    Ok(cls)
}

/// The positional arguments of a `__new__` call (class and keyword
/// values excluded).
pub(crate) fn positional<'a>(a: &'a [Value], k: &[Value]) -> &'a [Value] {
    crate::args::positional(&a[1..], k)
}

/// Rejects keyword arguments, unless a subclass's own `__init__` is
/// there to take them (as CPython's types do).
pub(crate) fn no_keywords(name: &str, cls: &TypeObject, k: &[Value]) -> PyResult<()> {
    if classes::overrides(cls, "__init__") {
        return Ok(());
    }
    crate::args::no_keywords(name, k)
}

/// "NAME expected N arguments, got M" for positional-only signatures.
pub(crate) fn expect_count(name: &str, n: usize, lo: usize, hi: usize) -> PyResult<()> {
    if (lo..=hi).contains(&n) {
        return Ok(());
    }
    Err(type_error(expected_count_message(name, n, lo, hi)))
}

/// An index argument converted to a Py_ssize_t.
pub(crate) fn ssize_arg(v: &Value) -> PyResult<i64> {
    let i = index_value(v)?;
    int::as_int(&i).and_then(|r| r.to_i64()).ok_or_else(|| {
        PyErr::new(
            &OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// Checks that a method got no arguments besides self.
pub(crate) fn no_method_args(qualname: &str, a: &[Value], k: &[Value]) -> PyResult<()> {
    if !k.is_empty() {
        return Err(type_error(format!(
            "{qualname}() takes no keyword arguments"
        )));
    }
    if a.len() > 1 {
        return Err(type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

fn set(d: &Value, name: &str, v: Value) {
    // Exact str keys into a fresh dict: cannot fail.
    let _ = dict::set_item(d, pystr::intern(name), v);
}

/// Gives `ty` its constructor and the methods of its slots; `BASETYPE`
/// types are made subclassable.
fn install_type<S: State>(ty: &'static TypeObject, new: NativeFn) {
    set(
        ty.dict(),
        "__new__",
        new_wrapper(&STATICMETHOD_TYPE, native("__new__", new)),
    );
    slot_wrappers::install(&[ty]);
    if ty.has_flag(taipan_vm::object::tpflags::BASETYPE) {
        classes::register_layout::<Iter<S>>(ty);
    }
}

/// Adds the methods `(name, f)` to `ty` (`f` gets self first).
fn add_methods(ty: &'static TypeObject, methods: &[(&'static str, NativeFn)]) {
    for &(name, f) in methods {
        set(ty.dict(), name, native_method(ty, name, f));
    }
}

fn install_types() {
    infinite::install();
    terminating::install();
    groupby::install();
    tee::install();
    combinatoric::install();
    set(
        terminating::CHAIN_TYPE.dict(),
        "from_iterable",
        new_wrapper(
            &CLASSMETHOD_TYPE,
            native("from_iterable", terminating::chain_from_iterable),
        ),
    );
    classes::install_class_getitem(&[&terminating::CHAIN_TYPE]);
}

pub(crate) fn module() -> PyResult<Value> {
    static TYPES: Once = Once::new();
    TYPES.call_once(install_types);
    let d = dict::new();
    let types: [&'static TypeObject; 22] = [
        &infinite::COUNT_TYPE,
        &infinite::CYCLE_TYPE,
        &infinite::REPEAT_TYPE,
        &terminating::ACCUMULATE_TYPE,
        &terminating::BATCHED_TYPE,
        &terminating::CHAIN_TYPE,
        &terminating::COMPRESS_TYPE,
        &terminating::DROPWHILE_TYPE,
        &terminating::FILTERFALSE_TYPE,
        &terminating::ISLICE_TYPE,
        &terminating::PAIRWISE_TYPE,
        &terminating::STARMAP_TYPE,
        &terminating::TAKEWHILE_TYPE,
        &terminating::ZIP_LONGEST_TYPE,
        &groupby::GROUPBY_TYPE,
        &groupby::GROUPER_TYPE,
        &tee::TEE_TYPE,
        &tee::TEE_DATA_TYPE,
        &combinatoric::PRODUCT_TYPE,
        &combinatoric::PERMUTATIONS_TYPE,
        &combinatoric::COMBINATIONS_TYPE,
        &combinatoric::COMBINATIONS_WITH_REPLACEMENT_TYPE,
    ];
    for ty in types {
        set(&d, &ty.name, ty.as_value());
    }
    set(&d, "tee", native("tee", tee::tee));
    new_module("itertools", d)
}
