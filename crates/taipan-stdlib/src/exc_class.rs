//! Exception classes that a native module defines (`struct.error`,
//! `binascii.Error`): made once, as `class name(base)` in `module`, and
//! raised from Rust with a message.

use std::sync::OnceLock;

use taipan_vm::interp::call_object;
use taipan_vm::types::exceptions::SYSTEM_ERROR;
use taipan_vm::types::object::TYPE_TYPE;
use taipan_vm::types::{dict, str as pystr, tuple};
use taipan_vm::{PyErr, PyResult, Value};

/// A lazily made exception class.
pub(crate) struct ExcClass {
    module: &'static str,
    name: &'static str,
    bases: fn() -> Vec<Value>,
    class: OnceLock<Value>,
}

impl ExcClass {
    pub(crate) const fn new(
        module: &'static str,
        name: &'static str,
        bases: fn() -> Vec<Value>,
    ) -> ExcClass {
        ExcClass {
            module,
            name,
            bases,
            class: OnceLock::new(),
        }
    }

    /// The class, made at the first call.
    pub(crate) fn get(&self) -> PyResult<Value> {
        if let Some(c) = self.class.get() {
            return Ok(c.clone());
        }
        let ns = dict::new();
        dict::set_item(&ns, pystr::intern("__module__"), pystr::new(self.module))?;
        let class = call_object(
            &TYPE_TYPE.as_value(),
            &[pystr::new(self.name), tuple::new((self.bases)()), ns],
            &[],
        )?;
        Ok(self.class.get_or_init(|| class).clone())
    }

    /// An instance of the class with `message`, as an error to raise.
    pub(crate) fn error(&self, message: &str) -> PyErr {
        let made = self
            .get()
            .and_then(|c| call_object(&c, &[pystr::new(message)], &[]));
        match made {
            Ok(exc) => PyErr::from_instance(exc)
                .unwrap_or_else(|| PyErr::new(&SYSTEM_ERROR, "bad exception class")),
            Err(e) => e,
        }
    }
}
