//! The header every heap object starts with.
//!
//! Layout (24 bytes, `#[repr(C)]`, the same with a GIL and free-threaded):
//!
//! | offset | field        | who writes it                                   |
//! | ------ | ------------ | ----------------------------------------------- |
//! | 0      | `tid`        | creator; cleared (0) when the counts are merged |
//! | 4      | `ref_local`  | the owner thread only (relaxed load + store)    |
//! | 8      | `flags`      | creator / collector                             |
//! | 10     | `mutex`      | per-object lock byte ([`ObjMutex`])             |
//! | 11     | `gc_bits`    | the cycle collector                             |
//! | 12     | `ref_shared` | every other thread (atomic RMW)                 |
//! | 16     | `ob_type`    | creator (`__class__` assignment later)          |
//!
//! `ref_local == u32::MAX` marks an immortal object: one load on the word that
//! the owner's fast path touches anyway. A local count that would reach the
//! maximum saturates into immortality instead of overflowing.
//!
//! `ref_shared` is `(count << 2) | state`; the count may go negative (a
//! reference counted locally by the owner was dropped by another thread).

use std::sync::atomic::{AtomicI32, AtomicPtr, AtomicU16, AtomicU32, AtomicU8, Ordering};

use super::refcount;
use super::typeobj::TypeObject;

/// `ref_local` value of immortal objects.
pub const IMMORTAL_REFCNT: u32 = u32::MAX;

/// Low bits of `ref_shared`.
pub const SHARED_SHIFT: u32 = 2;
/// The owner is alive and the object is not queued.
pub const SHARED_DEFAULT: i32 = 0;
/// Like `SHARED_DEFAULT`, but the object may be weakly referenced: the
/// owner merges the counts instead of freeing directly when its local count
/// reaches zero, so that another thread resolving a weak reference can take
/// a reference through the shared count (`refcount::try_incref`).
pub const SHARED_MAYBE_WEAKREF: i32 = 1;
/// Queued for its owner to merge the counts.
pub const SHARED_QUEUED: i32 = 2;
/// The counts are merged: `ref_shared` alone is the count; `tid` is 0.
pub const SHARED_MERGED: i32 = 3;
pub const SHARED_STATE_MASK: i32 = 3;

/// Header flag bits.
pub mod flags {
    /// The object participates in cycle collection (has a traverse slot).
    pub const GC_TRACKED: u16 = 1 << 0;
    /// A `str` in the interning table.
    pub const INTERNED: u16 = 1 << 1;
    /// Statically allocated (a `static` item): never freed.
    pub const STATIC: u16 = 1 << 2;
    /// `__del__` has run (it runs once per object).
    pub const FINALIZED: u16 = 1 << 3;
    /// Weak references to the object exist or existed: its death clears
    /// them (`interp::weakrefs`). Objects without it pay nothing.
    pub const WEAKLY_REFERENCED: u16 = 1 << 4;
}

#[repr(C)]
pub struct ObjHeader {
    tid: AtomicU32,
    ref_local: AtomicU32,
    flags: AtomicU16,
    mutex: ObjMutex,
    gc_bits: AtomicU8,
    ref_shared: AtomicI32,
    ob_type: AtomicPtr<TypeObject>,
}

const _: () = assert!(std::mem::size_of::<ObjHeader>() == 24);
const _: () = assert!(std::mem::align_of::<ObjHeader>() == 8);

impl ObjHeader {
    /// Header of a statically allocated, immortal object.
    pub const fn new_static(ty: &'static TypeObject) -> ObjHeader {
        ObjHeader {
            tid: AtomicU32::new(0),
            ref_local: AtomicU32::new(IMMORTAL_REFCNT),
            flags: AtomicU16::new(flags::STATIC),
            mutex: ObjMutex::new(),
            gc_bits: AtomicU8::new(0),
            ref_shared: AtomicI32::new(0),
            ob_type: AtomicPtr::new(ty as *const TypeObject as *mut TypeObject),
        }
    }

