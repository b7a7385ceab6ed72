//! The global allocator: mimalloc, called through its plain entry points
//! whenever the layout asks for no more alignment than every mimalloc block
//! has. (The `mimalloc` crate's allocator always takes the aligned entry
//! points, whose refill path is a slower generic one; strings, floats and
//! frames allocate and free at a high rate.)

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// Every block mimalloc returns is aligned to at least a machine word.
const BLOCK_ALIGN: usize = std::mem::size_of::<usize>();

pub struct MiAllocator;

// SAFETY: each method forwards to the mimalloc function with the same
// contract, and the plain functions are used only where their guaranteed
// alignment (`BLOCK_ALIGN`) covers the layout's.
unsafe impl GlobalAlloc for MiAllocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: see the impl; `ptr` came from this allocator.
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_have_the_alignment_asked_for() {
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 8, 17, 100, 5000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: a nonzero size; freed with the same layout.
                unsafe {
                    let p = MiAllocator.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size} align {align}");
                    let q = MiAllocator.realloc(p, layout, size * 3);
                    assert_eq!(q as usize % align, 0, "realloc size {size} align {align}");
                    MiAllocator.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                    let z = MiAllocator.alloc_zeroed(layout);
                    assert!(std::slice::from_raw_parts(z, size).iter().all(|&b| b == 0));
                    MiAllocator.dealloc(z, layout);
                }
            }
        }
    }
}
