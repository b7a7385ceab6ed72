//! The `_opcode` module: what `opcode.py` and `dis` ask about the
//! instruction set, answered from `taipan-bytecode`'s tables (whose numbers
//! and classifications are CPython 3.14's).

use taipan_bytecode::oparg::{BinaryOperator, Intrinsic1, Intrinsic2, SpecialMethod};
use taipan_bytecode::{dis_stack_effect, AnyOpcode, ArgKind};
use taipan_vm::interp::builtins::{bind_params, Params};
use taipan_vm::interp::objects::{native_any_arity, new_module, NativeFn};
use taipan_vm::interp::type_error;
use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::{dict, int, list, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::{index_clamped, no_keywords, positional};

/// The one int argument of a `has_*`/`is_valid` query, as an opcode.
fn opcode_arg(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Option<AnyOpcode>> {
    let p = bind_params(
        &Params {
            name,
            names: &["opcode"],
            positional: 1,
            required: 1,
        },
        args,
        kwnames,
    )?;
    let n = index_clamped(p[0].as_ref().unwrap_or(&int::from_i64(-1)))?;
    Ok(u16::try_from(n).ok().and_then(AnyOpcode::from_u16))
}

macro_rules! query {
    ($f:ident, $name:literal, $test:expr) => {
        fn $f(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            let test: fn(ArgKind) -> bool = $test;
            let op = opcode_arg($name, args, kwnames)?;
            Ok(singletons::bool(op.is_some_and(|op| test(op.arg_kind()))))
        }
    };
}
query!(is_valid, "is_valid", |_| true);
query!(has_arg, "has_arg", |k| k.has_arg());
query!(has_const, "has_const", |k| k.has_const());
query!(has_name, "has_name", |k| k.has_name());
query!(has_jump, "has_jump", |k| k.has_jrel());
query!(has_free, "has_free", |k| k.has_free());
query!(has_local, "has_local", |k| k.has_local());
query!(has_exc, "has_exc", |k| k.has_exc());

/// `stack_effect(opcode, oparg=None, /, *, jump=None)`.
fn stack_effect(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if positional(args, kwnames).is_empty() {
        return Err(type_error(
            "stack_effect() takes at least 1 positional argument (0 given)",
        ));
    }
    let p = bind_params(
        &Params {
            name: "stack_effect",
            names: &["opcode", "oparg", "jump"],
            positional: 2,
            required: 1,
        },
        args,
        kwnames,
    )?;
    let given = |i: usize| p[i].as_ref().filter(|v| !singletons::is_none(v));
    let opcode = index_clamped(given(0).unwrap_or(&int::from_i64(-1)))?;
    let oparg = given(1)
        .map(index_clamped)
        .transpose()?
        .map(|n| i32::try_from(n).unwrap_or(i32::MAX));
    let jump = given(2).map(ops::truthy).transpose()?;
    u16::try_from(opcode)
        .ok()
        .and_then(|op| dis_stack_effect(op, oparg, jump))
        .map(|n| int::from_i64(i64::from(n)))
        .ok_or_else(|| PyErr::new(&VALUE_ERROR, "invalid opcode or oparg"))
}

fn names(list_of: &[&'static str]) -> Value {
    list::new(list_of.iter().map(|n| pystr::new(n)).collect())
}

fn get_intrinsic1_descs(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("get_intrinsic1_descs", kwnames)?;
    let _ = args;
    let all: Vec<&str> = Intrinsic1::ALL.iter().map(|i| i.name()).collect();
    Ok(names(&all))
}

fn get_intrinsic2_descs(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("get_intrinsic2_descs", kwnames)?;
    let _ = args;
    let all: Vec<&str> = Intrinsic2::ALL.iter().map(|i| i.name()).collect();
    Ok(names(&all))
}

fn get_special_method_names(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("get_special_method_names", kwnames)?;
    let _ = args;
    let all: Vec<&str> = SpecialMethod::ALL.iter().map(|m| m.text()).collect();
    Ok(names(&all))
}

/// `get_nb_ops()`: `(NB_NAME, symbol)` for every `BINARY_OP` oparg.
fn get_nb_ops(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("get_nb_ops", kwnames)?;
    let _ = args;
    Ok(list::new(
        BinaryOperator::ALL
            .iter()
            .map(|op| tuple::new(vec![pystr::new(op.name()), pystr::new(op.text())]))
            .collect(),
    ))
}

/// `get_specialization_stats()`: None, as in a CPython built without
/// statistics.
fn get_specialization_stats(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("get_specialization_stats", kwnames)?;
    let _ = args;
    Ok(singletons::none())
}

/// `get_executor(code, offset)`: there are no tier-2 executors.
fn get_executor(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("get_executor", kwnames)?;
    let _ = args;
    Err(PyErr::new(&VALUE_ERROR, "no executor at given byte offset"))
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let functions: [(&'static str, NativeFn); 15] = [
        ("is_valid", is_valid),
        ("has_arg", has_arg),
        ("has_const", has_const),
        ("has_name", has_name),
        ("has_jump", has_jump),
        ("has_free", has_free),
        ("has_local", has_local),
        ("has_exc", has_exc),
        ("stack_effect", stack_effect),
        ("get_intrinsic1_descs", get_intrinsic1_descs),
        ("get_intrinsic2_descs", get_intrinsic2_descs),
        ("get_special_method_names", get_special_method_names),
        ("get_nb_ops", get_nb_ops),
        ("get_specialization_stats", get_specialization_stats),
        ("get_executor", get_executor),
    ];
    for (name, f) in functions {
        dict::set_item(&d, pystr::intern(name), native_any_arity(name, f))?;
    }
    // Specialization is on in Taipan's interpreter, as in CPython's.
    dict::set_item(&d, pystr::intern("ENABLE_SPECIALIZATION"), int::from_i64(1))?;
    dict::set_item(
        &d,
        pystr::intern("ENABLE_SPECIALIZATION_FT"),
        int::from_i64(1),
    )?;
    new_module("_opcode", d)
}
