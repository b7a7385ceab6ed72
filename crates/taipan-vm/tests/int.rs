//! `int` semantics; expected values and messages are python3.14's.

mod common;

use common::*;
use taipan_vm::object::{BinOp, CompareOp};
use taipan_vm::types::int;
use taipan_vm::{ops, Value};

#[test]
fn boundaries_between_small_and_big() {
    let two62 = big("4611686018427387904");
    assert!(!two62.is_small_int());
    assert_eq!(show(&two62), "4611686018427387904");
    let max_small = op(&two62, &int(1), BinOp::Sub);
    assert_eq!(max_small, "4611686018427387903");
    let r = ops::binary_op(&two62, &int(1), BinOp::Sub).unwrap();
    assert!(r.is_small_int(), "results are canonical");
    let neg = ops::neg(&two62).unwrap();
    assert!(neg.is_small_int(), "-2**62 is small");
    assert_eq!(show(&neg), "-4611686018427387904");
    assert!(!ops::binary_op(&neg, &int(1), BinOp::Sub)
        .unwrap()
        .is_small_int());
    let two63 = op(&two62, &int(2), BinOp::Mul);
    assert_eq!(two63, "9223372036854775808");
    assert_eq!(op(&int(1), &int(63), BinOp::LShift), "9223372036854775808");
    assert_eq!(
        op(&big("9223372036854775808"), &int(3), BinOp::FloorDiv),
        "3074457345618258602"
    );
    // abs(-2**63)
    let m63 = big("-9223372036854775808");
    assert_eq!(show(&ops::abs(&m63).unwrap()), "9223372036854775808");
    // 2**63 // -3 and -2**63 % 7
    assert_eq!(
        op(&big("9223372036854775808"), &int(-3), BinOp::FloorDiv),
        "-3074457345618258603"
    );
    assert_eq!(op(&m63, &int(7), BinOp::Rem), "6");
    // Big results that shrink back are small again.
    let x = ops::binary_op(&two62, &two62, BinOp::Sub).unwrap();
    assert!(x.is(&int(0)));
}

#[test]
fn floor_division_and_modulo_signs() {
    assert_eq!(op(&int(-7), &int(2), BinOp::FloorDiv), "-4");
    assert_eq!(op(&int(5), &int(-3), BinOp::FloorDiv), "-2");
    assert_eq!(op(&int(-5), &int(3), BinOp::Rem), "1");
    assert_eq!(op(&int(7), &int(-3), BinOp::Rem), "-2");
    assert_eq!(op(&int(-7), &int(-3), BinOp::Rem), "-1");
    assert_eq!(show_result(ops::divmod(&int(7), &int(-2))), "(-4, -1)");
    for o in [BinOp::FloorDiv, BinOp::Rem, BinOp::TrueDiv] {
        assert_eq!(
            op(&int(1), &int(0), o),
            "ZeroDivisionError: division by zero"
        );
    }
    assert_eq!(
        show_result(ops::divmod(&int(1), &int(0))),
        "ZeroDivisionError: division by zero"
    );
    assert_eq!(
        op(&big("100000000000000000000000"), &big("-7"), BinOp::Rem),
        "-2"
    );
}

#[test]
fn true_division() {
    assert_eq!(op(&int(1), &int(3), BinOp::TrueDiv), "0.3333333333333333");
    assert_eq!(op(&int(-1), &int(3), BinOp::TrueDiv), "-0.3333333333333333");
    assert_eq!(op(&int(0), &int(-1), BinOp::TrueDiv), "-0.0");
    assert_eq!(
        op(&big("9007199254740993"), &int(1), BinOp::TrueDiv),
        "9007199254740992.0"
    );
    assert_eq!(
        op(&big("18014398509481987"), &int(2), BinOp::TrueDiv),
        "9007199254740994.0"
    );
    assert_eq!(
        op(
            &big(&format!("1{}", "0".repeat(30))),
            &int(7),
            BinOp::TrueDiv
        ),
        "1.4285714285714285e+29"
    );
    let e400 = big(&format!("1{}", "0".repeat(400)));
    assert_eq!(
        op(&e400, &int(1), BinOp::TrueDiv),
        "OverflowError: integer division result too large for a float"
    );
    assert_eq!(op(&int(1), &e400, BinOp::TrueDiv), "0.0");
}

