//! Methods of int.

use super::*;

pub(super) fn m_int_bit_length(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&ops::str(&a[0])?);
    let n: u128 = t.trim_start_matches('-').parse().unwrap_or(0);
    Ok(int::from_i64(i64::from(128 - n.leading_zeros())))
}

pub(super) fn install() {
    add_methods(
        &crate::types::int::INT_TYPE,
        &[("bit_length", m_int_bit_length)],
    );
}
