//! `float` semantics; expected values and messages are python3.14's.

mod common;

use common::*;
use taipan_vm::object::{BinOp, CompareOp};
use taipan_vm::ops;
use taipan_vm::types::float;

fn f(x: f64) -> taipan_vm::Value {
    float::new(x)
}

#[test]
fn repr_matches_cpython() {
    let cases = [
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (0.0001, "0.0001"),
        (123456789012345678.0, "1.2345678901234568e+17"),
        (-0.0, "-0.0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (1e22, "1e+22"),
        (123456789.123, "123456789.123"),
        (5e-324, "5e-324"),
        (f64::MAX, "1.7976931348623157e+308"),
        (0.1 + 0.2, "0.30000000000000004"),
        (100.0, "100.0"),
        (1e100, "1e+100"),
        (-1.5e-7, "-1.5e-07"),
        (2.5, "2.5"),
        (1234567890123456.0, "1234567890123456.0"),
        (12345678901234567.0, "1.2345678901234568e+16"),
        (0.001, "0.001"),
        (1.0 / 3.0, "0.3333333333333333"),
        (1e15, "1000000000000000.0"),
    ];
    for (x, expected) in cases {
        assert_eq!(float::repr_f64(x), expected);
    }
}

#[test]
fn division_and_modulo() {
    assert_eq!(
        op(&f(1.0), &int(0), BinOp::TrueDiv),
        "ZeroDivisionError: division by zero"
    );
    assert_eq!(
        op(&f(1.0), &int(0), BinOp::FloorDiv),
        "ZeroDivisionError: division by zero"
    );
    assert_eq!(
        op(&f(1.0), &int(0), BinOp::Rem),
        "ZeroDivisionError: division by zero"
    );
    assert_eq!(
        op(&f(7.0), &f(0.0), BinOp::FloorDiv),
        "ZeroDivisionError: division by zero"
    );
    assert_eq!(
        show_result(ops::divmod(&f(1.0), &int(0))),
        "ZeroDivisionError: division by zero"
    );
    assert_eq!(op(&f(5.0), &int(-3), BinOp::Rem), "-1.0");
    assert_eq!(op(&f(-7.5), &int(2), BinOp::FloorDiv), "-4.0");
    assert_eq!(show_result(ops::divmod(&f(-7.5), &int(2))), "(-4.0, 0.5)");
    assert_eq!(show_result(ops::divmod(&f(-7.0), &int(2))), "(-4.0, 1.0)");
    assert_eq!(op(&f(0.0), &f(-1.0), BinOp::Rem), "-0.0");
    assert_eq!(op(&f(-0.0), &f(1.0), BinOp::Rem), "0.0");
    assert_eq!(op(&f(-1e-300), &f(1.0), BinOp::Rem), "1.0");
    assert_eq!(op(&f(-0.0), &int(1), BinOp::FloorDiv), "-0.0");
    assert_eq!(op(&f(f64::NAN), &int(1), BinOp::Rem), "nan");
    assert_eq!(op(&f(1e308), &int(10), BinOp::Mul), "inf");
}

#[test]
fn power() {
    assert_eq!(
        op(&f(0.0), &int(-1), BinOp::Pow),
        "ZeroDivisionError: zero to a negative power"
    );
    assert_eq!(
        op(&f(-0.0), &int(-1), BinOp::Pow),
        "ZeroDivisionError: zero to a negative power"
    );
    assert_eq!(
        op(&f(0.0), &f(-1.5), BinOp::Pow),
        "ZeroDivisionError: zero to a negative power"
    );
    assert_eq!(
        op(&f(2.0), &int(10000), BinOp::Pow),
        "OverflowError: (34, 'Numerical result out of range')"
    );
    assert_eq!(
        op(&f(1e308), &int(2), BinOp::Pow),
        "OverflowError: (34, 'Numerical result out of range')"
    );
    if !cfg!(miri) {
        // Miri perturbs the results of libm functions on purpose.
        assert_eq!(op(&int(2), &f(0.5), BinOp::Pow), "1.4142135623730951");
    }
    assert_eq!(op(&f(0.0), &int(0), BinOp::Pow), "1.0");
    assert_eq!(op(&f(-2.0), &int(3), BinOp::Pow), "-8.0");
    assert_eq!(op(&f(f64::INFINITY), &int(-1), BinOp::Pow), "0.0");
    assert_eq!(
        show_result(ops::pow3(&f(1.0), &int(2), &int(3))),
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers"
    );
}

#[test]
fn conversions() {
    assert_eq!(
        show_result(ops::binary_op(
            &big(&format!("1{}", "0".repeat(400))),
            &f(1.0),
            BinOp::Add
        )),
        "OverflowError: int too large to convert to float"
    );
    assert_eq!(
        show_result(float::to_int(f64::INFINITY)),
        "OverflowError: cannot convert float infinity to integer"
    );
    assert_eq!(
        show_result(float::to_int(f64::NAN)),
        "ValueError: cannot convert float NaN to integer"
    );
    assert_eq!(show_result(float::to_int(-1e20)), "-100000000000000000000");
    assert_eq!(show_result(float::to_int(-2.9)), "-2");
    // The largest finite float and the first int that overflows.
    let max = big("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368");
    assert_eq!(op(&max, &f(0.0), BinOp::Add), "1.7976931348623157e+308");
}

fn t(a: &taipan_vm::Value, b: &taipan_vm::Value, o: CompareOp) -> bool {
    ops::richcompare_bool(a, b, o).unwrap()
}

#[test]
fn exact_comparison_with_ints() {
    let two53 = f(9007199254740992.0);
    let two53p1 = big("9007199254740993");
    assert!(!t(&two53p1, &two53, CompareOp::Eq));
    assert!(t(&two53p1, &two53, CompareOp::Gt));
    assert!(t(&two53, &two53p1, CompareOp::Lt));
    let e400 = big(&format!("1{}", "0".repeat(400)));
    assert!(t(&e400, &f(1e308), CompareOp::Gt));
    assert!(t(&e400, &f(f64::INFINITY), CompareOp::Lt));
    let neg = ops::neg(&e400).unwrap();
    assert!(t(&neg, &f(-1e308), CompareOp::Lt));
    assert!(t(&int(1), &f(1.0), CompareOp::Eq));
    assert!(t(&f(2.5), &int(2), CompareOp::Gt));
    assert!(t(&f(-2.5), &int(-2), CompareOp::Lt));
    assert!(t(&f(-2.5), &int(-3), CompareOp::Gt));
    let nan = f(f64::NAN);
    assert!(!t(&nan, &nan, CompareOp::Eq) || nan.is(&nan));
    assert!(!t(&nan, &f(f64::NAN), CompareOp::Eq));
    assert!(t(&nan, &int(1), CompareOp::Ne));
    assert!(!t(&nan, &int(1), CompareOp::Lt));
    // 2**62 (a heap int) against floats near it.
    let two62 = big("4611686018427387904");
    assert!(t(&two62, &f(4611686018427387904.0), CompareOp::Eq));
    assert!(t(
        &ops::binary_op(&two62, &int(1), BinOp::Add).unwrap(),
        &f(4611686018427387904.0),
        CompareOp::Gt
    ));
}

#[test]
fn hashes_match_cpython() {
    // python3.14 -c 'print(hash(x))'
    assert_eq!(ops::hash(&f(1.5)).unwrap(), 1152921504606846977);
    assert_eq!(ops::hash(&f(-1.5)).unwrap(), -1152921504606846977);
    assert_eq!(ops::hash(&f(1e300)).unwrap(), 1224995262755759164);
    assert_eq!(ops::hash(&f(0.1)).unwrap(), 230584300921369408);
    assert_eq!(ops::hash(&f(-1.0)).unwrap(), -2);
    // Equal numbers hash alike.
    assert_eq!(ops::hash(&f(7.0)).unwrap(), ops::hash(&int(7)).unwrap());
    assert_eq!(
        ops::hash(&f(4611686018427387904.0)).unwrap(),
        ops::hash(&big("4611686018427387904")).unwrap()
    );
    // NaN hashes by identity.
    let a = f(f64::NAN);
    let b = f(f64::NAN);
    assert_eq!(ops::hash(&a).unwrap(), ops::hash(&a).unwrap());
    assert_ne!(ops::hash(&a).unwrap(), ops::hash(&b).unwrap());
}

#[test]
fn free_list_reuses_allocations() {
    let a = f(1.0);
    let addr = a.header().map(|h| h as *const _ as usize);
    drop(a);
    let b = f(2.0);
    assert_eq!(b.header().map(|h| h as *const _ as usize), addr);
    assert_eq!(show(&b), "2.0");
    assert_eq!(b.refcount(), 1);
}