    /// Header of a new heap object with one reference, owned by the
    /// current thread. The reference to `ty` that the object holds is the
    /// caller's business (static types are immortal).
    #[inline]
    pub fn new(ty: &TypeObject) -> ObjHeader {
        let tid = refcount::current_tid();
        let (tid, local, shared) = if tid == refcount::NO_TID {
            // A thread without an id owns nothing: count shared from birth.
            (0, 0, (1 << SHARED_SHIFT) | SHARED_MERGED)
        } else {
            (tid, 1, SHARED_DEFAULT)
        };
        ObjHeader {
            tid: AtomicU32::new(tid),
            ref_local: AtomicU32::new(local),
            flags: AtomicU16::new(0),
            mutex: ObjMutex::new(),
            gc_bits: AtomicU8::new(0),
            ref_shared: AtomicI32::new(shared),
            ob_type: AtomicPtr::new(ty as *const TypeObject as *mut TypeObject),
        }
    }

    #[inline]
    pub fn ob_type(&self) -> &TypeObject {
        // SAFETY: the type pointer is set at creation to a live type object,
        // and an object keeps its type alive (static types are immortal).
        unsafe { &*self.ob_type.load(Ordering::Relaxed) }
    }

    #[inline]
    pub fn type_ptr(&self) -> *const TypeObject {
        self.ob_type.load(Ordering::Relaxed)
    }

    /// `__class__` assignment, metaclass instances and subclass instances
    /// made from a built-in object: the caller keeps `ty` alive (heap types
    /// are immortal).
    pub fn set_ob_type(&self, ty: &TypeObject) {
        self.ob_type.store(
            ty as *const TypeObject as *mut TypeObject,
            Ordering::Relaxed,
        );
    }

    #[inline]
    pub fn is_immortal(&self) -> bool {
        self.ref_local.load(Ordering::Relaxed) == IMMORTAL_REFCNT
    }

    /// Makes the object immortal. Only for an object that no other thread
    /// can see yet, or that is already shared only through immortal paths.
    pub fn make_immortal(&self) {
        self.ref_local.store(IMMORTAL_REFCNT, Ordering::Relaxed);
    }

    #[inline]
    pub fn flags(&self) -> u16 {
        self.flags.load(Ordering::Relaxed)
    }

    pub fn set_flags(&self, bits: u16) {
        self.flags.fetch_or(bits, Ordering::Relaxed);
    }

    pub fn gc_bits(&self) -> &AtomicU8 {
        &self.gc_bits
    }

    pub fn mutex(&self) -> &ObjMutex {
        &self.mutex
    }

    #[inline]
    pub(crate) fn tid(&self) -> u32 {
        self.tid.load(Ordering::Relaxed)
    }

    pub(crate) fn set_tid(&self, tid: u32) {
        self.tid.store(tid, Ordering::Relaxed);
    }

    #[inline]
    pub(crate) fn local(&self) -> &AtomicU32 {
        &self.ref_local
    }

    #[inline]
    pub(crate) fn shared(&self) -> &AtomicI32 {
        &self.ref_shared
    }

    /// Total reference count as seen from the calling thread; exact only
    /// when no other thread is using the object. For tests and debugging.
    pub fn refcount(&self) -> i64 {
        if self.is_immortal() {
            return i64::MAX;
        }
        let local = self.ref_local.load(Ordering::Relaxed) as i64;
        let shared = self.ref_shared.load(Ordering::Acquire) >> SHARED_SHIFT;
        local + shared as i64
    }
}

/// The one-byte per-object lock guarding mutation of mutable built-ins in
/// free-threaded mode. Contention is expected to be rare: the slow path
/// spins briefly and then yields the thread.
#[repr(transparent)]
pub struct ObjMutex {
    state: AtomicU8,
}

impl ObjMutex {
    pub const fn new() -> ObjMutex {
        ObjMutex {
            state: AtomicU8::new(0),
        }
    }

    #[inline]
    pub fn lock(&self) -> ObjMutexGuard<'_> {
        if self
            .state
            .compare_exchange_weak(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.lock_slow();
        }
        ObjMutexGuard { mutex: self }
    }

    #[cold]
    fn lock_slow(&self) {
        let mut spins = 0u32;
        while self
            .state
            .compare_exchange_weak(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            if spins < 64 {
                std::hint::spin_loop();
                spins += 1;
            } else {
                std::thread::yield_now();
            }
        }
    }

    pub fn is_locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) != 0
    }
}

impl Default for ObjMutex {
    fn default() -> Self {
        ObjMutex::new()
    }
}

pub struct ObjMutexGuard<'a> {
    mutex: &'a ObjMutex,
}

impl Drop for ObjMutexGuard<'_> {
    #[inline]
    fn drop(&mut self) {
        self.mutex.state.store(0, Ordering::Release);
    }
}
