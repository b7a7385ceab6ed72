//! Native modules supplied from outside this crate (the `taipan-stdlib`
//! crate registers its modules here before the first import).

use std::sync::RwLock;

use crate::error::PyResult;
use crate::object::Value;

/// Builds a native module's object; called once, at its first import.
pub type ModuleInit = fn() -> PyResult<Value>;

static REGISTERED: RwLock<Vec<(&'static str, ModuleInit)>> = RwLock::new(Vec::new());

/// Makes `name` importable as a built-in module built by `init`. A later
/// registration of the same name replaces the earlier one.
pub fn register(name: &'static str, init: ModuleInit) {
    let mut table = REGISTERED.write().unwrap_or_else(|e| e.into_inner());
    table.retain(|(n, _)| *n != name);
    table.push((name, init));
}

/// The initializer registered for `name`, if any.
pub(super) fn lookup(name: &str) -> Option<ModuleInit> {
    let table = REGISTERED.read().unwrap_or_else(|e| e.into_inner());
    table.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// The names of all registered modules, in registration order.
pub(super) fn names() -> Vec<&'static str> {
    let table = REGISTERED.read().unwrap_or_else(|e| e.into_inner());
    table.iter().map(|(n, _)| *n).collect()
}
