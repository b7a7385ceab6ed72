//! The contract between a Rust struct and the heap objects laid out as it.

use std::ptr::NonNull;

use super::header::ObjHeader;
use super::typeobj::TypeObject;

/// A Rust layout of a Python object.
///
/// # Safety
/// Implementors are `#[repr(C)]` with an [`ObjHeader`] as their first field,
/// and every object whose type `accepts` starts with this layout.
pub unsafe trait PyPayload: Sized + 'static {
    fn type_object() -> &'static TypeObject;

    /// Whether objects of type `ty` have this layout: by default the type
    /// and its subtypes.
    #[inline]
    fn accepts(ty: &TypeObject) -> bool {
        ty.is_subtype_of(Self::type_object())
    }

    #[inline(always)]
    fn header(&self) -> &ObjHeader {
        // SAFETY: the header is the first field of a `#[repr(C)]` struct.
        unsafe { &*(self as *const Self as *const ObjHeader) }
    }
}

/// The `dealloc` slot of types whose objects are `Box<T>` allocations.
///
/// # Safety
/// `obj` was created by `Value::from_box::<T>` and has no references left.
pub unsafe fn dealloc_box<T: PyPayload>(obj: NonNull<ObjHeader>) {
    // SAFETY: per the contract, `obj` is the pointer of a leaked `Box<T>`.
    drop(unsafe { Box::from_raw(obj.cast::<T>().as_ptr()) });
}

/// Types whose freed objects are kept on a per-thread free list (floats):
/// the allocation is reused by the next object of the type.
/// Objects of such types hold no references.
pub trait Recycle: PyPayload {
    /// Most objects kept per thread.
    const MAX_FREE: usize;

    /// Runs `f` on the calling thread's free list; `None` when it is gone
    /// (thread exit).
    fn with_free_list<R>(f: impl FnOnce(&mut Vec<Box<Self>>) -> R) -> Option<R>;
}

/// Creates an object, reusing a free-list allocation when there is one.
#[inline]
pub fn alloc_recycled<T: Recycle>(obj: T) -> super::value::Value {
    match T::with_free_list(|free| free.pop()).flatten() {
        Some(mut reused) => {
            *reused = obj;
            super::value::Value::from_box(reused)
        }
        None => super::value::Value::from_box(Box::new(obj)),
    }
}

/// The `dealloc` slot of [`Recycle`] types.
///
/// # Safety
/// `obj` was created by `alloc_recycled::<T>` (or `Value::from_box::<T>`)
/// and has no references left.
pub unsafe fn dealloc_recycle<T: Recycle>(obj: NonNull<ObjHeader>) {
    // SAFETY: per the contract, `obj` is the pointer of a leaked `Box<T>`.
    let mut boxed = Some(unsafe { Box::from_raw(obj.cast::<T>().as_ptr()) });
    T::with_free_list(|free| {
        if free.len() < T::MAX_FREE {
            free.extend(boxed.take());
        }
    });
    drop(boxed);
}
