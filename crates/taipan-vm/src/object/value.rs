//! `RawValue`, the 64-bit word, and `Value`, the owning handle around it.
//!
//! Tagging: a word with bit 0 set is a small int, `(i << 1) | 1`, for
//! `i` in `-2**62 ..= 2**62 - 1` (63-bit signed). A word with the three low
//! bits clear is a pointer to an object header (objects are 8-aligned).
//! Patterns `..010`, `..100`, `..110` are reserved (e.g. for unboxed floats
//! or other immediates later). The word is never zero.
//!
//! With the int tag in bit 0 the small-int fast paths are two instructions:
//! `a + b` is `a + (b - 1)` with the overflow flag checked, `a - b` is
//! `(a - b) | 1`, comparisons compare the words directly, and pointers need
//! no untagging at all. Ints are canonical: a value in the small range is
//! always a small int, so `is` on equal small ints is word equality.

use std::fmt;
use std::mem::ManuallyDrop;
use std::num::NonZeroU64;
use std::ptr::NonNull;

use super::header::ObjHeader;
use super::payload::PyPayload;
use super::refcount;
use super::typeobj::TypeObject;

/// The raw word. `Copy`; carries no ownership. The interpreter's stack and
/// the JIT manipulate these; `Value` is the owning form Rust code uses.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct RawValue(NonZeroU64);

pub const SMALL_INT_BITS: u32 = 63;
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;
const INT_TAG: u64 = 1;

impl RawValue {
    /// A small int; `None` when `i` is outside the small range.
    #[inline(always)]
    pub const fn small(i: i64) -> Option<RawValue> {
        if i >= SMALL_INT_MIN && i <= SMALL_INT_MAX {
            Some(Self::small_unchecked(i))
        } else {
            None
        }
    }

    /// A small int from a value known to be in range.
    #[inline(always)]
    pub const fn small_unchecked(i: i64) -> RawValue {
        debug_assert!(i >= SMALL_INT_MIN && i <= SMALL_INT_MAX);
        match NonZeroU64::new(((i << 1) as u64) | INT_TAG) {
            Some(w) => RawValue(w),
            None => unreachable!(),
        }
    }

    #[inline(always)]
    pub const fn is_small_int(self) -> bool {
        self.0.get() & INT_TAG != 0
    }

    #[inline(always)]
    pub const fn as_small_int(self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn from_ptr(ptr: NonNull<ObjHeader>) -> RawValue {
        // The word is an integer: expose the pointer's provenance so that
        // `as_ptr` can take it back.
        let word = ptr.as_ptr().expose_provenance() as u64;
        debug_assert_eq!(word & 7, 0);
        match NonZeroU64::new(word) {
            Some(w) => RawValue(w),
            None => unreachable!("NonNull address is nonzero"),
        }
    }

    #[inline(always)]
    pub fn as_ptr(self) -> Option<NonNull<ObjHeader>> {
        if self.0.get() & 7 == 0 {
            NonNull::new(std::ptr::with_exposed_provenance_mut(self.0.get() as usize))
        } else {
            None
        }
    }

    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0.get()
    }

    /// Reconstructs a word from its bits (e.g. read back from JIT code).
    pub const fn from_bits(bits: u64) -> Option<RawValue> {
        match NonZeroU64::new(bits) {
            Some(w) => Some(RawValue(w)),
            None => None,
        }
    }

    /// Small + small; `None` on overflow of the small range.
    #[inline(always)]
    pub fn small_add(self, other: RawValue) -> Option<RawValue> {
        debug_assert!(self.is_small_int() && other.is_small_int());
        // (2a+1) + (2b+1 - 1) = 2(a+b) + 1.
        let sum = (self.0.get() as i64).checked_add(other.0.get() as i64 - 1)?;
        NonZeroU64::new(sum as u64).map(RawValue)
    }

    /// Small - small; `None` on overflow of the small range.
    #[inline(always)]
    pub fn small_sub(self, other: RawValue) -> Option<RawValue> {
        debug_assert!(self.is_small_int() && other.is_small_int());
        // (2a+1) - (2b+1) = 2(a-b); set the tag again.
        let diff = (self.0.get() as i64).checked_sub(other.0.get() as i64)?;
        NonZeroU64::new(diff as u64 | INT_TAG).map(RawValue)
    }

    /// Small * small; `None` on overflow of the small range.
    #[inline(always)]
    pub fn small_mul(self, other: RawValue) -> Option<RawValue> {
        debug_assert!(self.is_small_int() && other.is_small_int());
        // a * 2b = 2ab; set the tag again.
        let prod = ((self.0.get() as i64) >> 1).checked_mul(other.0.get() as i64 - 1)?;
        NonZeroU64::new(prod as u64 | INT_TAG).map(RawValue)
    }
}

impl fmt::Debug for RawValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_small_int() {
            Some(i) => write!(f, "RawValue(int {i})"),
            None => write!(f, "RawValue({:#x})", self.0.get()),
        }
    }
}

/// An owned reference: `Clone` adds a reference (nothing for small ints and
/// immortal objects), `Drop` releases it. Functions take `&Value` to borrow
/// and return `Value` to hand over a reference.
#[repr(transparent)]
pub struct Value(RawValue);

// SAFETY: reference counting is thread-safe (biased counting; non-owner
// threads use the atomic shared count). Objects with interior mutability
// guard it with the per-object mutex in free-threaded mode or the GIL.
unsafe impl Send for Value {}
// SAFETY: as above; `&Value` only allows operations that are thread-safe.
unsafe impl Sync for Value {}

