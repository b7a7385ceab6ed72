//! Instances of heap types: the solid base's layout followed by an
//! [`InstanceExt`] (instance `__dict__` and `__slots__` values), as DESIGN.md
//! §2 puts it ("the built-in's layout plus the instance `__dict__`"), so
//! that an instance of `class D(dict)` is a real dict to the built-in code.

use std::ptr::NonNull;

use super::cell::Cell;
use super::header::{flags, ObjHeader};
use super::payload::PyPayload;
use super::typeobj::TypeObject;
use super::value::{RawValue, Value};

/// What a heap type adds after its solid base's layout.
pub struct InstanceExt {
    /// The instance `__dict__`; `None` when the type has none (`__slots__`
    /// without `__dict__`).
    dict: Cell<Option<Value>>,
    /// `__slots__` values by slot index; `None` while unset.
    pub slots: Cell<Vec<Option<Value>>>,
}

impl InstanceExt {
    pub fn new(dict: Option<Value>, nslots: usize) -> InstanceExt {
        InstanceExt {
            dict: Cell::new(dict),
            slots: Cell::new(vec![None; nslots]),
        }
    }

    /// The `__dict__` (`owner` is the instance's header).
    pub fn dict(&self, owner: &ObjHeader) -> Option<Value> {
        self.dict.with(owner, |d| d.clone())
    }

    /// Replaces the `__dict__` (`obj.__dict__ = d`); false when the
    /// instance has none.
    pub fn set_dict(&self, owner: &ObjHeader, d: Value) -> bool {
        let old = self.dict.with(owner, |cur| match cur {
            Some(x) => Some(std::mem::replace(x, d)),
            None => None,
        });
        old.is_some()
    }
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

/// The `dealloc` slot of heap types whose instances are `Extended<T>`.
///
/// # Safety
/// `obj` was made by [`extend::<T>`] and has no references left.
pub unsafe fn dealloc_extended<T: PyPayload>(obj: NonNull<ObjHeader>) {
    // SAFETY: the object is alive until it is freed below.
    let h = unsafe { obj.as_ref() };
    if let Some(finalize) = h.ob_type().slots.finalize {
        if h.flags() & flags::FINALIZED == 0 {
            // `__del__` runs once, on a temporary reference: dropping it
            // comes back here to free the object, unless `__del__` stored
            // the object somewhere (resurrection).
            h.set_flags(flags::FINALIZED);
            // SAFETY: the object is alive; the new reference is released
            // when `v` is dropped.
            let v = unsafe { Value::from_raw_borrowed(RawValue::from_ptr(obj)) };
            finalize(&v);
            return;
        }
    }
    // SAFETY: per the contract, `obj` is a leaked `Box<Extended<T>>`.
    drop(unsafe { Box::from_raw(obj.cast::<Extended<T>>().as_ptr()) });
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
