//! str and bytes; expected values are python3.14's.

mod common;

use common::*;
use taipan_vm::object::{BinOp, CompareOp};
use taipan_vm::ops;
use taipan_vm::types::str::{self as pystr, StrObject};
use taipan_vm::types::{bytes, list};

#[test]
fn repr_escapes_like_cpython() {
    assert_eq!(show(&s("a'b\"c")), r#"'a\'b"c'"#);
    assert_eq!(show(&s("it's")), r#""it's""#);
    let weird = pystr::from_code_points([0x00, 0xD800, 0xE9, 0x378]).unwrap();
    assert_eq!(show(&weird), r"'\x00\ud800é\u0378'");
    assert_eq!(
        show(&s("\u{20ac}\t\x7f\u{80}\u{a0}\u{ad}")),
        r"'€\t\x7f\x80\xa0\xad'"
    );
    assert_eq!(show(&s("\u{10ffff}\u{1F600}\n\\")), r"'\U0010ffff😀\n\\'");
    assert_eq!(show(&bytes::new(b"a'\x00\xff")), r#"b"a'\x00\xff""#);
    assert_eq!(show(&bytes::new(b"\t\r\\")), r"b'\t\r\\'");
}

#[test]
fn indexing_counts_code_points() {
    let text: String = (0..500)
        .map(|i| char::from_u32(0x3b1 + (i % 20)).unwrap())
        .collect();
    let v = s(&format!("a{text}😀"));
    let obj = v.downcast::<StrObject>().unwrap();
    assert!(!obj.is_ascii());
    assert_eq!(ops::len(&v).unwrap(), 502);
    assert_eq!(show_result(ops::getitem(&v, &int(0))), "'a'");
    assert_eq!(show_result(ops::getitem(&v, &int(1))), "'α'");
    assert_eq!(
        show_result(ops::getitem(&v, &int(200))),
        format!("'{}'", char::from_u32(0x3b1 + 199 % 20).unwrap())
    );
    assert_eq!(show_result(ops::getitem(&v, &int(-1))), "'😀'");
    assert_eq!(
        show_result(ops::getitem(&v, &int(502))),
        "IndexError: string index out of range"
    );
    assert_eq!(
        show_result(ops::getitem(&v, &s("x"))),
        "TypeError: string indices must be integers, not 'str'"
    );
    let ascii = s("hello");
    assert!(ascii.downcast::<StrObject>().unwrap().is_ascii());
    assert_eq!(show_result(ops::getitem(&ascii, &int(-5))), "'h'");
    // One-character Latin-1 strings are shared.
    assert!(ops::getitem(&ascii, &int(0))
        .unwrap()
        .is(&ops::getitem(&s("xh"), &int(1)).unwrap()));
    let chars: Vec<String> = ops::collect(&s("aé€")).unwrap().iter().map(show).collect();
    assert_eq!(chars, ["'a'", "'é'", "'€'"]);
}

#[test]
fn operations() {
    assert_eq!(op(&s("ab"), &s("cé"), BinOp::Add), "'abcé'");
    assert_eq!(
        op(&s("a"), &int(1), BinOp::Add),
        "TypeError: can only concatenate str (not \"int\") to str"
    );
    assert_eq!(op(&s("ab"), &int(3), BinOp::Mul), "'ababab'");
    assert_eq!(op(&s("ab"), &int(-3), BinOp::Mul), "''");
    assert_eq!(
        op(&s("a"), &float_(1.5), BinOp::Mul),
        "TypeError: can't multiply sequence by non-int of type 'float'"
    );
    assert_eq!(
        op(&s("a"), &big("1180591620717411303424"), BinOp::Mul),
        "OverflowError: cannot fit 'int' into an index-sized integer"
    );
    assert_eq!(op(&s("a"), &int(1 << 61), BinOp::Mul), "MemoryError");
    assert!(ops::contains(&s("hello wörld"), &s("ö")).unwrap());
    assert!(ops::contains(&s("abc"), &s("")).unwrap());
    assert_eq!(
        show_result(ops::contains(&s("a"), &int(1)).map(taipan_vm::types::singletons::bool)),
        "TypeError: 'in <string>' requires string as left operand, not int"
    );
    let lt = |a: &str, b: &str| ops::richcompare_bool(&s(a), &s(b), CompareOp::Lt).unwrap();
    assert!(lt("a", "b"));
    assert!(lt("\u{ffff}", "\u{10000}"));
    let sur = pystr::from_code_points([0xD800]).unwrap();
    assert!(ops::richcompare_bool(&s("\u{d7ff}"), &sur, CompareOp::Lt).unwrap());
    assert!(ops::richcompare_bool(&sur, &s("\u{e000}"), CompareOp::Lt).unwrap());
    assert!(ops::richcompare_bool(&s("abc"), &s("abc"), CompareOp::Eq).unwrap());
}

fn float_(x: f64) -> taipan_vm::Value {
    taipan_vm::types::float::new(x)
}

#[test]
fn hash_text_matches_object_hash() {
    for t in ["", "abc", "é", "€uro", "😀!", "x".repeat(300).as_str()] {
        assert_eq!(pystr::hash_text(t), ops::hash(&s(t)).unwrap(), "{t}");
    }
}

#[test]
fn interning() {
    let a = pystr::intern("spam");
    let b = pystr::intern("spam");
    assert!(a.is(&b));
    assert!(a.header().unwrap().is_immortal());
    let c = pystr::intern_value(s("spam"));
    assert!(c.is(&a));
    let fresh = pystr::intern_value(s("eggs-unique"));
    assert!(pystr::is_interned(&fresh));
    assert!(pystr::intern("eggs-unique").is(&fresh));
    assert!(!pystr::is_interned(&s("not interned")));
    assert!(s("").is(&pystr::empty()));
}

#[test]
fn bytes_operations() {
    let b = bytes::new(b"abc");
    assert_eq!(ops::len(&b).unwrap(), 3);
    assert_eq!(show_result(ops::getitem(&b, &int(-1))), "99");
    assert_eq!(
        show_result(ops::getitem(&b, &int(5))),
        "IndexError: index out of range"
    );
    assert_eq!(op(&b, &bytes::new(b"d"), BinOp::Add), "b'abcd'");
    assert_eq!(
        op(&b, &s("a"), BinOp::Add),
        "TypeError: can't concat str to bytes"
    );
    assert!(ops::contains(&b, &int(98)).unwrap());
    assert!(ops::contains(&b, &bytes::new(b"bc")).unwrap());
    assert_eq!(
        show_result(ops::contains(&b, &s("a")).map(taipan_vm::types::singletons::bool)),
        "TypeError: a bytes-like object is required, not 'str'"
    );
    assert_eq!(
        show_result(ops::contains(&b, &int(256)).map(taipan_vm::types::singletons::bool)),
        "ValueError: byte must be in range(0, 256)"
    );
    let items: Vec<String> = ops::collect(&b).unwrap().iter().map(show).collect();
    assert_eq!(items, ["97", "98", "99"]);
    assert!(ops::richcompare_bool(&b, &bytes::new(b"abd"), CompareOp::Lt).unwrap());
    assert!(!ops::richcompare_bool(&b, &s("abc"), CompareOp::Eq).unwrap());
    assert_eq!(show(&list::new(vec![b])), "[b'abc']");
}
