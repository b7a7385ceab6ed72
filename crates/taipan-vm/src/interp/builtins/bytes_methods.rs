//! Methods of bytes.

use super::*;

pub(super) fn m_bytes_decode(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let b = crate::types::bytes::as_bytes(&a[0]).unwrap_or(&[]);
    match std::str::from_utf8(b) {
        Ok(t) => Ok(pystr::new(t)),
        Err(e) => Err(PyErr::new(
            &exceptions::UNICODE_DECODE_ERROR,
            format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                b[e.valid_up_to()],
                e.valid_up_to()
            ),
        )),
    }
}

pub(super) fn install() {
    add_methods(
        &crate::types::bytes::BYTES_TYPE,
        &[("decode", m_bytes_decode)],
    );
}
