//! Reference counting and immortality invariants.

use taipan_vm::object::{refcount, RawValue, Value, SMALL_INT_MAX, SMALL_INT_MIN};
use taipan_vm::types::{float, int, list, singletons, str as pystr, tuple};

#[test]
fn small_ints_are_inline_and_identical() {
    let a = int::from_i64(12345);
    let b = int::from_i64(12345);
    assert!(a.is_small_int());
    assert!(a.is(&b), "`is` on equal small ints");
    assert!(a.header().is_none());
    assert_eq!(a.refcount(), i64::MAX);
    assert_eq!(
        int::from_i64(SMALL_INT_MAX).as_small_int(),
        Some(SMALL_INT_MAX)
    );
    assert_eq!(
        int::from_i64(SMALL_INT_MIN).as_small_int(),
        Some(SMALL_INT_MIN)
    );
    // 2**62 and 2**63 - 1 are heap ints; -2**62 is the smallest small int.
    assert!(!int::from_i64(1 << 62).is_small_int());
    assert!(!int::from_i64(i64::MAX).is_small_int());
    assert!(int::from_i64(-(1 << 62)).is_small_int());
    assert!(!int::from_i64(-(1 << 62) - 1).is_small_int());
}

#[test]
fn tagged_arithmetic() {
    let r = |i| RawValue::small(i).unwrap();
    assert_eq!(r(40).small_add(r(2)), Some(r(42)));
    assert_eq!(r(-40).small_sub(r(2)), Some(r(-42)));
    assert_eq!(r(-6).small_mul(r(7)), Some(r(-42)));
    assert_eq!(r(SMALL_INT_MAX).small_add(r(1)), None);
    assert_eq!(r(SMALL_INT_MIN).small_sub(r(1)), None);
    assert_eq!(r(SMALL_INT_MIN).small_add(r(-1)), None);
    assert_eq!(r(1 << 31).small_mul(r(1 << 31)), None);
    assert_eq!(r(1 << 30).small_mul(r(1 << 31)), Some(r(1 << 61)));
    assert_eq!(r(SMALL_INT_MAX).small_sub(r(SMALL_INT_MAX)), Some(r(0)));
    // Word order is int order.
    assert!((r(-5).bits() as i64) < (r(3).bits() as i64));
}

#[test]
fn singletons_are_immortal() {
    for v in [
        singletons::none(),
        singletons::true_(),
        singletons::false_(),
        singletons::not_implemented(),
        singletons::ellipsis(),
        tuple::empty(),
        pystr::intern("identifier"),
    ] {
        let h = v.header().unwrap();
        assert!(h.is_immortal());
        let before = h.refcount();
        let copies: Vec<Value> = (0..10).map(|_| v.clone()).collect();
        assert_eq!(h.refcount(), before);
        drop(copies);
        assert_eq!(h.refcount(), before);
    }
    // Static types too.
    let t = int::INT_TYPE.as_value();
    assert!(t.header().unwrap().is_immortal());
}

#[test]
fn clone_and_drop_count() {
    let v = list::new(vec![]);
    assert_eq!(v.refcount(), 1);
    let w = v.clone();
    assert_eq!(v.refcount(), 2);
    drop(w);
    assert_eq!(v.refcount(), 1);
    // A container holds its items.
    let item = float::new(1.5);
    let t = tuple::new(vec![item.clone(), item.clone()]);
    assert_eq!(item.refcount(), 3);
    drop(t);
    assert_eq!(item.refcount(), 1);
}

#[test]
fn raw_round_trip() {
    let v = pystr::new("raw");
    let raw = v.clone().into_raw();
    assert_eq!(v.refcount(), 2);
    // SAFETY: `raw` carries the reference taken by `clone`.
    let back = unsafe { Value::from_raw(raw) };
    assert!(back.is(&v));
    drop(back);
    assert_eq!(v.refcount(), 1);
}

#[test]
fn other_threads_count_in_the_shared_field() {
    let v = list::new(vec![int::from_i64(1)]);
    let owner_view = v.clone();
    // Another thread takes and drops references: the shared count.
    let sent = v.clone();
    std::thread::spawn(move || {
        let extra: Vec<Value> = (0..5).map(|_| sent.clone()).collect();
        drop(extra);
        drop(sent);
    })
    .join()
    .unwrap();
    // The reference that thread released was counted by the owner: it was
    // queued for merging.
    refcount::merge_pending();
    assert_eq!(owner_view.refcount(), 2);
    drop(owner_view);
    assert_eq!(v.refcount(), 1);
    assert_eq!(taipan_vm::ops::len(&v).unwrap(), 1);
}

#[test]
fn object_outliving_its_owner_thread_is_freed_by_the_last_user() {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let v = list::new(vec![pystr::new("payload")]);
        tx.send(v).unwrap();
    })
    .join()
    .unwrap();
    let v = rx.recv().unwrap();
    let item = taipan_vm::ops::getitem(&v, &int::from_i64(0)).unwrap();
    // The creator is gone: dropping here merges and frees.
    drop(v);
    assert_eq!(item.refcount(), 1);
}

#[test]
fn deep_nesting_frees_without_stack_overflow() {
    let mut v = list::new(vec![]);
    for _ in 0..200_000 {
        v = list::new(vec![v]);
    }
    drop(v);
    let mut t = tuple::new(vec![int::from_i64(1)]);
    for _ in 0..200_000 {
        t = tuple::new(vec![t]);
    }
    drop(t);
}
