//! str/bytes/tuple/frozenset hashes and set iteration order with
//! PYTHONHASHSEED=0, compared with CPython's output in tests/data (one test:
//! the seed is read once per process, before any hashing).

mod common;

use common::hash_samples::*;
use common::*;
use taipan_vm::ops;
use taipan_vm::types::{bytes, list, set, tuple};

#[test]
fn matches_cpython_with_seed_0() {
    // SAFETY-free in edition 2021; this binary's only test sets it before
    // anything hashes.
    std::env::set_var("PYTHONHASHSEED", "0");
    let expected = include_str!("data/hash_seed0.txt");
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(hash_lines(), expected);

    let containers = include_str!("data/containers_seed0.txt");
    let expected: Vec<&str> = containers.lines().collect();
    let mut got = Vec::new();
    // s = set(); add range(0, 200, 7); discard range(0, 200, 21); add 1000..1030
    let st = set::new_set(vec![]).unwrap();
    let so = st.downcast::<set::SetObject>().unwrap();
    for i in (0..200).step_by(7) {
        so.add(int(i)).unwrap();
    }
    for i in (0..200).step_by(21) {
        so.discard(&int(i)).unwrap();
    }
    for i in 1000..1030 {
        so.add(int(i)).unwrap();
    }
    got.push(show(&list::new(so.elements())));
    let st = display(
        [5, 3, 17, 9, 33, 1, 100, -1, 8, 16]
            .iter()
            .map(|&i| int(i))
            .collect(),
    );
    let so = st.downcast::<set::SetObject>().unwrap();
    so.pop().unwrap();
    so.pop().unwrap();
    got.push(show(&list::new(so.elements())));
    let words = [
        "abc",
        "é",
        "xxxxxxxxx",
        "hello world, this is longer",
        "a",
        "b",
        "c",
        "d",
        "e",
    ];
    let st = set::new_set(words.iter().map(|t| s(t)).collect()).unwrap();
    got.push(show(&list::new(ops::collect(&st).unwrap())));
    got.push(
        ops::hash(&set::new_frozenset(vec![s("abc"), s("é")]).unwrap())
            .unwrap()
            .to_string(),
    );
    got.push(
        ops::hash(&set::new_frozenset((0..100).map(int).collect()).unwrap())
            .unwrap()
            .to_string(),
    );
    let fs = set::new_frozenset(vec![
        int(-1),
        int(-2),
        big("4611686018427387904"),
        big("18446744073709551616"),
    ])
    .unwrap();
    got.push(ops::hash(&fs).unwrap().to_string());
    let t = tuple::new(vec![s("abc"), bytes::new(b"abc"), tuple::new(vec![s("é")])]);
    got.push(ops::hash(&t).unwrap().to_string());
    let t = tuple::new(vec![
        int(1),
        taipan_vm::types::float::new(2.5),
        int(-3),
        big("1180591620717411303424"),
        taipan_vm::types::singletons::none(),
        taipan_vm::types::singletons::true_(),
        tuple::empty(),
    ]);
    got.push(ops::hash(&t).unwrap().to_string());
    let d = taipan_vm::types::dict::new();
    let dd = d.downcast::<taipan_vm::types::dict::DictObject>().unwrap();
    dd.set_item(int(1), s("a")).unwrap();
    dd.set_item(s("b"), list::new(vec![int(1), tuple::new(vec![int(2)])]))
        .unwrap();
    dd.set_item(tuple::new(vec![int(3)]), display(vec![int(4)]))
        .unwrap();
    got.push(show(&d));
    let fl = |x| taipan_vm::types::float::new(x);
    got.push(show(&list::new(vec![
        fl(1.5),
        fl(-0.0),
        fl(1e16),
        fl(1e-5),
        fl(f64::NAN),
        fl(f64::NEG_INFINITY),
    ])));
    got.push(show(&set::new_frozenset(vec![int(1), int(2)]).unwrap()));
    let mixed = display(vec![fl(1.5), int(2), fl(3.0), int(-7)]);
    got.push(show(&list::new(ops::collect(&mixed).unwrap())));
    assert_eq!(got, expected);
}
