//! Taipan's native modules: the parts of the standard library that CPython
//! writes in C (DESIGN.md §6). Each module is one folder or file here with
//! a `module()` that builds it; [`install`] registers them all with the
//! VM's import system. The pure-Python rest of the library is CPython's
//! own, found by `taipan_vm::interp::modules::stdlib_dir`.

mod atexit;
mod errno;
mod gc;
mod itertools;
mod weakref;

use taipan_vm::interp::modules::register;

/// Makes every native module importable. Call once, before running code.
pub fn install() {
    register("atexit", atexit::module);
    register("errno", errno::module);
    register("gc", gc::module);
    register("itertools", itertools::module);
    register("_weakref", weakref::module);
}
