//! Biased reference counting: the owner thread counts in `ref_local` with
//! plain (relaxed load + store) updates, every other thread counts in the
//! atomic `ref_shared`. This module holds the fast paths (inlined into every
//! `Value` clone and drop), the slow paths (merging the two counts, queueing
//! an object for its owner) and deallocation.
//!
//! Invariant: the true number of references is `ref_local + count(ref_shared)`
//! minus one while the object sits in its owner's merge queue (the queue
//! takes over the reference whose release queued it).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;

use super::header::{
    flags, ObjHeader, IMMORTAL_REFCNT, SHARED_DEFAULT, SHARED_MAYBE_WEAKREF, SHARED_MERGED,
    SHARED_QUEUED, SHARED_SHIFT, SHARED_STATE_MASK,
};

/// The id of a thread that could not get one (ids exhausted): it owns
/// nothing and counts every object through the shared count.
pub const NO_TID: u32 = u32::MAX;

static NEXT_TID: AtomicU32 = AtomicU32::new(1);

thread_local! {
    static TID: Cell<u32> = const { Cell::new(0) };
    static REGISTRATION: RefCell<Option<ThreadRegistration>> = const { RefCell::new(None) };
}

/// The calling thread's id: nonzero, never reused, cheap (a thread-local
/// load after the first call).
#[inline]
pub fn current_tid() -> u32 {
    let tid = TID.with(|t| t.get());
    if tid != 0 {
        tid
    } else {
        assign_tid()
    }
}

#[cold]
fn assign_tid() -> u32 {
    let tid = NEXT_TID
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
            (n < NO_TID).then_some(n + 1)
        })
        .unwrap_or(NO_TID);
    TID.with(|t| t.set(tid));
    if tid != NO_TID {
        brc_queues()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(tid, Vec::new());
        // Unregisters (and merges what is queued) when the thread exits.
        let _ = REGISTRATION.try_with(|r| *r.borrow_mut() = Some(ThreadRegistration { tid }));
    }
    tid
}

/// Adds a reference.
#[inline(always)]
pub fn incref(obj: &ObjHeader) {
    let local = obj.local().load(Ordering::Relaxed);
    if local == IMMORTAL_REFCNT {
        return;
    }
    if obj.tid() == current_tid() {
        // Only the owner writes `ref_local`; reaching u32::MAX saturates into
        // immortality.
        obj.local().store(local + 1, Ordering::Relaxed);
    } else {
        obj.shared().fetch_add(1 << SHARED_SHIFT, Ordering::Relaxed);
    }
}

/// Releases a reference; the object is deallocated when it was the last.
///
/// # Safety
/// The caller owns one reference to `obj`, which it gives up.
#[inline(always)]
pub unsafe fn decref(obj: NonNull<ObjHeader>) {
    // SAFETY: the caller owns a reference, so the object is alive.
    let header = unsafe { obj.as_ref() };
    let local = header.local().load(Ordering::Relaxed);
    if local == IMMORTAL_REFCNT {
        return;
    }
    if header.tid() == current_tid() {
        let local = local - 1;
        header.local().store(local, Ordering::Relaxed);
        if local == 0 {
            // SAFETY: the owner's count just reached zero.
            unsafe { merge_zero_local(obj) };
        }
    } else {
        // SAFETY: the caller's reference is counted in the shared count.
        unsafe { decref_shared(obj) };
    }
}

/// Adds a reference to an object that may be dying (its count reached
/// zero and its dealloc has not finished): false, adding nothing, when it
/// is. Only for objects marked with [`set_maybe_weakref`], reached through
/// a weak reference while holding the lock that their dealloc takes before
/// freeing them (so the memory is valid).
pub fn try_incref(obj: &ObjHeader) -> bool {
    let local = obj.local().load(Ordering::Relaxed);
    if local == IMMORTAL_REFCNT {
        return true;
    }
    if obj.tid() == current_tid() {
        // The owner's count is only zero while the owner frees the object
        // (a merge would have given up ownership).
        if local == 0 {
            return false;
        }
        obj.local().store(local + 1, Ordering::Relaxed);
        return true;
    }
    let mut shared = obj.shared().load(Ordering::Relaxed);
    loop {
        // Zero with no state: the owner may free it without merging (never
        // the case once marked); merged with count zero: being freed.
        if shared == SHARED_DEFAULT || shared == SHARED_MERGED {
            return false;
        }
        match obj.shared().compare_exchange_weak(
            shared,
            shared + (1 << SHARED_SHIFT),
            Ordering::AcqRel,
            Ordering::Relaxed,
        ) {
            Ok(_) => return true,
            Err(actual) => shared = actual,
        }
    }
}

