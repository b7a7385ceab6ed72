//! list, tuple, dict and set behaviour; expected values are python3.14's.

mod common;

use common::*;
use taipan_vm::object::{BinOp, CompareOp};
use taipan_vm::ops;
use taipan_vm::types::dict::{self, DictObject};
use taipan_vm::types::{float, list, set, singletons, tuple};
use taipan_vm::Value;

fn new_dict() -> Value {
    dict::new()
}

fn d(v: &Value) -> &DictObject {
    v.downcast::<DictObject>().unwrap()
}

#[test]
fn dict_keeps_insertion_order_through_deletion_and_reinsertion() {
    let v = new_dict();
    let m = d(&v);
    for k in ["a", "b", "c", "d"] {
        m.set_item(s(k), int(k.len() as i64)).unwrap();
    }
    m.del_item(&s("b")).unwrap();
    m.set_item(s("b"), int(2)).unwrap();
    m.set_item(s("a"), int(10)).unwrap(); // update keeps the position
    assert_eq!(show(&v), "{'a': 10, 'c': 1, 'd': 1, 'b': 2}");
    assert_eq!(m.len(), 4);
    assert_eq!(show_result(ops::getitem(&v, &s("zz"))), "KeyError: 'zz'");
    assert_eq!(
        show_result(Err(m.del_item(&int(1)).unwrap_err())),
        "KeyError: 1"
    );
    let keys: Vec<String> = ops::collect(&v).unwrap().iter().map(show).collect();
    assert_eq!(keys, ["'a'", "'c'", "'d'", "'b'"]);
}

#[test]
fn dict_resizes_and_finds_everything() {
    let v = new_dict();
    let m = d(&v);
    for i in 0..10_000 {
        m.set_item(int(i), int(i * 2)).unwrap();
    }
    for i in (0..10_000).step_by(3) {
        m.del_item(&int(i)).unwrap();
    }
    for i in 0..10_000 {
        let got = m.get_item(&int(i)).unwrap();
        if i % 3 == 0 {
            assert!(got.is_none());
        } else {
            assert!(got.unwrap().is(&int(i * 2)));
        }
    }
    assert_eq!(m.len(), 6_666);
    // Order survives the resizes: the first keys are 1, 2, 4, 5.
    let keys = m.keys();
    assert_eq!(
        keys[..4].iter().map(show).collect::<Vec<_>>(),
        ["1", "2", "4", "5"]
    );
    m.clear();
    assert!(m.is_empty());
}

#[test]
fn dict_keys_equal_across_types() {
    let v = new_dict();
    let m = d(&v);
    m.set_item(int(1), s("int")).unwrap();
    // 1.0 == 1 and hashes alike: same key.
    m.set_item(float::new(1.0), s("float")).unwrap();
    assert_eq!(show(&v), "{1: 'float'}");
    m.set_item(singletons::true_(), s("bool")).unwrap();
    assert_eq!(show(&v), "{1: 'bool'}");
    let key = big("1180591620717411303424");
    m.set_item(key, s("big")).unwrap();
    assert!(m
        .get_item(&big("1180591620717411303424"))
        .unwrap()
        .is_some());
    let t = tuple::new(vec![int(1), s("x")]);
    m.set_item(t, int(0)).unwrap();
    assert!(m
        .get_item(&tuple::new(vec![float::new(1.0), s("x")]))
        .unwrap()
        .is_some());
    assert_eq!(
        show_result(m.set_item(list::new(vec![]), int(0)).map(|_| int(0))),
        "TypeError: cannot use 'list' as a dict key (unhashable type: 'list')"
    );
    assert_eq!(
        show_result(ops::getitem(&v, &list::new(vec![]))),
        "TypeError: cannot use 'list' as a dict key (unhashable type: 'list')"
    );
}

