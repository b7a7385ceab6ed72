//! CALL_INTRINSIC_1/2, LOAD_COMMON_CONSTANT and the instructions handled
//! off the hot path.

use super::*;

pub fn common_constant(arg: u32) -> PyResult<Value> {
    Ok(match arg {
        0 => exceptions::ASSERTION_ERROR.as_value(),
        1 => exceptions::NOT_IMPLEMENTED_ERROR.as_value(),
        2 => crate::types::tuple::TUPLE_TYPE.as_value(),
        3 => dict::get_item(builtins(), &pystr::intern("all"))?.expect("all"),
        _ => dict::get_item(builtins(), &pystr::intern("any"))?.expect("any"),
    })
}

pub fn intrinsic1(arg: u32, v: Value) -> PyResult<Value> {
    match arg {
        1 => crate::interp::modules::display_value(v),
        4 => Ok(crate::interp::coroutines::wrap(v)),
        5 => ops::pos(&v),
        6 => Ok(tuple::new(collect(&v)?)),
        7..=11 => crate::interp::typevars::intrinsic1(arg, v),
        _ => Err(PyErr::new(
            &SYSTEM_ERROR,
            format!("unsupported intrinsic {arg}"),
        )),
    }
}

pub fn intrinsic2(arg: u32, a: Value, b: Value) -> PyResult<Value> {
    if arg == 1 {
        return crate::interp::exception_groups::prep_reraise_star(a, &b);
    }
    if (2..=5).contains(&arg) {
        return crate::interp::typevars::intrinsic2(arg, a, b);
    }
    Err(PyErr::new(
        &SYSTEM_ERROR,
        format!("unsupported intrinsic2 {arg}"),
    ))
}

pub fn slow_instruction(op: Opcode, _arg: u32, _stack: &mut [Value], _n: usize) -> PyResult<()> {
    Err(PyErr::new(
        &SYSTEM_ERROR,
        format!("unsupported instruction {}", op.name()),
    ))
}