impl Value {
    /// Takes over the reference a raw word stands for.
    ///
    /// # Safety
    /// `raw` must be a small int or carry one reference that the caller
    /// gives up.
    #[inline(always)]
    pub unsafe fn from_raw(raw: RawValue) -> Value {
        Value(raw)
    }

    /// A new reference to what a borrowed raw word points to.
    ///
    /// # Safety
    /// `raw` must be a small int or point to a live object.
    #[inline(always)]
    pub unsafe fn from_raw_borrowed(raw: RawValue) -> Value {
        if let Some(ptr) = raw.as_ptr() {
            // SAFETY: the caller guarantees the object is alive.
            refcount::incref(unsafe { ptr.as_ref() });
        }
        Value(raw)
    }

    /// Gives up ownership: the word now carries the reference.
    #[inline(always)]
    pub fn into_raw(self) -> RawValue {
        ManuallyDrop::new(self).0
    }

    #[inline(always)]
    pub fn raw(&self) -> RawValue {
        self.0
    }

    /// A value for a statically allocated, immortal object.
    #[inline(always)]
    pub fn from_static<T: PyPayload>(obj: &'static T) -> Value {
        debug_assert!(obj.header().is_immortal());
        // The pointer covers the whole object (not just its header).
        Value(RawValue::from_ptr(NonNull::from(obj).cast::<ObjHeader>()))
    }

    /// Wraps a freshly created heap object.
    #[inline]
    pub fn from_box<T: PyPayload>(obj: Box<T>) -> Value {
        let ptr = NonNull::from(Box::leak(obj)).cast::<ObjHeader>();
        Value(RawValue::from_ptr(ptr))
    }

    /// The value of a raw small-int word (which carries no reference);
    /// `None` for a pointer word.
    #[inline(always)]
    pub fn from_small_raw(raw: RawValue) -> Option<Value> {
        raw.is_small_int().then_some(Value(raw))
    }

    /// A small int, when `i` is in range.
    #[inline(always)]
    pub fn small_int(i: i64) -> Option<Value> {
        RawValue::small(i).map(Value)
    }

    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        self.0.as_small_int()
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.is_small_int()
    }

    /// The header of a heap object; `None` for a small int.
    #[inline(always)]
    pub fn header(&self) -> Option<&ObjHeader> {
        // SAFETY: a pointer word of a live `Value` points to a live object.
        self.0.as_ptr().map(|p| unsafe { &*p.as_ptr() })
    }

    /// `a is b`.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// `type(v)`.
    #[inline(always)]
    pub fn type_of(&self) -> &TypeObject {
        match self.header() {
            Some(h) => h.ob_type(),
            None => &crate::types::int::INT_TYPE,
        }
    }

    /// Whether `type(v) is ty`.
    #[inline(always)]
    pub fn is_exact(&self, ty: &TypeObject) -> bool {
        std::ptr::eq(self.type_of(), ty)
    }

    /// The object as its Rust layout, when its type is `T`'s type or a
    /// subtype of it (subtypes extend the layout).
    #[inline]
    pub fn downcast<T: PyPayload>(&self) -> Option<&T> {
        let ptr = self.0.as_ptr()?;
        let ty = self.header()?.ob_type();
        if std::ptr::eq(ty, T::type_object()) || T::accepts(ty) {
            // SAFETY: objects of the types `T` accepts start with `T`'s
            // `#[repr(C)]` layout (`PyPayload` contract); the reference is
            // made from the object pointer, not from the header reference.
            Some(unsafe { &*ptr.cast::<T>().as_ptr() })
        } else {
            None
        }
    }

    /// Like [`Value::downcast`] but only for the exact type.
    #[inline(always)]
    pub fn downcast_exact<T: PyPayload>(&self) -> Option<&T> {
        let ptr = self.0.as_ptr()?;
        if std::ptr::eq(self.header()?.type_ptr(), T::type_object()) {
            // SAFETY: the object's type is exactly `T`'s type (`PyPayload`
            // contract).
            Some(unsafe { &*ptr.cast::<T>().as_ptr() })
        } else {
            None
        }
    }

    /// The object as its Rust layout, without checking its type.
    ///
    /// # Safety
    /// The value must be an object whose type `T` accepts (as
    /// [`Value::downcast`] would check).
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: PyPayload>(&self) -> &T {
        debug_assert!(self.downcast::<T>().is_some());
        // SAFETY: the caller guarantees an object of a type `T` accepts,
        // which starts with `T`'s `#[repr(C)]` layout.
        unsafe { &*std::ptr::with_exposed_provenance::<T>(self.0.bits() as usize) }
    }

    /// Reference count (for tests and debugging); `i64::MAX` for immortal
    /// objects and small ints.
    pub fn refcount(&self) -> i64 {
        self.header().map_or(i64::MAX, ObjHeader::refcount)
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            refcount::incref(h);
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(ptr) = self.0.as_ptr() {
            // SAFETY: this `Value` owns one reference.
            unsafe { refcount::decref(ptr) };
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match crate::ops::repr(self) {
            Ok(s) => match s.downcast::<crate::types::str::StrObject>() {
                Some(s) => write!(f, "{}", s.to_string_lossy()),
                None => write!(f, "<{}>", self.type_of().name),
            },
            Err(_) => write!(f, "<{} object>", self.type_of().name),
        }
    }
}
