//! Instances of heap types: the solid base's layout followed by an
//! [`InstanceExt`] (instance `__dict__` and `__slots__` values), as DESIGN.md
//! §2 puts it ("the built-in's layout plus the instance `__dict__`"), so
//! that an instance of `class D(dict)` is a real dict to the built-in code.

use std::ptr::NonNull;

use super::cell::Cell;
use super::header::{flags, ObjHeader};
use super::payload::PyPayload;
use super::typeobj::{SharedKeys, TypeObject};
use super::value::{RawValue, Value};

/// What a heap type adds after its solid base's layout.
pub struct InstanceExt {
    attrs: Cell<Attrs>,
    /// `__slots__` values by slot index; `None` while unset.
    pub slots: Cell<Vec<Option<Value>>>,
}

/// Where an instance keeps its attributes.
enum Attrs {
    /// No `__dict__` (`__slots__` without it).
    Absent,
    /// Inline values (DESIGN.md §2): `values[i]` belongs to key `i` of the
    /// class's `SharedKeys`; `order` lists the keys set, in insertion order.
    Inline {
        values: Vec<Option<Value>>,
        order: Vec<u8>,
    },
    /// A `__dict__` that was asked for (or assigned).
    Dict(Value),
}

/// An attribute read from an instance's own storage.
pub enum Found {
    Value(Value),
    Missing,
    /// The instance has a real dict: look the name up in it.
    Dict(Value),
}

/// The outcome of storing an attribute.
pub enum Stored {
    Done,
    /// Deleting an attribute the instance does not have.
    Missing,
    /// The instance has a real dict (possibly just made): store there.
    Dict(Value),
}

impl InstanceExt {
    pub fn new(has_dict: bool, nslots: usize) -> InstanceExt {
        InstanceExt {
            attrs: Cell::new(if has_dict {
                Attrs::Inline {
                    values: Vec::new(),
                    order: Vec::new(),
                }
            } else {
                Attrs::Absent
            }),
            slots: Cell::new(vec![None; nslots]),
        }
    }

    /// Reads attribute `name` (`owner`: the instance's header, `keys`:
    /// its class's table).
    #[inline]
    pub fn get(&self, owner: &ObjHeader, keys: &SharedKeys, name: &Value) -> Found {
        self.attrs.with(owner, |a| match a {
            Attrs::Absent => Found::Missing,
            Attrs::Inline { values, .. } => match keys
                .index_of(name)
                .and_then(|i| values.get(i).cloned().flatten())
            {
                Some(v) => Found::Value(v),
                None => Found::Missing,
            },
            Attrs::Dict(d) => Found::Dict(d.clone()),
        })
    }

    /// Stores (`Some`) or deletes (`None`) attribute `name`; the replaced
    /// value is dropped after the critical section.
    pub fn set(
        &self,
        owner: &ObjHeader,
        keys: &SharedKeys,
        name: &Value,
        value: Option<Value>,
    ) -> Stored {
        let index = match value {
            Some(_) => keys.index_or_add(name),
            None => keys.index_of(name),
        };
        let (old, outcome) = self.attrs.with(owner, |a| match a {
            Attrs::Absent => (None, Stored::Missing),
            Attrs::Dict(d) => (None, Stored::Dict(d.clone())),
            Attrs::Inline { values, order } => {
                let Some(i) = index else {
                    if value.is_none() {
                        return (None, Stored::Missing);
                    }
                    // The class's table is full: this instance gets a dict.
                    let d = materialize(keys, values, order);
                    *a = Attrs::Dict(d.clone());
                    return (None, Stored::Dict(d));
                };
                if values.len() <= i {
                    values.resize(i + 1, None);
                }
                let was_set = values[i].is_some();
                match value {
                    Some(v) => {
                        if !was_set {
                            order.push(i as u8);
                        }
                        (values[i].replace(v), Stored::Done)
                    }
                    None if was_set => {
                        order.retain(|&k| usize::from(k) != i);
                        (values[i].take(), Stored::Done)
                    }
                    None => (None, Stored::Missing),
                }
            }
        });
        drop(old);
        outcome
    }

    /// The `__dict__`, made from the inline values the first time it is
    /// asked for; `None` when the instance has none.
    pub fn dict(&self, owner: &ObjHeader, keys: &SharedKeys) -> Option<Value> {
        self.attrs.with(owner, |a| match a {
            Attrs::Absent => None,
            Attrs::Dict(d) => Some(d.clone()),
            Attrs::Inline { values, order } => {
                let d = materialize(keys, values, order);
                *a = Attrs::Dict(d.clone());
                Some(d)
            }
        })
    }

    /// Whether the instance has no `__dict__` at all.
    pub fn dict_absent(&self, owner: &ObjHeader) -> bool {
        self.attrs.with(owner, |a| matches!(a, Attrs::Absent))
    }

    /// Replaces the `__dict__` (`obj.__dict__ = d`); false when the
    /// instance has none.
    pub fn set_dict(&self, owner: &ObjHeader, d: Value) -> bool {
        let old = self.attrs.with(owner, |a| match a {
            Attrs::Absent => None,
            _ => Some(std::mem::replace(a, Attrs::Dict(d))),
        });
        old.is_some()
    }
}