#[test]
fn power() {
    assert_eq!(op(&int(2), &int(-1), BinOp::Pow), "0.5");
    assert_eq!(op(&int(3), &int(-2), BinOp::Pow), "0.1111111111111111");
    assert_eq!(op(&int(0), &int(0), BinOp::Pow), "1");
    assert_eq!(
        op(&int(0), &int(-1), BinOp::Pow),
        "ZeroDivisionError: zero to a negative power"
    );
    assert_eq!(
        op(&int(2), &int(100), BinOp::Pow),
        "1267650600228229401496703205376"
    );
    assert_eq!(
        op(&int(-1), &big("100000000000000000001"), BinOp::Pow),
        "-1"
    );
    assert_eq!(
        op(&int(7), &big("100000000000000000001"), BinOp::Pow),
        "MemoryError"
    );
    let p3 = |a, b, m| show_result(ops::pow3(&int(a), &int(b), &int(m)));
    assert_eq!(p3(3, 4, 5), "1");
    assert_eq!(p3(3, -1, 7), "5");
    assert_eq!(
        p3(2, -1, 4),
        "ValueError: base is not invertible for the given modulus"
    );
    assert_eq!(p3(-3, 3, -5), "-2");
    assert_eq!(p3(2, 100, -7), "-5");
    assert_eq!(p3(2, 3, 0), "ValueError: pow() 3rd argument cannot be 0");
    assert_eq!(
        show_result(ops::pow3(&int(1), &int(2), &s("a"))),
        "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'"
    );
}

#[test]
fn shifts_and_bitwise() {
    assert_eq!(
        op(&int(1), &int(-1), BinOp::LShift),
        "ValueError: negative shift count"
    );
    assert_eq!(
        op(&int(1), &int(-1), BinOp::RShift),
        "ValueError: negative shift count"
    );
    let huge = big("18446744073709551616");
    assert_eq!(
        op(&int(1), &huge, BinOp::LShift),
        "OverflowError: too many digits in integer"
    );
    assert_eq!(op(&int(0), &huge, BinOp::LShift), "0");
    assert_eq!(op(&int(-5), &huge, BinOp::RShift), "-1");
    assert_eq!(op(&int(-5), &int(1), BinOp::RShift), "-3");
    assert_eq!(
        op(&big("-36893488147419103232"), &int(65), BinOp::RShift),
        "-1"
    );
    assert_eq!(
        op(&big("-36893488147419103233"), &int(65), BinOp::RShift),
        "-2"
    );
    assert_eq!(show(&ops::invert(&int(5)).unwrap()), "-6");
    assert_eq!(
        op(&big("-36893488147419103233"), &int(255), BinOp::And),
        "255"
    );
    assert_eq!(
        op(&big("36893488147419103232"), &int(-1), BinOp::Xor),
        "-36893488147419103233"
    );
    assert_eq!(op(&int(12), &int(10), BinOp::Or), "14");
}

