//! Process-wide runtime settings that the object layer consults.

use std::sync::atomic::{AtomicBool, Ordering};

static FREE_THREADED: AtomicBool = AtomicBool::new(false);

/// Whether the runtime runs without a GIL (`-X gil=0`): mutable built-ins
/// then lock their per-object mutex around every access to their storage.
/// With the GIL (the default) every thread touching objects holds the GIL,
/// so the per-object locks are skipped.
#[inline(always)]
pub fn free_threaded() -> bool {
    FREE_THREADED.load(Ordering::Relaxed)
}

/// Chooses the threading mode; called once at start-up, before a second
/// thread runs Python code.
pub fn set_free_threaded(on: bool) {
    FREE_THREADED.store(on, Ordering::Relaxed);
}