#[test]
fn dict_versions() {
    let v = new_dict();
    let m = d(&v);
    m.set_item(s("x"), int(1)).unwrap();
    m.set_item(s("y"), int(2)).unwrap();
    assert!(m.only_str_keys());
    assert!(m.get_str("y").unwrap().unwrap().is(&int(2)));
    assert!(m.get_str("nope").unwrap().is_none());
    let kv = m.keys_version();
    assert_ne!(kv, 0);
    let ver = m.version();
    // Replacing a value keeps the keys version (caches stay valid)...
    m.set_item(s("x"), int(3)).unwrap();
    assert_eq!(m.keys_version(), kv);
    assert_ne!(m.version(), ver);
    assert!(m.value_at(0).unwrap().is(&int(3)));
    // ...adding or removing a key changes it.
    m.set_item(s("z"), int(4)).unwrap();
    let kv2 = m.keys_version();
    assert_ne!(kv2, kv);
    m.del_item(&s("z")).unwrap();
    assert_ne!(m.keys_version(), kv2);
    m.set_item(int(5), int(5)).unwrap();
    assert!(!m.only_str_keys());
    assert!(m.get_str("y").unwrap().unwrap().is(&int(2)));
}

#[test]
fn dict_iteration_detects_size_change() {
    let v = new_dict();
    let m = d(&v);
    m.set_item(int(1), int(1)).unwrap();
    let it = ops::iter(&v).unwrap();
    m.set_item(int(2), int(2)).unwrap();
    assert_eq!(
        show_result(ops::next(&it).map(|x| x.unwrap_or_else(singletons::none))),
        "RuntimeError: dictionary changed size during iteration"
    );
    let items = dict::iter_kind(&v, dict::IterKind::Items).unwrap();
    let pairs: Vec<String> = ops::collect(&items).unwrap().iter().map(show).collect();
    assert_eq!(pairs, ["(1, 1)", "(2, 2)"]);
}

#[test]
fn dict_equality() {
    let a = new_dict();
    let b = new_dict();
    d(&a).set_item(int(1), int(2)).unwrap();
    d(&b).set_item(int(1), float::new(2.0)).unwrap();
    assert!(ops::richcompare_bool(&a, &b, CompareOp::Eq).unwrap());
    d(&b).set_item(int(2), int(2)).unwrap();
    assert!(ops::richcompare_bool(&a, &b, CompareOp::Ne).unwrap());
}

#[test]
fn list_operations() {
    let v = list::new(vec![int(1), int(2)]);
    let l = v.downcast::<list::ListObject>().unwrap();
    l.append(int(3));
    l.insert(0, int(0));
    l.insert(-1, s("x"));
    assert_eq!(show(&v), "[0, 1, 2, 'x', 3]");
    assert_eq!(show(&l.pop(-1).unwrap()), "3");
    assert_eq!(
        show_result(
            list::new(vec![])
                .downcast::<list::ListObject>()
                .unwrap()
                .pop(-1)
                .map(|_| int(0))
        ),
        "IndexError: pop from empty list"
    );
    assert_eq!(
        show_result(ops::getitem(&v, &int(10))),
        "IndexError: list index out of range"
    );
    assert_eq!(
        show_result(ops::getitem(&v, &s("a"))),
        "TypeError: list indices must be integers or slices, not str"
    );
    assert_eq!(show_result(ops::getitem(&v, &int(-1))), "'x'");
    ops::setitem(&v, &int(-1), Some(&int(9))).unwrap();
    ops::setitem(&v, &int(0), None).unwrap();
    assert_eq!(show(&v), "[1, 2, 9]");
    assert_eq!(op(&v, &list::new(vec![int(4)]), BinOp::Add), "[1, 2, 9, 4]");
    assert_eq!(
        op(&v, &tuple::empty(), BinOp::Add),
        "TypeError: can only concatenate list (not \"tuple\") to list"
    );
    assert_eq!(op(&v, &int(2), BinOp::Mul), "[1, 2, 9, 1, 2, 9]");
    assert_eq!(
        op(&v, &s("a"), BinOp::Mul),
        "TypeError: can't multiply sequence by non-int of type 'str'"
    );
    let same = ops::inplace_op(&v, &tuple::new(vec![int(5)]), BinOp::Add).unwrap();
    assert!(same.is(&v));
    assert_eq!(show(&v), "[1, 2, 9, 5]");
    assert!(ops::contains(&v, &float::new(9.0)).unwrap());
    // A list containing itself.
    l.append(v.clone());
    assert_eq!(show(&v), "[1, 2, 9, 5, [...]]");
    l.clear();
    assert_eq!(
        show_result(ops::hash(&v).map(int)),
        "TypeError: unhashable type: 'list'"
    );
    let t = |a: &Value, b: &Value, o| ops::richcompare_bool(a, b, o).unwrap();
    let a = list::new(vec![int(1), int(2)]);
    assert!(t(&a, &list::new(vec![int(1), int(3)]), CompareOp::Lt));
    assert!(t(
        &list::new(vec![int(1)]),
        &list::new(vec![float::new(1.0)]),
        CompareOp::Eq
    ));
    let nan = float::new(f64::NAN);
    assert!(t(
        &list::new(vec![nan.clone()]),
        &list::new(vec![nan]),
        CompareOp::Eq
    ));
    assert!(!t(
        &list::new(vec![float::new(f64::NAN)]),
        &list::new(vec![float::new(f64::NAN)]),
        CompareOp::Eq
    ));
    assert_eq!(
        show_result(ops::richcompare(
            &list::new(vec![]),
            &tuple::empty(),
            CompareOp::Lt
        )),
        "TypeError: '<' not supported between instances of 'list' and 'tuple'"
    );
}