#[test]
fn comparisons() {
    let t = |a: &Value, b: &Value, o| ops::richcompare_bool(a, b, o).unwrap();
    let b1 = big("100000000000000000000");
    let b2 = big("-100000000000000000000");
    assert!(t(&b2, &int(0), CompareOp::Lt));
    assert!(t(&b1, &int(0), CompareOp::Gt));
    assert!(t(&b1, &big("100000000000000000000"), CompareOp::Eq));
    assert!(t(&int(-3), &int(2), CompareOp::Lt));
    assert!(!t(&int(2), &int(2), CompareOp::Ne));
    assert_eq!(
        show_result(ops::richcompare(&s("a"), &int(1), CompareOp::Lt)),
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    assert!(!t(&int(1), &s("1"), CompareOp::Eq));
}

#[test]
fn hashes_match_cpython() {
    // python3.14 -c 'print(hash(x))'
    let cases = [
        ("-1", -2),
        ("2305843009213693951", 0),
        ("2305843009213693952", 1),
        ("-2305843009213693952", -2),
        ("1267650600228229401496703205376", 549755813888),
        ("-1267650600228229401496703205376", -549755813888),
        ("4611686018427387904", 2),
        ("-4611686018427387904", -2),
        ("9223372036854775808", 4),
    ];
    for (text, h) in cases {
        assert_eq!(ops::hash(&big(text)).unwrap(), h, "hash({text})");
    }
    assert_eq!(
        ops::hash(&taipan_vm::types::singletons::true_()).unwrap(),
        1
    );
}

#[test]
fn string_conversion_and_limits() {
    let over = format!("1{}", "0".repeat(5000));
    assert_eq!(
        show_result(int::from_str(&"1".repeat(5000), 10)),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
    );
    // Underscores do not count as digits.
    assert_eq!(
        show_result(int::from_str(&format!("{}1", "1_".repeat(4300)), 10)),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"
    );
    let v = int::from_str(&over, 16).unwrap();
    assert_eq!(
        show_result(Ok(v)),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    );
    let ok = "9".repeat(4300);
    assert_eq!(show(&int::from_str(&ok, 10).unwrap()), ok);
    assert_eq!(
        show_result(int::from_str("abc", 10)),
        "ValueError: invalid literal for int() with base 10: 'abc'"
    );
    assert_eq!(
        show_result(int::from_str("12", 1)),
        "ValueError: int() base must be >= 2 and <= 36, or 0"
    );
    assert_eq!(
        show_result(int::from_str("z", 37)),
        "ValueError: int() base must be >= 2 and <= 36, or 0"
    );
    assert_eq!(show_result(int::from_str("0x_1f", 0)), "31");
    assert_eq!(show_result(int::from_str("0_0", 0)), "0");
    assert_eq!(show_result(int::from_str("00", 0)), "0");
    assert_eq!(
        show_result(int::from_str("010", 0)),
        "ValueError: invalid literal for int() with base 0: '010'"
    );
    assert_eq!(
        show_result(int::from_str("_1", 10)),
        "ValueError: invalid literal for int() with base 10: '_1'"
    );
    assert_eq!(
        show_result(int::from_str("1__0", 10)),
        "ValueError: invalid literal for int() with base 10: '1__0'"
    );
    assert_eq!(show_result(int::from_str(" -1_000 \n", 10)), "-1000");
    assert_eq!(show_result(int::from_str("0b1", 2)), "1");
    assert_eq!(show_result(int::from_str("0b1", 16)), "177");
    assert_eq!(show_result(int::from_str("١٢", 10)), "12");
    assert_eq!(show_result(int::from_str("-ZZ", 36)), "-1295");
    assert_eq!(
        show_result(int::from_str("123456789012345678901234567890", 10)),
        "123456789012345678901234567890"
    );
}

#[test]
fn mixed_and_unsupported_operands() {
    assert_eq!(
        op(&int(1), &s("a"), BinOp::Add),
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    );
    assert_eq!(
        op(&int(1), &s("a"), BinOp::Pow),
        "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'"
    );
    assert_eq!(
        show_result(ops::divmod(&int(1), &s("a"))),
        "TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'"
    );
    assert_eq!(
        show_result(ops::neg(&s("a"))),
        "TypeError: bad operand type for unary -: 'str'"
    );
    assert_eq!(
        show_result(ops::abs(&s("a"))),
        "TypeError: bad operand type for abs(): 'str'"
    );
    let t = taipan_vm::types::singletons::true_();
    assert_eq!(op(&t, &t, BinOp::Add), "2");
    assert_eq!(
        op(&t, &taipan_vm::types::singletons::false_(), BinOp::And),
        "False"
    );
    assert_eq!(show(&ops::neg(&t).unwrap()), "-1");
    assert_eq!(op(&int(3), &s("ab"), BinOp::Mul), "'ababab'");
}