/// Marks `obj` as possibly weakly referenced, so that its owner merges the
/// counts rather than freeing it behind a concurrent [`try_incref`].
/// The caller holds a reference.
pub fn set_maybe_weakref(obj: &ObjHeader) {
    if obj.is_immortal() {
        return;
    }
    let mut shared = obj.shared().load(Ordering::Relaxed);
    // Queued or merged objects already go through the shared count.
    while shared & SHARED_STATE_MASK == SHARED_DEFAULT {
        match obj.shared().compare_exchange_weak(
            shared,
            shared | SHARED_MAYBE_WEAKREF,
            Ordering::AcqRel,
            Ordering::Relaxed,
        ) {
            Ok(_) => return,
            Err(actual) => shared = actual,
        }
    }
}

/// The owner's local count reached zero.
///
/// # Safety
/// Called by the owner thread right after its local count became zero.
#[cold]
unsafe fn merge_zero_local(obj: NonNull<ObjHeader>) {
    // SAFETY: the object is alive: the reference being released has not been
    // accounted anywhere else yet.
    let header = unsafe { obj.as_ref() };
    let mut shared = header.shared().load(Ordering::Acquire);
    if shared == SHARED_DEFAULT {
        // No other thread ever counted a reference: this was the last.
        // SAFETY: the reference count is zero.
        unsafe { dealloc(obj) };
        return;
    }
    // Other threads hold references: give up ownership, the shared count
    // becomes the count.
    header.set_tid(0);
    loop {
        let new = (shared & !SHARED_STATE_MASK) | SHARED_MERGED;
        match header.shared().compare_exchange_weak(
            shared,
            new,
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            Ok(_) => {
                if new == SHARED_MERGED {
                    // SAFETY: the merged count is zero.
                    unsafe { dealloc(obj) };
                }
                return;
            }
            Err(actual) => shared = actual,
        }
    }
}

/// A non-owner thread releases a reference.
///
/// # Safety
/// The caller owns a reference and is not the object's owner thread.
#[cold]
unsafe fn decref_shared(obj: NonNull<ObjHeader>) {
    // SAFETY: the caller's reference keeps the object alive until the
    // update below publishes its release.
    let header = unsafe { obj.as_ref() };
    let mut shared = header.shared().load(Ordering::Relaxed);
    loop {
        // A released reference that the shared count does not hold was
        // counted by the owner: hand it to the owner's merge queue instead
        // of driving the count negative without anyone noticing.
        let queue = shared == SHARED_DEFAULT || shared == SHARED_MAYBE_WEAKREF;
        let new = if queue {
            SHARED_QUEUED
        } else {
            shared - (1 << SHARED_SHIFT)
        };
        match header.shared().compare_exchange_weak(
            shared,
            new,
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            Ok(_) => {
                if queue {
                    // SAFETY: the queue takes over the caller's reference.
                    unsafe { queue_for_owner(obj) };
                } else if new == SHARED_MERGED {
                    // SAFETY: merged and the count reached zero.
                    unsafe { dealloc(obj) };
                }
                return;
            }
            Err(actual) => shared = actual,
        }
    }
}

/// Pointer to an object in a merge queue.
struct Queued(NonNull<ObjHeader>);

// SAFETY: a queued pointer is only dereferenced by the thread that takes it
// out of the queue, which by then owns the reference the queue held.
unsafe impl Send for Queued {}

fn brc_queues() -> &'static Mutex<HashMap<u32, Vec<Queued>>> {
    static QUEUES: std::sync::OnceLock<Mutex<HashMap<u32, Vec<Queued>>>> =
        std::sync::OnceLock::new();
    QUEUES.get_or_init(|| Mutex::new(HashMap::new()))
}

/// # Safety
/// The caller hands over one reference to `obj` (counted by the owner).
unsafe fn queue_for_owner(obj: NonNull<ObjHeader>) {
    // SAFETY: the transferred reference keeps the object alive.
    let owner = unsafe { obj.as_ref() }.tid();
    {
        let mut queues = brc_queues().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(queue) = queues.get_mut(&owner) {
            queue.push(Queued(obj));
            return;
        }
    }
    // The owner has exited: nobody else touches its local count any more,
    // so merge here.
    // SAFETY: the owner thread is gone; we hold the queue's reference.
    unsafe { explicit_merge(obj) };
}

/// Merges the local count into the shared one, dropping the reference the
/// merge queue held, and deallocates if nothing remains.
///
/// # Safety
/// Called by the owner thread, or by any thread once the owner has exited;
/// the caller holds the queue's reference.
unsafe fn explicit_merge(obj: NonNull<ObjHeader>) {
    // SAFETY: the queue's reference keeps the object alive.
    let header = unsafe { obj.as_ref() };
    let local = header.local().load(Ordering::Relaxed);
    if local == IMMORTAL_REFCNT {
        return;
    }
    let mut shared = header.shared().load(Ordering::Acquire);
    loop {
        let count = (shared >> SHARED_SHIFT) as i64 + local as i64 - 1;
        let count = i32::try_from(count).unwrap_or(i32::MAX >> SHARED_SHIFT);
        let new = (count << SHARED_SHIFT) | SHARED_MERGED;
        match header.shared().compare_exchange_weak(
            shared,
            new,
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            Ok(_) => {
                header.local().store(0, Ordering::Relaxed);
                header.set_tid(0);
                if count == 0 {
                    // SAFETY: merged and the count is zero.
                    unsafe { dealloc(obj) };
                }
                return;
            }
            Err(actual) => shared = actual,
        }
    }
}

