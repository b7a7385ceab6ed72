//! The values whose hashes and set orders `hash_seed0.rs` and
//! `hash_seed1.rs` compare with CPython's (the lines `hash_strings.py`
//! prints).

use super::{s, show};
use taipan_vm::ops;
use taipan_vm::types::{bytes, list, set, str as pystr, tuple};
use taipan_vm::Value;

fn strings() -> Vec<Value> {
    let texts = [
        "",
        "a",
        "abc",
        "é",
        "hello world, this is longer",
        "\u{20ac}",
        "a\u{20ac}b",
        "\u{1F600}",
    ];
    let mut out: Vec<Value> = texts.iter().map(|t| s(t)).collect();
    out.push(pystr::from_code_points([0xD800]).unwrap());
    for t in ["x".repeat(7), "x".repeat(8), "x".repeat(9), "é".repeat(20)] {
        out.push(s(&t));
    }
    out
}

fn byte_strings() -> Vec<Value> {
    [
        &b""[..],
        b"abc",
        b"\xff\x00",
        b"hello world, this is longer",
    ]
    .iter()
    .map(|b| bytes::new(b))
    .collect()
}

/// Rebuilds the lines `hash_strings.py` prints.
/// A set display `{a, b, ...}` of constants: CPython 3.14 compiles it to
/// an empty set updated from a frozenset constant.
pub fn display(items: Vec<Value>) -> Value {
    let fs = set::new_frozenset(items).unwrap();
    let st = set::new_set(vec![]).unwrap();
    st.downcast::<set::SetObject>()
        .unwrap()
        .update(&fs)
        .unwrap();
    st
}

pub fn hash_lines() -> Vec<String> {
    let mut lines = Vec::new();
    for v in strings().iter().chain(byte_strings().iter()) {
        lines.push(format!("{} {}", show(v), ops::hash(v).unwrap()));
    }
    let t = tuple::new(vec![s("abc"), bytes::new(b"abc"), tuple::new(vec![s("é")])]);
    lines.push(ops::hash(&t).unwrap().to_string());
    let letters = display(["a", "b", "c", "d", "e"].iter().map(|t| s(t)).collect());
    lines.push(show(&list::new(ops::collect(&letters).unwrap())));
    let fs = set::new_frozenset(vec![s("a"), s("b")]).unwrap();
    lines.push(ops::hash(&fs).unwrap().to_string());
    lines
}
