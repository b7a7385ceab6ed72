//! A function's `__code__`: read on every call, replaced rarely (by
//! `func.__code__ = ...`, e.g. in `types.coroutine`).
//!
//! Reads take no lock: the current code is an atomic pointer. A replaced
//! code is retired rather than released, so a `&Code` handed out before the
//! replacement stays valid for as long as the function lives.

use std::ptr::NonNull;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Arc, Mutex};

use super::objects::Code;

pub struct FunctionCode {
    /// From `Arc::into_raw`: this slot owns one strong count.
    current: AtomicPtr<Code>,
    /// Codes replaced while references to them may still be out.
    retired: Mutex<Vec<Arc<Code>>>,
}

impl FunctionCode {
    pub fn new(code: Arc<Code>) -> FunctionCode {
        FunctionCode {
            current: AtomicPtr::new(Arc::into_raw(code).cast_mut()),
            retired: Mutex::new(Vec::new()),
        }
    }

    /// The current code, borrowed for as long as the function.
    #[inline(always)]
    pub fn get(&self) -> &Code {
        // SAFETY: the pointer came from `Arc::into_raw` and that strong
        // count is only given up in `drop` (a replaced pointer moves to
        // `retired`), so the `Code` outlives `&self`.
        unsafe { &*self.current.load(Ordering::Acquire) }
    }

    /// The current code, with its own strong count (for frames).
    #[inline(always)]
    pub fn get_arc(&self) -> Arc<Code> {
        let ptr = self.current.load(Ordering::Acquire);
        // SAFETY: as in `get`, `ptr` is a live `Arc<Code>` allocation; the
        // count added here is the one the returned `Arc` gives up.
        unsafe {
            Arc::increment_strong_count(ptr);
            Arc::from_raw(ptr)
        }
    }

    /// The current code, borrowed for as long as a strong reference to
    /// the function is kept beside it (see [`CodeRef`]).
    #[inline(always)]
    pub fn get_ref(&self) -> CodeRef {
        // SAFETY: the pointer came from `Arc::into_raw`, never null.
        CodeRef(unsafe { NonNull::new_unchecked(self.current.load(Ordering::Acquire)) })
    }

    /// Makes `code` the current code; the old one is kept until drop.
    pub fn replace(&self, code: Arc<Code>) {
        let old = self
            .current
            .swap(Arc::into_raw(code).cast_mut(), Ordering::AcqRel);
        // SAFETY: `old` came from `Arc::into_raw` and the slot no longer
        // refers to it, so this takes over the slot's strong count.
        let old = unsafe { Arc::from_raw(old) };
        self.retired
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
            .push(old);
    }
}

impl Drop for FunctionCode {
    fn drop(&mut self) {
        // SAFETY: the slot owns one strong count of its pointer (see `new`).
        drop(unsafe { Arc::from_raw(*self.current.get_mut()) });
    }
}

/// A function's code, borrowed without a reference count: a frame keeps
/// its function alive and reads the code through this, so that a call
/// costs no atomic reference-count update. Valid for as long as the
/// function it came from lives, since a replaced code is retired, not
/// released.
#[derive(Clone, Copy)]
pub struct CodeRef(NonNull<Code>);

impl CodeRef {
    /// # Safety
    /// The function this came from must still be alive.
    #[inline(always)]
    pub unsafe fn get<'a>(self) -> &'a Code {
        // SAFETY: the caller keeps the owning function alive, which keeps
        // this code's `Arc` allocation alive (current or retired).
        unsafe { self.0.as_ref() }
    }

    /// A counted reference to the code.
    ///
    /// # Safety
    /// As for [`CodeRef::get`].
    pub unsafe fn to_arc(self) -> Arc<Code> {
        let ptr = self.0.as_ptr().cast_const();
        // SAFETY: `ptr` is a live `Arc<Code>` allocation (see `get`); the
        // count added is the one the returned `Arc` gives up.
        unsafe {
            Arc::increment_strong_count(ptr);
            Arc::from_raw(ptr)
        }
    }
}

// SAFETY: a `CodeRef` is only a pointer to a `Code` (which is `Sync`); who
// may dereference it is governed by `get`'s contract.
unsafe impl Send for CodeRef {}