#[test]
fn list_iterator_sees_appends_until_exhausted() {
    let v = list::new(vec![int(1)]);
    let l = v.downcast::<list::ListObject>().unwrap();
    let it = ops::iter(&v).unwrap();
    assert!(ops::next(&it).unwrap().unwrap().is(&int(1)));
    l.append(int(2));
    assert!(ops::next(&it).unwrap().unwrap().is(&int(2)));
    assert!(ops::next(&it).unwrap().is_none());
    l.append(int(3));
    assert!(ops::next(&it).unwrap().is_none());
}

#[test]
fn tuples() {
    let t = tuple::new(vec![int(1), s("a")]);
    assert_eq!(show(&t), "(1, 'a')");
    assert_eq!(show(&tuple::new(vec![int(1)])), "(1,)");
    assert_eq!(show(&tuple::empty()), "()");
    assert!(tuple::new(vec![]).is(&tuple::empty()));
    assert_eq!(
        show_result(ops::getitem(&t, &int(2))),
        "IndexError: tuple index out of range"
    );
    let t2 = tuple::new(vec![int(1), int(2)]);
    assert!(!ops::richcompare_bool(&t2, &tuple::new(vec![int(1)]), CompareOp::Lt).unwrap());
    // python3.14: hash(()), hash((1,)), hash((1,2,3)), hash((1,2,(3,4))), hash(((),((),)))
    assert_eq!(ops::hash(&tuple::empty()).unwrap(), 5740354900026072187);
    assert_eq!(
        ops::hash(&tuple::new(vec![int(1)])).unwrap(),
        -6644214454873602895
    );
    assert_eq!(
        ops::hash(&tuple::new(vec![int(1), int(2), int(3)])).unwrap(),
        529344067295497451
    );
    let nested = tuple::new(vec![int(1), int(2), tuple::new(vec![int(3), int(4)])]);
    assert_eq!(ops::hash(&nested).unwrap(), 3794340727080330424);
    let e = tuple::empty();
    let t3 = tuple::new(vec![e.clone(), tuple::new(vec![e])]);
    assert_eq!(ops::hash(&t3).unwrap(), 578447794611251343);
    let with_list = tuple::new(vec![list::new(vec![])]);
    assert_eq!(
        show_result(ops::hash(&with_list).map(int)),
        "TypeError: unhashable type: 'list'"
    );
}

