//! Small-int arithmetic must not allocate: measured with a counting global
//! allocator that counts only on the measuring thread (the test harness's
//! own threads may allocate meanwhile).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use taipan_vm::object::BinOp;
use taipan_vm::ops;
use taipan_vm::types::int;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Set while the test thread measures.
    static COUNTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn count() {
    if COUNTING.with(std::cell::Cell::get) {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
    }
}

// SAFETY: forwards to the system allocator, counting calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn small_int_arithmetic_does_not_allocate() {
    let ops_list = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::FloorDiv,
        BinOp::Rem,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::Pow,
    ];
    let operands: Vec<_> = [-1000i64, -7, -1, 1, 3, 12, 1 << 20]
        .iter()
        .map(|&i| int::from_i64(i))
        .collect();
    // Exponent and shift count 3: every result stays in the small range.
    let shift = int::from_i64(3);
    // Warm up lazily initialized state (thread ids, statics).
    let _ = ops::binary_op(&operands[0], &operands[1], BinOp::Add);
    let heap_before = int::heap_ints_created();
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    COUNTING.with(|c| c.set(true));
    let mut acc = int::from_i64(0);
    for _ in 0..1000 {
        for a in &operands {
            for b in &operands {
                for &op in &ops_list {
                    let rhs = if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::Pow) {
                        &shift
                    } else {
                        b
                    };
                    let r = ops::binary_op(a, rhs, op).unwrap();
                    acc = ops::binary_op(&acc, &r, BinOp::Xor).unwrap();
                }
                let _ = ops::richcompare_bool(a, b, taipan_vm::object::CompareOp::Lt).unwrap();
                let _ = ops::neg(a).unwrap();
                let _ = ops::hash(a).unwrap();
            }
        }
    }
    COUNTING.with(|c| c.set(false));
    let after = ALLOCATIONS.load(Ordering::Relaxed);
    assert_eq!(after - before, 0, "allocations during small-int arithmetic");
    assert_eq!(int::heap_ints_created(), heap_before);
    assert!(acc.is_small_int());
    // Overflowing the small range does allocate a heap int.
    let big = ops::binary_op(
        &int::from_i64(taipan_vm::object::SMALL_INT_MAX),
        &int::from_i64(1),
        BinOp::Add,
    )
    .unwrap();
    assert!(!big.is_small_int());
    assert_eq!(int::heap_ints_created(), heap_before + 1);
}
