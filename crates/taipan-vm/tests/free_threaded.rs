//! Free-threaded mode: concurrent mutation of shared built-ins stays
//! consistent (per-object locks) and reference counts stay exact (biased
//! counting across threads).

use taipan_vm::object::refcount;
use taipan_vm::types::dict::{self, DictObject};
use taipan_vm::types::list::{self, ListObject};
use taipan_vm::types::{int, str as pystr};
use taipan_vm::{ops, runtime};

/// Fewer iterations under Miri, which interprets every step.
const ITERATIONS: i64 = if cfg!(miri) { 8 } else { 2000 };

#[test]
fn concurrent_appends_and_inserts() {
    runtime::set_free_threaded(true);
    let shared_list = list::new(vec![]);
    let shared_dict = dict::new();
    let payload = pystr::new("shared payload");
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let l = shared_list.clone();
            let d = shared_dict.clone();
            let p = payload.clone();
            std::thread::spawn(move || {
                let lo = l.downcast::<ListObject>().unwrap();
                let dobj = d.downcast::<DictObject>().unwrap();
                for i in 0..ITERATIONS {
                    lo.append(p.clone());
                    dobj.set_item(int::from_i64(t * 10_000 + i), p.clone())
                        .unwrap();
                    if i % 3 == 0 {
                        dobj.del_item(&int::from_i64(t * 10_000 + i)).unwrap();
                    }
                }
                refcount::merge_pending();
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    refcount::merge_pending();
    let l = shared_list.downcast::<ListObject>().unwrap();
    let d = shared_dict.downcast::<DictObject>().unwrap();
    let kept = ITERATIONS - (ITERATIONS + 2) / 3;
    assert_eq!(l.len() as i64, 4 * ITERATIONS);
    assert_eq!(d.len() as i64, 4 * kept);
    for t in 0..4 {
        for i in 0..ITERATIONS {
            let present = d
                .get_item(&int::from_i64(t * 10_000 + i))
                .unwrap()
                .is_some();
            assert_eq!(present, i % 3 != 0);
        }
    }
    // Every reference taken by the threads is accounted for.
    assert_eq!(payload.refcount(), 1 + 4 * ITERATIONS + 4 * kept);
    l.clear();
    d.clear();
    assert_eq!(payload.refcount(), 1);
    assert_eq!(ops::len(&shared_list).unwrap(), 0);
}
