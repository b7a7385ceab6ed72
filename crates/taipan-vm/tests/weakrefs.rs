//! Weak references resolved by several threads while the referent dies:
//! each resolution yields the live object or nothing, never freed memory,
//! and the referent is freed exactly when its last strong reference goes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use taipan_vm::interp::weakrefs::{new_weakref, weakref_count, WeakRefObject, REF_TYPE};
use taipan_vm::object::refcount;
use taipan_vm::types::set;
use taipan_vm::{runtime, Value};

fn resolve(w: &Value) -> Option<Value> {
    w.downcast::<WeakRefObject>().unwrap().get()
}

#[test]
fn resolution_races_with_death() {
    runtime::set_free_threaded(true);
    let rounds = if cfg!(miri) { 2 } else { 200 };
    for _ in 0..rounds {
        let obj = set::new_set(vec![]).unwrap();
        let w = new_weakref(&REF_TYPE, &obj, None).unwrap();
        assert!(resolve(&w).is_some_and(|o| o.is(&obj)));
        assert_eq!(weakref_count(&obj), 1);
        // The shared callback-less ref is reused.
        assert!(new_weakref(&REF_TYPE, &obj, None).unwrap().is(&w));
        let started = Arc::new(AtomicBool::new(false));
        let handles: Vec<_> = (0..3)
            .map(|_| {
                let w = w.clone();
                let started = started.clone();
                std::thread::spawn(move || {
                    let mut seen_dead = false;
                    for i in 0..200 {
                        if i == 10 {
                            started.store(true, Ordering::Release);
                        }
                        match resolve(&w) {
                            // Once dead, never alive again.
                            Some(o) => {
                                assert!(!seen_dead);
                                drop(o);
                            }
                            None => seen_dead = true,
                        }
                    }
                    refcount::merge_pending();
                })
            })
            .collect();
        while !started.load(Ordering::Acquire) {
            std::thread::yield_now();
        }
        drop(obj);
        for h in handles {
            h.join().unwrap();
        }
        refcount::merge_pending();
        assert!(resolve(&w).is_none());
    }
}