#[test]
fn sets() {
    let st = set::new_set(vec![int(1), int(2), int(3)]).unwrap();
    assert_eq!(show(&st), "{1, 2, 3}");
    assert_eq!(show(&set::new_set(vec![]).unwrap()), "set()");
    assert_eq!(show(&set::new_frozenset(vec![]).unwrap()), "frozenset()");
    assert_eq!(
        show(&set::new_frozenset(vec![int(1)]).unwrap()),
        "frozenset({1})"
    );
    let so = st.downcast::<set::SetObject>().unwrap();
    assert!(!so.add(float::new(2.0)).unwrap());
    assert!(so.contains(&float::new(3.0)).unwrap());
    so.remove(&int(1)).unwrap();
    assert_eq!(
        show_result(so.remove(&int(1)).map(|_| int(0))),
        "KeyError: 1"
    );
    assert_eq!(
        show_result(so.add(list::new(vec![])).map(|_| int(0))),
        "TypeError: cannot use 'list' as a set element (unhashable type: 'list')"
    );
    let empty = set::new_set(vec![]).unwrap();
    assert_eq!(
        show_result(empty.downcast::<set::SetObject>().unwrap().pop()),
        "KeyError: 'pop from an empty set'"
    );
    // python3.14: hash(frozenset()), hash(frozenset({1,2,3})),
    // hash(frozenset({frozenset({1}),2}))
    assert_eq!(
        ops::hash(&set::new_frozenset(vec![]).unwrap()).unwrap(),
        133146708735736
    );
    let f123 = set::new_frozenset(vec![int(1), int(2), int(3)]).unwrap();
    assert_eq!(ops::hash(&f123).unwrap(), -272375401224217160);
    let inner = set::new_frozenset(vec![int(1)]).unwrap();
    let nested = set::new_frozenset(vec![inner, int(2)]).unwrap();
    assert_eq!(ops::hash(&nested).unwrap(), -1248503628839622056);
    assert_eq!(
        show_result(ops::hash(&st).map(int)),
        "TypeError: unhashable type: 'set'"
    );
    // Comparisons and operators.
    let a = set::new_set(vec![int(1), int(2)]).unwrap();
    let b = set::new_set(vec![int(1), int(2), int(3)]).unwrap();
    assert!(ops::richcompare_bool(&a, &b, CompareOp::Le).unwrap());
    assert!(ops::richcompare_bool(&a, &b, CompareOp::Lt).unwrap());
    assert!(ops::richcompare_bool(
        &set::new_frozenset(vec![int(1)]).unwrap(),
        &set::new_set(vec![int(1)]).unwrap(),
        CompareOp::Eq
    )
    .unwrap());
    assert_eq!(op(&a, &b, BinOp::Xor), "{3}");
    assert_eq!(op(&b, &a, BinOp::Sub), "{3}");
    assert_eq!(
        op(&set::new_frozenset(vec![int(1)]).unwrap(), &b, BinOp::Or),
        "frozenset({1, 2, 3})"
    );
    let r = ops::inplace_op(&a, &b, BinOp::Or).unwrap();
    assert!(r.is(&a));
    assert_eq!(show(&a), "{1, 2, 3}");
    // python3.14: list({5,3,17,9,33,1,100,-1,8,16}) built element by element.
    let order = set::new_set(
        [5, 3, 17, 9, 33, 1, 100, -1, 8, 16]
            .iter()
            .map(|&i| int(i))
            .collect(),
    )
    .unwrap();
    let fs = set::new_frozenset(ops::collect(&order).unwrap()).unwrap();
    let display = set::new_set(vec![]).unwrap();
    display
        .downcast::<set::SetObject>()
        .unwrap()
        .update(&fs)
        .unwrap();
    assert_eq!(
        show(&list::new(ops::collect(&display).unwrap())),
        "[33, 1, 3, 100, 5, 8, 9, 16, 17, -1]"
    );
    let it = ops::iter(&a).unwrap();
    a.downcast::<set::SetObject>()
        .unwrap()
        .add(int(99))
        .unwrap();
    assert_eq!(
        show_result(ops::next(&it).map(|x| x.unwrap_or_else(singletons::none))),
        "RuntimeError: Set changed size during iteration"
    );
}
