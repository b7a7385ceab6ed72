//! Interior-mutable storage inside objects, accessed in critical sections.

use std::cell::UnsafeCell;

use super::header::ObjHeader;
use super::value::Value;

impl ObjHeader {
    /// Runs `f` in the object's critical section: under its mutex in
    /// free-threaded mode, directly with the GIL held.
    ///
    /// `f` must not run Python code or release references (which can run
    /// arbitrary deallocation code): take values out, return them, and
    /// drop them after the section.
    #[inline(always)]
    pub fn critical<R>(&self, f: impl FnOnce() -> R) -> R {
        // One call of `f`, so that it is inlined once rather than copied
        // into both modes.
        let _guard = crate::runtime::free_threaded().then(|| self.mutex().lock());
        f()
    }
}

/// A mutable field of an object (`T` holds `Value`s). Access goes through
/// [`Cell::with`], which holds the owning object's critical section and
/// refuses re-entrant access (a bug in the caller, reported by a panic
/// rather than two aliasing `&mut`).
pub struct Cell<T> {
    value: UnsafeCell<T>,
    busy: std::cell::Cell<bool>,
}

// SAFETY: every access (the busy flag included) happens inside the owning
// object's critical section (mutex in free-threaded mode, GIL otherwise).
unsafe impl<T: Send> Sync for Cell<T> {}

impl<T> Cell<T> {
    pub const fn new(value: T) -> Cell<T> {
        Cell {
            value: UnsafeCell::new(value),
            busy: std::cell::Cell::new(false),
        }
    }

    /// Runs `f` on the contents inside `owner`'s critical section. `owner`
    /// must be the header of the object this cell belongs to, and `f` must
    /// neither run Python code nor drop `Value`s (move them out instead).
    #[inline(always)]
    pub fn with<R>(&self, owner: &ObjHeader, f: impl FnOnce(&mut T) -> R) -> R {
        owner.critical(|| {
            assert!(!self.busy.replace(true), "re-entrant object access");
            // SAFETY: the critical section excludes other threads, and the
            // busy flag excludes re-entry from this one, so this is the only
            // live reference to the contents.
            let result = f(unsafe { &mut *self.value.get() });
            self.busy.set(false);
            result
        })
    }

    /// Exclusive access without locking, through `&mut self`.
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }
}

impl Cell<Value> {
    pub fn get(&self, owner: &ObjHeader) -> Value {
        self.with(owner, |v| v.clone())
    }

    /// Stores `value`; the old value is returned for the caller to drop.
    pub fn replace(&self, owner: &ObjHeader, value: Value) -> Value {
        self.with(owner, |v| std::mem::replace(v, value))
    }
}