/// A dict of the inline values, in insertion order (str keys only, so
/// filling the new dict runs no Python code); the values move into it.
fn materialize(keys: &SharedKeys, values: &mut Vec<Option<Value>>, order: &mut Vec<u8>) -> Value {
    let d = crate::types::dict::new();
    for &i in order.iter() {
        let i = usize::from(i);
        if let (Some(k), Some(v)) = (keys.key(i), values.get_mut(i).and_then(Option::take)) {
            // Exact str keys: no Python code runs, no error is possible
            // short of memory exhaustion.
            let _ = crate::types::dict::set_item(&d, k.clone(), v);
        }
    }
    values.clear();
    order.clear();
    d
}

/// A heap-type instance whose solid base has layout `T`.
#[repr(C)]
pub struct Extended<T> {
    pub base: T,
    pub ext: InstanceExt,
}

/// Where the [`InstanceExt`] of `Extended<T>` instances lives.
pub const fn ext_offset<T>() -> usize {
    std::mem::offset_of!(Extended<T>, ext)
}

/// The extension of a heap-type instance (`None` for other objects).
pub fn ext_of(v: &Value) -> Option<&InstanceExt> {
    let off = v.type_of().ext_offset;
    if off == 0 {
        return None;
    }
    let ptr = v.raw().as_ptr()?;
    // SAFETY: a type with a non-zero `ext_offset` only has instances laid out
    // as `Extended<T>` (built by `extend`, or the object layout of
    // `classes::InstanceObject`) with the extension at that offset; the
    // reference lives as long as the borrowed value.
    Some(unsafe { &*ptr.as_ptr().cast::<u8>().add(off).cast::<InstanceExt>() })
}

/// Turns a freshly made object of exact type `base` (a built-in type of
/// layout `T`) into an instance of the heap type `ty` (whose solid base is
/// `base` and whose `ext_offset` is `ext_offset::<T>()`). Hands the object
/// back when it is not uniquely owned, immortal or of another type: the
/// caller must then make a fresh copy.
pub fn extend<T: PyPayload>(
    v: Value,
    base: &TypeObject,
    ty: &TypeObject,
    ext: InstanceExt,
) -> Result<Value, Value> {
    let Some(h) = v.header() else {
        return Err(v);
    };
    if !std::ptr::eq(h.type_ptr(), base)
        || !T::accepts(base)
        || h.is_immortal()
        || h.refcount() != 1
    {
        return Err(v);
    }
    let ptr = v.into_raw().as_ptr().expect("heap object");
    // SAFETY: the object is a `Box<T>` allocation (every exact built-in object
    // of layout `T` is made by `Value::from_box` / the free lists, which box
    // too) that nothing else references; its contents are moved out and the
    // allocation freed without dropping them.
    let base = unsafe {
        let base = std::ptr::read(ptr.cast::<T>().as_ptr());
        std::alloc::dealloc(ptr.as_ptr().cast::<u8>(), std::alloc::Layout::new::<T>());
        base
    };
    base.header().set_ob_type(ty);
    Ok(Value::from_box(Box::new(Extended { base, ext })))
}

/// Runs the type's finalizer (`__del__`) once, on a temporary reference;
/// true when it ran: dropping that reference came back to the dealloc slot
/// (or `__del__` stored the object somewhere), so the caller must not free.
///
/// # Safety
/// `obj` is a live object whose count reached zero.
unsafe fn finalize(obj: NonNull<ObjHeader>) -> bool {
    // SAFETY: the object is alive until its dealloc frees it.
    let h = unsafe { obj.as_ref() };
    let Some(finalize) = h.ob_type().slots.finalize else {
        return false;
    };
    if h.flags() & flags::FINALIZED != 0 {
        return false;
    }
    h.set_flags(flags::FINALIZED);
    // SAFETY: the object is alive; the new reference is released when `v`
    // is dropped.
    let v = unsafe { Value::from_raw_borrowed(RawValue::from_ptr(obj)) };
    finalize(&v);
    true
}

/// The `dealloc` slot of heap types whose instances are `Extended<T>`.
///
/// # Safety
/// `obj` was made by [`extend::<T>`] and has no references left.
pub unsafe fn dealloc_extended<T: PyPayload>(obj: NonNull<ObjHeader>) {
    // SAFETY: per the contract, the count is zero.
    if unsafe { finalize(obj) } {
        return;
    }
    // SAFETY: per the contract, `obj` is a leaked `Box<Extended<T>>`.
    drop(unsafe { Box::from_raw(obj.cast::<Extended<T>>().as_ptr()) });
}

/// The `dealloc` slot of heap types with `__del__` whose instances are a
/// plain `Box<T>` (exception subclasses).
///
/// # Safety
/// `obj` is a leaked `Box<T>` with no references left.
pub unsafe fn dealloc_finalized<T: PyPayload>(obj: NonNull<ObjHeader>) {
    // SAFETY: per the contract, the count is zero.
    if unsafe { finalize(obj) } {
        return;
    }
    // SAFETY: per the contract, `obj` is a leaked `Box<T>`.
    drop(unsafe { Box::from_raw(obj.cast::<T>().as_ptr()) });
}

// SAFETY: `#[repr(C)]` with `T` (header first) as the first field.
unsafe impl<T: PyPayload> PyPayload for Extended<T> {
    fn type_object() -> &'static TypeObject {
        T::type_object()
    }
    fn accepts(ty: &TypeObject) -> bool {
        T::accepts(ty) && ty.ext_offset == ext_offset::<T>()
    }
}
