//! Type objects, singletons and exceptions.

mod common;

use common::*;
use taipan_vm::object::TypeObject;
use taipan_vm::types::exceptions::{self, KEY_ERROR, TYPE_ERROR};
use taipan_vm::types::singletons::BOOL_TYPE;
use taipan_vm::types::{float, int, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr};

fn attr(v: &taipan_vm::Value, name: &str) -> String {
    show_result(ops::getattr(v, &pystr::intern(name)))
}

#[test]
fn type_objects() {
    let int_t = int::INT_TYPE.as_value();
    assert_eq!(show(&int_t), "<class 'int'>");
    assert_eq!(attr(&int_t, "__name__"), "'int'");
    assert_eq!(attr(&int_t, "__mro__"), "(<class 'int'>, <class 'object'>)");
    let bool_t = BOOL_TYPE.as_value();
    assert_eq!(
        attr(&bool_t, "__mro__"),
        "(<class 'bool'>, <class 'int'>, <class 'object'>)"
    );
    assert_eq!(attr(&bool_t, "__base__"), "<class 'int'>");
    assert_eq!(
        attr(&tuple::TUPLE_TYPE.as_value(), "__bases__"),
        "(<class 'object'>,)"
    );
    assert_eq!(
        attr(&int_t, "x"),
        "AttributeError: type object 'int' has no attribute 'x'"
    );
    assert_eq!(show(&int(5).type_of().as_value()), "<class 'int'>");
    assert!(std::ptr::eq(singletons::true_().type_of(), &BOOL_TYPE));
    let err = ops::setattr(&int_t, &pystr::intern("x"), Some(&int(1))).unwrap_err();
    assert_eq!(
        format!("{err}"),
        "TypeError: cannot set 'x' attribute of immutable type 'int'"
    );
    let err = ops::setattr(&int_t, &pystr::intern("x"), None).unwrap_err();
    assert_eq!(
        format!("{err}"),
        "TypeError: cannot set 'x' attribute of immutable type 'int'"
    );
    assert_eq!(
        attr(&tuple::new(vec![int(1)]), "x"),
        "AttributeError: 'tuple' object has no attribute 'x'"
    );
    assert_eq!(
        show_result(ops::len(&int(5)).map(|n| int(n as i64))),
        "TypeError: object of type 'int' has no len()"
    );
    assert_eq!(
        show_result(ops::iter(&int(5))),
        "TypeError: 'int' object is not iterable"
    );
    assert_eq!(
        show_result(ops::getitem(&int(5), &int(0))),
        "TypeError: 'int' object is not subscriptable"
    );
    assert_eq!(
        show_result(ops::next(&int(5)).map(|x| x.unwrap_or_else(singletons::none))),
        "TypeError: 'int' object is not an iterator"
    );
    assert_eq!(
        show_result(ops::contains(&int(5), &int(1)).map(singletons::bool)),
        "TypeError: argument of type 'int' is not a container or iterable"
    );
    assert_eq!(
        show_result(ops::setitem(&tuple::empty(), &int(0), Some(&int(1))).map(|_| int(0))),
        "TypeError: 'tuple' object does not support item assignment"
    );
}

#[test]
fn version_tags() {
    let t: &TypeObject = &float::FLOAT_TYPE;
    let v1 = t.version_tag();
    assert_ne!(v1, 0);
    assert_eq!(t.version_tag(), v1);
    t.modified();
    let v2 = t.version_tag();
    assert_ne!(v2, 0);
    assert_ne!(v2, v1);
}

#[test]
fn singletons_and_reprs() {
    assert_eq!(show(&singletons::none()), "None");
    assert_eq!(show(&singletons::not_implemented()), "NotImplemented");
    assert_eq!(show(&singletons::ellipsis()), "Ellipsis");
    assert_eq!(show(&singletons::true_()), "True");
    // python3.14: hash(None) is constant.
    assert_eq!(ops::hash(&singletons::none()).unwrap(), 4238894112);
    assert!(!ops::truthy(&singletons::none()).unwrap());
    assert!(!ops::truthy(&s("")).unwrap());
    assert!(ops::truthy(&float::new(0.5)).unwrap());
    assert!(!ops::truthy(&tuple::empty()).unwrap());
    let obj = tuple::TUPLE_ITERATOR_TYPE.as_value();
    assert_eq!(show(&obj), "<class 'tuple_iterator'>");
}

#[test]
fn exceptions() {
    let mro = attr(&exceptions::KEY_ERROR.as_value(), "__mro__");
    assert_eq!(
        mro,
        "(<class 'KeyError'>, <class 'LookupError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)"
    );
    let e = PyErr::new(&TYPE_ERROR, "bad");
    assert!(e.matches(&exceptions::EXCEPTION));
    assert!(e.matches(&exceptions::BASE_EXCEPTION));
    assert!(!e.matches(&exceptions::VALUE_ERROR));
    assert_eq!(e.message(), "bad");
    assert_eq!(show(e.instance()), "TypeError('bad')");
    let k = PyErr::with_args(&KEY_ERROR, vec![s("b")]);
    assert_eq!(format!("{k}"), "KeyError: 'b'");
    let two = PyErr::with_args(&exceptions::OVERFLOW_ERROR, vec![int(34), s("x")]);
    assert_eq!(two.message(), "(34, 'x')");
    assert_eq!(show(two.instance()), "OverflowError(34, 'x')");
    let none = PyErr::with_args(&exceptions::MEMORY_ERROR, vec![]);
    assert_eq!(format!("{none}"), "MemoryError");
    assert_eq!(show(none.instance()), "MemoryError()");
    assert_eq!(show(&none.args()), "()");
    for ty in exceptions::ALL {
        assert!(ty.is_subtype_of(&exceptions::BASE_EXCEPTION));
    }
    assert!(exceptions::STOP_ASYNC_ITERATION.is_subtype_of(&exceptions::EXCEPTION));
    assert!(exceptions::MODULE_NOT_FOUND_ERROR.is_subtype_of(&exceptions::IMPORT_ERROR));
}