/// Merges the objects other threads queued for the calling thread. The
/// evaluation loop calls this periodically; thread exit calls it too.
pub fn merge_pending() {
    let tid = current_tid();
    let pending = {
        let mut queues = brc_queues().lock().unwrap_or_else(|e| e.into_inner());
        match queues.get_mut(&tid) {
            Some(queue) => std::mem::take(queue),
            None => return,
        }
    };
    for Queued(obj) in pending {
        // SAFETY: we are the owner and hold the queue's reference.
        unsafe { explicit_merge(obj) };
    }
}

struct ThreadRegistration {
    tid: u32,
}

impl Drop for ThreadRegistration {
    fn drop(&mut self) {
        let pending = brc_queues()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.tid)
            .unwrap_or_default();
        for Queued(obj) in pending {
            // SAFETY: the owner (this thread) is exiting; we hold the
            // queue's reference.
            unsafe { explicit_merge(obj) };
        }
    }
}

/// Nesting depth beyond which deallocations are deferred, so that freeing a
/// deeply nested structure does not overflow the Rust stack.
const DEALLOC_DEPTH_LIMIT: u32 = 64;

thread_local! {
    // Plain `Cell`s without destructors: always accessible, even during
    // thread teardown.
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static HAS_DEFERRED: Cell<bool> = const { Cell::new(false) };
    static DEFERRED: RefCell<Vec<Queued>> = const { RefCell::new(Vec::new()) };
}

/// Frees an object whose count reached zero, through its type's dealloc.
///
/// # Safety
/// No reference to `obj` remains.
pub unsafe fn dealloc(obj: NonNull<ObjHeader>) {
    // SAFETY: the object is valid memory until its dealloc runs.
    let ty = unsafe { obj.as_ref() }.ob_type();
    if ty.has_flag(super::typeobj::tpflags::LEAF) {
        // SAFETY: the count is zero; freeing it frees nothing else.
        unsafe { (ty.slots.dealloc)(obj) };
        return;
    }
    let depth = DEALLOC_DEPTH.with(Cell::get);
    if depth >= DEALLOC_DEPTH_LIMIT
        && DEFERRED
            .try_with(|d| d.borrow_mut().push(Queued(obj)))
            .is_ok()
    {
        HAS_DEFERRED.with(|h| h.set(true));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the count is zero, so the type's dealloc may free it.
    unsafe { call_dealloc(obj) };
    DEALLOC_DEPTH.with(|d| d.set(depth));
    if depth == 0 && HAS_DEFERRED.with(Cell::get) {
        drain_deferred();
    }
}

/// Frees what nested deallocations deferred (outermost level only).
#[cold]
fn drain_deferred() {
    HAS_DEFERRED.with(|h| h.set(false));
    while let Some(Queued(next)) = DEFERRED.try_with(|d| d.borrow_mut().pop()).ok().flatten() {
        DEALLOC_DEPTH.with(|d| d.set(1));
        // SAFETY: deferred objects have a zero count.
        unsafe { call_dealloc(next) };
        DEALLOC_DEPTH.with(|d| d.set(0));
        // Deeper levels may have deferred more; the loop takes them too.
        HAS_DEFERRED.with(|h| h.set(false));
    }
}

/// # Safety
/// No reference to `obj` remains.
unsafe fn call_dealloc(obj: NonNull<ObjHeader>) {
    // SAFETY: the object is still valid memory until its dealloc runs.
    let h = unsafe { obj.as_ref() };
    let ty = h.ob_type();
    // Weak references die with the object, after its `__del__` (which runs
    // first, when pending, and may resurrect it; its dealloc then comes
    // back here).
    let f = h.flags();
    if f & flags::WEAKLY_REFERENCED != 0
        && (ty.slots.finalize.is_none() || f & flags::FINALIZED != 0)
    {
        crate::interp::weakrefs::clear_on_death(obj);
    }
    let dealloc = ty.slots.dealloc;
    // SAFETY: `dealloc` is the function that matches the object's layout.
    unsafe { dealloc(obj) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_ids_are_distinct_and_nonzero() {
        let here = current_tid();
        assert_ne!(here, 0);
        assert_eq!(here, current_tid());
        let there = std::thread::spawn(current_tid).join().unwrap();
        assert_ne!(there, 0);
        assert_ne!(here, there);
    }
}
