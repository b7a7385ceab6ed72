//! Taipan's native modules: the parts of the standard library that CPython
//! writes in C (DESIGN.md §6). Each module is one folder or file here with
//! a `module()` that builds it; [`install`] registers them all with the
//! VM's import system. The pure-Python rest of the library is CPython's
//! own, found by `taipan_vm::interp::modules::stdlib_dir`.

mod args;
mod array;
mod ast;
mod atexit;
mod binascii;
mod bisect;
mod buffers;
mod cmath;
mod codecs;
mod collections;
mod contextvars;
mod errno;
mod exc_class;
mod functools;
mod gc;
mod heapq;
mod imp;
mod itertools;
mod marshal;
mod monitoring;
mod opcode;
mod operator;
mod posix;
mod pystruct;
mod random;
mod resource;
mod sha2;
mod signal;
mod sre;
mod string;
mod thread;
mod time;
mod tokenize;
mod typing;
mod warnings;
mod weakref;

use taipan_vm::interp::modules::register;

/// Makes every native module importable. Call once, before running code.
pub fn install() {
    ast::install();
    register("_ast", ast::module);
    register("array", array::module);
    register("atexit", atexit::module);
    register("binascii", binascii::module);
    register("_bisect", bisect::module);
    register("cmath", cmath::module);
    register("_codecs", codecs::module);
    register("_collections", collections::module);
    register("_functools", functools::module);
    register("_heapq", heapq::module);
    register("_imp", imp::module);
    register("_opcode", opcode::module);
    register("_operator", operator::module);
    register("posix", posix::module);
    register("_random", random::module);
    register("resource", resource::module);
    register("errno", errno::module);
    register("_contextvars", contextvars::module);
    register("gc", gc::module);
    register("itertools", itertools::module);
    register("marshal", marshal::module);
    register("_sha2", sha2::module);
    register("_signal", signal::module);
    register("_sre", sre::module);
    register("_string", string::module);
    register("_struct", pystruct::module);
    register("_thread", thread::module);
    register("time", time::module);
    register("_tokenize", tokenize::module);
    register("_typing", typing::module);
    register("_warnings", warnings::module);
    register("_weakref", weakref::module);
    // After the registrations: making `sys` reads the built-in module
    // names. Only allocation happens here: it cannot fail in practice.
    let _ = monitoring::install();
}
