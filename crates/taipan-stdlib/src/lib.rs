//! Taipan's native modules: the parts of the standard library that CPython
//! writes in C (DESIGN.md §6). Each module is one folder or file here with
//! a `module()` that builds it; [`install`] registers them all with the
//! VM's import system. The pure-Python rest of the library is CPython's
//! own, found by `taipan_vm::interp::modules::stdlib_dir`.

mod contextvars;
mod errno;
mod string;
mod thread;
mod warnings;

use taipan_vm::interp::modules::register;

/// Makes every native module importable. Call once, before running code.
pub fn install() {
    register("errno", errno::module);
    register("_contextvars", contextvars::module);
    register("_string", string::module);
    register("_thread", thread::module);
    register("_warnings", warnings::module);
}
