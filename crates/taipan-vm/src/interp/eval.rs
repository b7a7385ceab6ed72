//! The dispatch loop.
//!
//! Instructions are fetched from the code object's atomic code units;
//! after the fetch the inline caches are skipped (`CACHES[op]`), so jump
//! offsets are relative to the next instruction as in CPython. The caches
//! stay in place for the specializer (PEP 659): the adaptive counter is the
//! first cache entry, and `LOAD_GLOBAL`'s entries are laid out for a
//! (dict keys version, index) guard.
//!
//! Errors leave the loop with `Err`; [`Vm::run`] looks the failing
//! instruction up in the exception table and either resumes at the handler
//! (stack truncated to the handler depth, `lasti` and the exception pushed)
//! or pops the frame and continues unwinding in the caller. Each frame the
//! exception passes adds a traceback entry, except on `RERAISE`.

use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::Arc;

use taipan_bytecode::exception_table::find_handler;
use taipan_bytecode::Opcode;

use super::objects::{self, is_null, null, CellObject, Code, FunctionObject};
use super::{attrs, builtins, classes, coroutines, fast_paths, generators, specialize, Vm};
use crate::error::{PyErr, PyResult};
use crate::object::{BinOp, CompareOp, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{
    ExceptionObject, BASE_EXCEPTION, NAME_ERROR, SYSTEM_ERROR, TYPE_ERROR, UNBOUND_LOCAL_ERROR,
};
use crate::types::{dict, int, list, set, singletons, str as pystr, tuple};

/// Opcode by code-unit byte (bytes that name no opcode map to `CACHE`,
/// which never runs: the cache skip steps over real cache entries), and
/// the number of inline cache entries after each instruction.
const fn build_tables() -> ([Opcode; 256], [u8; 256]) {
    let mut ops = [Opcode::CACHE; 256];
    let mut caches = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(op) = Opcode::from_u8(i as u8) {
            ops[i] = op;
            caches[i] = op.cache_entries() as u8;
        }
        i += 1;
    }
    (ops, caches)
}
static TABLES: ([Opcode; 256], [u8; 256]) = build_tables();

/// A code unit's opcode byte and argument.
#[inline(always)]
fn unit_at(unit: &AtomicU16) -> (u8, u32) {
    let w = unit.load(Ordering::Relaxed);
    ((w & 0xff) as u8, u32::from(w >> 8))
}

/// How `run` left the entry frame.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

fn binop_of(arg: u32) -> Option<(BinOp, bool)> {
    let a = arg as usize;
    if a < 13 {
        Some((BinOp::ALL[a], false))
    } else if a < 26 {
        Some((BinOp::ALL[a - 13], true))
    } else {
        None
    }
}

fn cmp_of(arg: u32) -> CompareOp {
    match arg >> 5 {
        0 => CompareOp::Lt,
        1 => CompareOp::Le,
        2 => CompareOp::Eq,
        3 => CompareOp::Ne,
        4 => CompareOp::Gt,
        _ => CompareOp::Ge,
    }
}

const BOOL_INVERT_WARNING: &str = "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.";

fn system_error(msg: String) -> PyErr {
    PyErr::new(&SYSTEM_ERROR, msg)
}

pub fn unbound_local(code: &Code, i: usize) -> PyErr {
    PyErr::new(
        &UNBOUND_LOCAL_ERROR,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            pystr::to_string_lossy(&code.localsplusnames[i])
        ),
    )
}

/// `name` from the globals, else the builtins; NameError when neither has it.
fn global_or_builtin(globals: &Value, builtins: &Value, name: &Value) -> PyResult<Value> {
    match dict::get_item(globals, name)? {
        Some(v) => Ok(v),
        None => dict::get_item(builtins, name)?.ok_or_else(|| name_error(name)),
    }
}

fn name_error(name: &Value) -> PyErr {
    let e = PyErr::new(
        &NAME_ERROR,
        format!("name '{}' is not defined", pystr::to_string_lossy(name)),
    );
    attrs::set_exc_attr(&e, "name", name.clone());
    e
}

impl Vm {
    /// Runs until the entry frame returns.
    pub fn run(&mut self) -> PyResult<Value> {
        match self.run_exit(None)? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Runs until the entry frame returns or yields; with `pending`, first
    /// raises that exception in the top frame.
    pub fn run_exit(&mut self, mut pending: Option<(PyErr, bool)>) -> PyResult<Exit> {
        loop {
            let (exc, reraise) = match pending.take() {
                Some(p) => p,
                None => match self.dispatch() {
                    Ok(exit) => return Ok(exit),
                    Err(e) => e,
                },
            };
            if !reraise {
                attrs::set_context(&exc);
            }
            let mut add_tb = !reraise;
            loop {
                let frame = self.frames.last().expect("a frame");
                if add_tb {
                    traceback_here(&exc, frame.code_arc(), frame.lasti());
                }
                add_tb = true;
                if let Some(h) = find_handler(&frame.code().exceptiontable, frame.lasti() as u32) {
                    let depth = frame.base() + frame.code().nlocalsplus + h.depth as usize;
                    let lasti = frame.lasti();
                    self.stack.truncate(depth);
                    if h.lasti {
                        self.stack.push(int::from_i64(lasti as i64));
                    }
                    self.stack.push(exc.into_instance());
                    self.frames
                        .last_mut()
                        .expect("a frame")
                        .set_ip(h.target as usize);
                    break;
                }
                let f = self.frames.pop().expect("a frame");
                self.stack.truncate(f.call_base());
                super::leave_frame();
                if f.entry {
                    return Err(exc);
                }
                if let Some(gen) = f.gen {
                    generators::finish_inline(self, gen);
                }
            }
        }
    }

    fn dispatch(&mut self) -> Result<Exit, (PyErr, bool)> {
        // The running code, borrowed from the top frame's `Arc` rather
        // than cloned: a call, return or generator switch then costs no
        // atomic reference-count updates.
        let mut code_ptr: *const Code = self.frames.last().expect("frame").code();
        // The running code's units, cached so that a fetch is one load.
        let mut units: *const AtomicU16 = self.frames.last().expect("frame").code().units.as_ptr();
        let mut ip = self.frames.last().expect("frame").ip();
        let mut base = self.frames.last().expect("frame").base();
        macro_rules! frame {
            () => {
                self.frames.last_mut().expect("frame")
            };
        }
        macro_rules! reload {
            () => {{
                let f = self.frames.last().expect("frame");
                code_ptr = f.code();
                units = f.code().units.as_ptr();
                ip = f.ip();
                base = f.base();
            }};
        }
        macro_rules! pop {
            () => {
                self.stack.pop().expect("stack underflow")
            };
        }
        macro_rules! top {
            () => {
                self.stack.last().expect("stack underflow")
            };
        }
        macro_rules! push {
            ($v:expr) => {
                self.stack.push($v)
            };
        }
        'next: loop {
            // SAFETY: `code_ptr` points into the `Arc<Code>` of the top
            // frame, which stays on `self.frames` until an instruction pops
            // it; every pop is followed by `reload!` (or leaves the loop)
            // before the next iteration, and no arm uses `code` after it.
            let code: &Code = unsafe { &*code_ptr };
            let this = ip;
            // SAFETY: `ip` was reached by running the code from its start
            // or from a handler, and every code object passed
            // `bytecode_check::stays_in_bounds`: it is inside `units`.
            let (mut op, mut arg) = unit_at(unsafe { &*units.add(ip) });
            ip += 1;
            // Entered again only by EXTENDED_ARG, with the next unit's
            // opcode and the widened argument.
            'decoded: loop {
                ip += TABLES.1[op as usize] as usize;
                macro_rules! t {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => {
                                let f = frame!();
                                f.set_position(this, ip);
                                return Err((e, false));
                            }
                        }
                    };
                }
                macro_rules! jump_to {
                    ($target:expr) => {{
                        ip = $target;
                    }};
                }
                let opcode = TABLES.0[op as usize];
                match opcode {
                    Opcode::NOP | Opcode::NOT_TAKEN | Opcode::RESUME => {}
                    Opcode::EXTENDED_ARG => {
                        // SAFETY: an EXTENDED_ARG is followed by its instruction.
                        let (op2, arg2) = unit_at(unsafe { &*units.add(ip) });
                        ip += 1;
                        op = op2;
                        arg = (arg << 8) | arg2;
                        continue 'decoded;
                    }
                    Opcode::LOAD_FAST | Opcode::LOAD_FAST_BORROW | Opcode::LOAD_FAST_CHECK => {
                        let v = &self.stack[base + arg as usize];
                        if is_null(v) {
                            t!(Err(unbound_local(code, arg as usize)))
                        }
                        let v = v.clone();
                        push!(v);
                    }
                    Opcode::LOAD_FAST_LOAD_FAST | Opcode::LOAD_FAST_BORROW_LOAD_FAST_BORROW => {
                        for i in [arg >> 4, arg & 15] {
                            let v = &self.stack[base + i as usize];
                            if is_null(v) {
                                t!(Err(unbound_local(code, i as usize)))
                            }
                            let v = v.clone();
                            push!(v);
                        }
                    }
                    Opcode::LOAD_FAST_AND_CLEAR => {
                        let v = std::mem::replace(&mut self.stack[base + arg as usize], null());
                        push!(v);
                    }
                    Opcode::STORE_FAST => {
                        let v = pop!();
                        self.stack[base + arg as usize] = v;
                    }
                    Opcode::STORE_FAST_LOAD_FAST => {
                        let v = pop!();
                        self.stack[base + (arg >> 4) as usize] = v;
                        let v = self.stack[base + (arg & 15) as usize].clone();
                        if is_null(&v) {
                            t!(Err(unbound_local(code, (arg & 15) as usize)))
                        }
                        push!(v);
                    }
                    Opcode::STORE_FAST_STORE_FAST => {
                        let a = pop!();
                        self.stack[base + (arg >> 4) as usize] = a;
                        let b = pop!();
                        self.stack[base + (arg & 15) as usize] = b;
                    }
                    Opcode::DELETE_FAST => {
                        let slot = &mut self.stack[base + arg as usize];
                        if is_null(slot) {
                            t!(Err(unbound_local(code, arg as usize)))
                        }
                        *slot = null();
                    }
                    Opcode::LOAD_CONST => push!(code.consts[arg as usize].clone()),
                    Opcode::LOAD_SMALL_INT => push!(int::from_i64(i64::from(arg))),
                    Opcode::LOAD_COMMON_CONSTANT => {
                        let v = t!(builtins::common_constant(arg));
                        push!(v);
                    }
                    Opcode::POP_TOP | Opcode::POP_ITER | Opcode::END_FOR => drop(pop!()),
                    Opcode::PUSH_NULL => push!(null()),
                    Opcode::END_SEND => {
                        let v = pop!();
                        drop(pop!());
                        push!(v);
                    }
                    Opcode::COPY => {
                        let v = self.stack[self.stack.len() - arg as usize].clone();
                        push!(v);
                    }
                    Opcode::SWAP => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - arg as usize);
                    }
                    Opcode::UNARY_NEGATIVE => {
                        let v = pop!();
                        push!(t!(ops::neg(&v)));
                    }
                    Opcode::UNARY_INVERT => {
                        let v = pop!();
                        if v.is_exact(&singletons::BOOL_TYPE) {
                            t!(super::warnings::warn_at(
                                &crate::types::exceptions::DEPRECATION_WARNING,
                                BOOL_INVERT_WARNING,
                                code,
                                this,
                                frame!().globals(),
                            ));
                        }
                        push!(t!(ops::invert(&v)));
                    }
                    Opcode::UNARY_NOT => {
                        let v = pop!();
                        push!(singletons::bool(!t!(ops::truthy(&v))));
                    }
                    Opcode::TO_BOOL => {
                        let v = pop!();
                        push!(singletons::bool(t!(ops::truthy(&v))));
                    }
                    Opcode::BINARY_OP => {
                        // Small ints: the result takes the left operand's
                        // slot (neither operand holds a reference).
                        if let [.., a, b] = &mut self.stack[..] {
                            if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                                if let Some(r) = fast_paths::small_int_binary(arg, x, y) {
                                    *a = r;
                                    drop(pop!());
                                    continue 'next;
                                }
                            }
                        }
                        let b = pop!();
                        let a = pop!();
                        if let Some(r) = fast_paths::float_binary(arg, &a, &b) {
                            push!(r);
                            continue 'next;
                        }
                        if let Some(r) = fast_paths::str_concat(arg, &a, &b) {
                            push!(t!(r));
                            continue 'next;
                        }
                        if arg == 6 && a.is_exact(&crate::types::str::STR_TYPE) {
                            let r = builtins::percent_format(&pystr::to_string_lossy(&a), &b);
                            push!(t!(r));
                            continue 'next;
                        }
                        if arg == 26 {
                            if let Some(r) = fast_paths::dict_subscr(&a, &b) {
                                push!(t!(r));
                                continue 'next;
                            }
                        }
                        let r = match binop_of(arg) {
                            Some((op, false)) => ops::binary_op(&a, &b, op),
                            Some((op, true)) => ops::inplace_op(&a, &b, op),
                            None => attrs::getitem(&a, &b),
                        };
                        push!(t!(r));
                    }
                    Opcode::BINARY_SLICE => {
                        let stop = pop!();
                        let start = pop!();
                        let container = pop!();
                        let s = objects::new_slice(start, stop, singletons::none());
                        push!(t!(attrs::getitem(&container, &s)));
                    }
                    Opcode::STORE_SLICE => {
                        let stop = pop!();
                        let start = pop!();
                        let container = pop!();
                        let v = pop!();
                        let s = objects::new_slice(start, stop, singletons::none());
                        t!(attrs::setitem(&container, &s, Some(&v)));
                    }
                    Opcode::STORE_SUBSCR => {
                        let key = pop!();
                        let container = pop!();
                        let v = pop!();
                        match fast_paths::store_subscr(&container, key, v) {
                            Ok(r) => t!(r),
                            Err((key, v)) => t!(attrs::setitem(&container, &key, Some(&v))),
                        }
                    }
                    Opcode::DELETE_SUBSCR => {
                        let key = pop!();
                        let container = pop!();
                        t!(attrs::setitem(&container, &key, None));
                    }
                    Opcode::COMPARE_OP => {
                        let cmp = cmp_of(arg);
                        // Small ints: the result takes the left operand's
                        // slot, as in BINARY_OP.
                        if let [.., a, b] = &mut self.stack[..] {
                            if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                                *a = singletons::bool(cmp.test(x.cmp(&y)));
                                drop(pop!());
                                continue 'next;
                            }
                        }
                        let b = pop!();
                        let a = pop!();
                        let r = t!(ops::richcompare(&a, &b, cmp));
                        if arg & 16 != 0 {
                            push!(singletons::bool(t!(ops::truthy(&r))));
                        } else {
                            push!(r);
                        }
                    }
                    Opcode::IS_OP => {
                        let b = pop!();
                        let a = pop!();
                        push!(singletons::bool(a.is(&b) != (arg == 1)));
                    }
                    Opcode::CONTAINS_OP => {
                        let b = pop!();
                        let a = pop!();
                        let r = t!(attrs::contains(&b, &a));
                        push!(singletons::bool(r != (arg == 1)));
                    }
                    Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                        let v = pop!();
                        let b = if v.raw() == singletons::true_().raw() {
                            true
                        } else if v.raw() == singletons::false_().raw() {
                            false
                        } else {
                            t!(ops::truthy(&v))
                        };
                        if b == (opcode == Opcode::POP_JUMP_IF_TRUE) {
                            jump_to!(ip + arg as usize);
                        }
                    }
                    Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                        let v = pop!();
                        if singletons::is_none(&v) == (opcode == Opcode::POP_JUMP_IF_NONE) {
                            jump_to!(ip + arg as usize);
                        }
                    }
                    Opcode::JUMP_FORWARD => jump_to!(ip + arg as usize),
                    Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT => {
                        jump_to!(ip - arg as usize)
                    }
                    Opcode::GET_ITER => {
                        let v = pop!();
                        push!(t!(attrs::iter(&v)));
                    }
                    Opcode::FOR_ITER => {
                        // The generator stays on this frame's stack while its
                        // frame runs, so the frame needs no reference to it.
                        if let Some(gen) = generators::plain_generator(top!()) {
                            let f = frame!();
                            f.set_position(this, ip);
                            if t!(generators::enter_inline(self, gen)) {
                                reload!();
                                continue 'next;
                            }
                        }
                        let r = match builtins::range_iter_next_fast(top!()) {
                            Some(r) => r,
                            None => t!(attrs::next(top!())),
                        };
                        match r {
                            Some(v) => push!(v),
                            None => jump_to!(ip + arg as usize + 1),
                        }
                    }
                    Opcode::LOAD_GLOBAL
                    | Opcode::LOAD_GLOBAL_MODULE
                    | Opcode::LOAD_GLOBAL_BUILTIN => {
                        let name = &code.names[(arg >> 1) as usize];
                        let f = self.frames.last().expect("frame");
                        let inst = ip - 1 - TABLES.1[op as usize] as usize;
                        if opcode != Opcode::LOAD_GLOBAL {
                            if let Some(v) = specialize::load_global(
                                code,
                                inst,
                                opcode,
                                f.globals(),
                                f.builtins(),
                                name,
                            ) {
                                push!(v);
                                if arg & 1 != 0 {
                                    push!(null());
                                }
                                continue 'next;
                            }
                            specialize::deopt(code, inst, Opcode::LOAD_GLOBAL);
                        } else if specialize::tick(code, inst + 1) {
                            specialize::specialize_load_global(
                                code,
                                inst,
                                f.globals(),
                                f.builtins(),
                                name,
                            );
                        }
                        let v = t!(global_or_builtin(f.globals(), f.builtins(), name));
                        push!(v);
                        if arg & 1 != 0 {
                            push!(null());
                        }
                    }
                    Opcode::STORE_GLOBAL => {
                        let v = pop!();
                        let g = frame!().globals().clone();
                        t!(dict::set_item(&g, code.names[arg as usize].clone(), v));
                    }
                    Opcode::DELETE_GLOBAL => {
                        let g = frame!().globals().clone();
                        let name = &code.names[arg as usize];
                        // Globals are a dict, subclass or not (CPython's dict API).
                        if t!(dict::get_item(&g, name)).is_none() {
                            t!(Err(name_error(name)))
                        }
                        t!(dict::del_item(&g, name));
                    }
                    Opcode::LOAD_NAME => {
                        let name = &code.names[arg as usize];
                        let f = self.frames.last().expect("frame");
                        let v = match t!(attrs::mapping_get(&f.locals, name)) {
                            Some(v) => v,
                            None => t!(global_or_builtin(f.globals(), f.builtins(), name)),
                        };
                        push!(v);
                    }
                    Opcode::LOAD_FROM_DICT_OR_GLOBALS => {
                        let m = pop!();
                        let name = &code.names[arg as usize];
                        let f = self.frames.last().expect("frame");
                        let v = match t!(attrs::mapping_get(&m, name)) {
                            Some(v) => v,
                            None => t!(global_or_builtin(f.globals(), f.builtins(), name)),
                        };
                        push!(v);
                    }
                    Opcode::STORE_NAME => {
                        let v = pop!();
                        let l = frame!().locals.clone();
                        t!(attrs::mapping_set(&l, code.names[arg as usize].clone(), v));
                    }
                    Opcode::DELETE_NAME => {
                        let l = frame!().locals.clone();
                        let name = &code.names[arg as usize];
                        if t!(attrs::mapping_del(&l, name)).is_none() {
                            t!(Err(name_error(name)))
                        }
                    }
                    Opcode::LOAD_LOCALS => {
                        let l = frame!().locals.clone();
                        push!(l);
                    }
                    Opcode::MAKE_CELL => {
                        let slot = &mut self.stack[base + arg as usize];
                        let v = std::mem::replace(slot, null());
                        *slot = objects::new_cell(v);
                    }
                    Opcode::COPY_FREE_VARS => {
                        let f = self.frames.last().expect("frame");
                        let func = f.func.downcast::<FunctionObject>().expect("function");
                        let closure = func.get(&func.closure);
                        let cells = tuple::items(&closure);
                        let start = code.nlocalsplus - arg as usize;
                        for (i, c) in cells.iter().enumerate() {
                            self.stack[base + start + i] = c.clone();
                        }
                    }
                    Opcode::LOAD_DEREF => {
                        let cell = &self.stack[base + arg as usize];
                        let v = cell.downcast::<CellObject>().map(CellObject::get);
                        match v {
                            Some(v) if !is_null(&v) => push!(v),
                            _ => t!(Err(free_var_error(code, arg as usize))),
                        }
                    }
                    Opcode::LOAD_FROM_DICT_OR_DEREF => {
                        let m = pop!();
                        let name = &code.localsplusnames[arg as usize];
                        match t!(attrs::mapping_get(&m, name)) {
                            Some(v) => push!(v),
                            None => {
                                let cell = &self.stack[base + arg as usize];
                                let v = cell.downcast::<CellObject>().map(CellObject::get);
                                match v {
                                    Some(v) if !is_null(&v) => push!(v),
                                    _ => t!(Err(free_var_error(code, arg as usize))),
                                }
                            }
                        }
                    }
                    Opcode::STORE_DEREF => {
                        let v = pop!();
                        if let Some(c) = self.stack[base + arg as usize].downcast::<CellObject>() {
                            c.set(v);
                        }
                    }
                    Opcode::DELETE_DEREF => {
                        if let Some(c) = self.stack[base + arg as usize].downcast::<CellObject>() {
                            if is_null(&c.get()) {
                                t!(Err(free_var_error(code, arg as usize)))
                            }
                            c.set(null());
                        }
                    }
                    Opcode::LOAD_ATTR => {
                        let owner = pop!();
                        let name = &code.names[(arg >> 1) as usize];
                        if arg & 1 != 0 {
                            if let Some(m) = fast_paths::builtin_method(&owner, name) {
                                push!(m);
                                push!(owner);
                                continue 'next;
                            }
                            match t!(attrs::load_method(&owner, name)) {
                                (m, true) => {
                                    push!(m);
                                    push!(owner);
                                }
                                (m, false) => {
                                    push!(m);
                                    push!(null());
                                }
                            }
                        } else {
                            // A frame object's `f_lineno` may read it.
                            frame!().set_lasti(this);
                            push!(t!(attrs::getattr(&owner, name)));
                        }
                    }
                    Opcode::STORE_ATTR => {
                        let owner = pop!();
                        let v = pop!();
                        // A setter's warning names this line.
                        frame!().set_lasti(this);
                        t!(attrs::setattr(&owner, &code.names[arg as usize], Some(&v)));
                    }
                    Opcode::DELETE_ATTR => {
                        let owner = pop!();
                        t!(attrs::setattr(&owner, &code.names[arg as usize], None));
                    }
                    Opcode::LOAD_SUPER_ATTR => {
                        let self_ = pop!();
                        let class = pop!();
                        let _global_super = pop!();
                        let name = &code.names[(arg >> 2) as usize];
                        let (v, is_method) =
                            t!(classes::super_lookup(&class, &self_, name, arg & 1 != 0));
                        push!(v);
                        if arg & 1 != 0 {
                            if is_method {
                                push!(self_);
                            } else {
                                push!(null());
                            }
                        }
                    }
                    Opcode::LOAD_SPECIAL => {
                        let owner = pop!();
                        let name = match arg {
                            0 => "__enter__",
                            1 => "__exit__",
                            2 => "__aenter__",
                            _ => "__aexit__",
                        };
                        match t!(attrs::lookup_special(&owner, name)) {
                            Some(m) => {
                                push!(m);
                                push!(owner);
                            }
                            None => t!(Err(PyErr::new(
                                &TYPE_ERROR,
                                format!(
                                    "'{}' object does not support the {}context manager protocol{}",
                                    owner.type_of().name,
                                    if arg >= 2 { "asynchronous " } else { "" },
                                    if arg == 1 || arg == 3 {
                                        format!(" (missed {} method)", name)
                                    } else {
                                        String::new()
                                    }
                                )
                            ))),
                        }
                    }
                    Opcode::BUILD_TUPLE => {
                        let items = self.stack.split_off(self.stack.len() - arg as usize);
                        push!(tuple::new(items));
                    }
                    Opcode::BUILD_LIST => {
                        let items = self.stack.split_off(self.stack.len() - arg as usize);
                        push!(list::new(items));
                    }
                    Opcode::BUILD_SET => {
                        let items = self.stack.split_off(self.stack.len() - arg as usize);
                        push!(t!(set::new_set(items)));
                    }
                    Opcode::BUILD_MAP => {
                        let items = self.stack.split_off(self.stack.len() - 2 * arg as usize);
                        let d = dict::new();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            t!(dict::set_item(&d, k, v));
                        }
                        push!(d);
                    }
                    Opcode::BUILD_SLICE => {
                        let step = if arg == 3 { pop!() } else { singletons::none() };
                        let stop = pop!();
                        let start = pop!();
                        push!(objects::new_slice(start, stop, step));
                    }
                    Opcode::BUILD_STRING => {
                        let items = self.stack.split_off(self.stack.len() - arg as usize);
                        let mut s = String::new();
                        for i in &items {
                            s.push_str(&pystr::to_string_lossy(i));
                        }
                        push!(pystr::new(&s));
                    }
                    Opcode::LIST_APPEND => {
                        let v = pop!();
                        let l = &self.stack[self.stack.len() - arg as usize];
                        t!(attrs::list_append(l, v));
                    }
                    Opcode::SET_ADD => {
                        let v = pop!();
                        let s = &self.stack[self.stack.len() - arg as usize];
                        t!(attrs::set_add(s, v));
                    }
                    Opcode::MAP_ADD => {
                        let v = pop!();
                        let k = pop!();
                        let d = &self.stack[self.stack.len() - arg as usize];
                        t!(dict::set_item(d, k, v));
                    }
                    Opcode::LIST_EXTEND => {
                        let v = pop!();
                        let l = self.stack[self.stack.len() - arg as usize].clone();
                        t!(attrs::list_extend(&l, &v));
                    }
                    Opcode::SET_UPDATE => {
                        let v = pop!();
                        let s = self.stack[self.stack.len() - arg as usize].clone();
                        for x in t!(attrs::collect(&v)) {
                            t!(attrs::set_add(&s, x));
                        }
                    }
                    Opcode::DICT_UPDATE | Opcode::DICT_MERGE => {
                        let v = pop!();
                        let d = self.stack[self.stack.len() - arg as usize].clone();
                        let merge = opcode == Opcode::DICT_MERGE;
                        let func = if merge {
                            Some(self.stack[self.stack.len() - arg as usize - 3].clone())
                        } else {
                            None
                        };
                        t!(attrs::dict_update(&d, &v, func.as_ref()));
                    }
                    Opcode::UNPACK_SEQUENCE => {
                        let v = pop!();
                        let items = t!(attrs::unpack(&v, arg as usize, None));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Opcode::UNPACK_EX => {
                        let v = pop!();
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        let items = t!(attrs::unpack(&v, before, Some(after)));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Opcode::CALL | Opcode::CALL_KW => {
                        let kwnames = if opcode == Opcode::CALL_KW {
                            Some(pop!())
                        } else {
                            None
                        };
                        let names = kwnames.as_ref().map_or(&[][..], tuple::items);
                        let h = self.stack.len() - arg as usize - 2;
                        {
                            let f = frame!();
                            f.set_position(this, ip);
                        }
                        match self.push_call(h, arg as usize, names, false) {
                            Ok(Some(v)) => push!(v),
                            Ok(None) => reload!(),
                            Err(e) => return Err((e, false)),
                        }
                    }
                    Opcode::CALL_FUNCTION_EX => {
                        let kwargs = pop!();
                        let args = pop!();
                        let _null = pop!();
                        let func = pop!();
                        let mut all = t!(super::call_ex_args(&func, &args));
                        let mut names = Vec::new();
                        if !is_null(&kwargs) {
                            for (k, v) in attrs::dict_items(&kwargs) {
                                if pystr::as_str(&k).is_none()
                                    && !k.type_of().is_subtype_of(&crate::types::str::STR_TYPE)
                                {
                                    t!(Err(PyErr::new(&TYPE_ERROR, "keywords must be strings")))
                                }
                                names.push(k);
                                all.push(v);
                            }
                        }
                        {
                            let f = frame!();
                            f.set_position(this, ip);
                        }
                        let h = self.stack.len();
                        push!(func);
                        push!(null());
                        let n = all.len();
                        self.stack.extend(all);
                        match self.push_call(h, n, &names, false) {
                            Ok(Some(v)) => push!(v),
                            Ok(None) => reload!(),
                            Err(e) => return Err((e, false)),
                        }
                    }
                    Opcode::IMPORT_NAME => {
                        let fromlist = pop!();
                        let level = pop!();
                        let g = frame!().globals().clone();
                        push!(t!(super::modules::import_name(
                            &code.names[arg as usize],
                            &fromlist,
                            &level,
                            &g
                        )));
                    }
                    Opcode::IMPORT_FROM => {
                        let m = top!().clone();
                        push!(t!(super::modules::import_from(
                            &m,
                            &code.names[arg as usize]
                        )));
                    }
                    Opcode::CALL_INTRINSIC_1 if arg == 2 => {
                        let m = pop!();
                        let l = frame!().locals.clone();
                        t!(super::modules::import_star(&m, &l));
                        push!(singletons::none());
                    }
                    Opcode::CALL_INTRINSIC_1 => {
                        let v = pop!();
                        // INTRINSIC_STOPITERATION_ERROR depends on the code's kind.
                        if arg == 3 {
                            push!(generators::stop_iteration_error(code, v));
                            continue 'next;
                        }
                        push!(t!(builtins::intrinsic1(arg, v)));
                    }
                    Opcode::CALL_INTRINSIC_2 => {
                        let b = pop!();
                        let a = pop!();
                        push!(t!(builtins::intrinsic2(arg, a, b)));
                    }
                    Opcode::RETURN_VALUE => {
                        let v = pop!();
                        let f = self.frames.pop().expect("frame");
                        self.stack.truncate(f.call_base());
                        super::leave_frame();
                        if f.entry {
                            return Ok(Exit::Return(v));
                        }
                        reload!();
                        if let Some(gen) = f.gen {
                            // A generator run by the caller's FOR_ITER is done:
                            // the FOR_ITER runs again, finds it finished and
                            // leaves the loop.
                            generators::finish_inline(self, gen);
                            ip = frame!().lasti();
                            continue 'next;
                        }
                        push!(v);
                    }
                    Opcode::MAKE_FUNCTION => {
                        let c = pop!();
                        let co = c.downcast::<objects::CodeObj>().expect("code").code.clone();
                        let f = self.frames.last().expect("frame");
                        push!(objects::new_function(
                            co,
                            f.globals().clone(),
                            f.builtins().clone()
                        ));
                    }
                    Opcode::SET_FUNCTION_ATTRIBUTE => {
                        let func = pop!();
                        let v = pop!();
                        let fo = func.downcast::<FunctionObject>().expect("function");
                        let cell = match arg {
                            1 => &fo.defaults,
                            2 => &fo.kwdefaults,
                            4 => &fo.annotations,
                            8 => &fo.closure,
                            _ => &fo.annotate,
                        };
                        fo.set(cell, v);
                        push!(func);
                    }
                    Opcode::LOAD_BUILD_CLASS => push!(builtins::build_class_fn()),
                    Opcode::SETUP_ANNOTATIONS => {
                        let l = frame!().locals.clone();
                        let key = pystr::intern("__annotations__");
                        if t!(attrs::mapping_get(&l, &key)).is_none() {
                            t!(attrs::mapping_set(&l, key, dict::new()));
                        }
                    }
                    Opcode::RAISE_VARARGS => {
                        let e = match arg {
                            0 => match super::handled_exception() {
                                Some(e) => PyErr::from_instance(e).expect("exception"),
                                None => PyErr::new(
                                    &crate::types::exceptions::RUNTIME_ERROR,
                                    "No active exception to reraise",
                                ),
                            },
                            1 => {
                                let exc = pop!();
                                t!(make_exception(&exc))
                            }
                            _ => {
                                let cause = pop!();
                                let exc = pop!();
                                let e = t!(make_exception(&exc));
                                let cause = t!(super::exception_methods::make_cause(&cause));
                                attrs::set_cause(&e, cause);
                                e
                            }
                        };
                        let f = frame!();
                        f.set_position(this, ip);
                        if arg == 0 {
                            return Err((e, true));
                        }
                        return Err((e, false));
                    }
                    Opcode::RERAISE => {
                        // The handler lookup uses this instruction; the saved
                        // `lasti` below the exception only matters for line
                        // numbers, which a re-raise does not add.
                        let exc = pop!();
                        let f = frame!();
                        f.set_position(this, ip);
                        let e = PyErr::from_instance(exc).expect("exception instance");
                        return Err((e, true));
                    }
                    Opcode::PUSH_EXC_INFO => {
                        let exc = pop!();
                        let prev = super::set_handled_exception(Some(exc.clone()));
                        push!(prev.unwrap_or_else(singletons::none));
                        push!(exc);
                    }
                    Opcode::POP_EXCEPT => {
                        let prev = pop!();
                        super::set_handled_exception(if singletons::is_none(&prev) {
                            None
                        } else {
                            Some(prev)
                        });
                    }
                    Opcode::CHECK_EXC_MATCH => {
                        let ty = pop!();
                        let exc = top!().clone();
                        push!(singletons::bool(t!(attrs::exc_matches(&exc, &ty))));
                    }
                    Opcode::WITH_EXCEPT_START => {
                        let n = self.stack.len();
                        let val = self.stack[n - 1].clone();
                        let exit_self = self.stack[n - 4].clone();
                        let exit_func = self.stack[n - 5].clone();
                        let tb = attrs::exc_traceback(&val);
                        let ty = val.type_of().as_value();
                        let r = if is_null(&exit_self) {
                            super::call_object(&exit_func, &[ty, val, tb], &[])
                        } else {
                            super::call_object(&exit_func, &[exit_self, ty, val, tb], &[])
                        };
                        push!(t!(r));
                    }
                    Opcode::GET_LEN => {
                        let n = t!(ops::len(top!()));
                        push!(int::from_i64(n as i64));
                    }
                    Opcode::FORMAT_SIMPLE => {
                        let v = pop!();
                        push!(t!(builtins::format(&v, "")));
                    }
                    Opcode::FORMAT_WITH_SPEC => {
                        let spec = pop!();
                        let v = pop!();
                        push!(t!(builtins::format(&v, &pystr::to_string_lossy(&spec))));
                    }
                    Opcode::CONVERT_VALUE => {
                        let v = pop!();
                        push!(t!(match arg {
                            1 => ops::str(&v),
                            2 => ops::repr(&v),
                            _ => builtins::ascii(&v),
                        }));
                    }
                    Opcode::RETURN_GENERATOR => push!(singletons::none()),
                    Opcode::YIELD_VALUE => {
                        let v = pop!();
                        let f = frame!();
                        f.set_position(this, ip);
                        if f.entry {
                            return Ok(Exit::Yield(v));
                        }
                        // A generator run by the caller's FOR_ITER.
                        generators::suspend_inline(self);
                        push!(v);
                        reload!();
                    }
                    Opcode::GET_YIELD_FROM_ITER => {
                        let v = pop!();
                        if generators::is_generator(&v) {
                            push!(v);
                        } else {
                            push!(t!(attrs::iter(&v)));
                        }
                    }
                    Opcode::SEND => {
                        let v = pop!();
                        let receiver = top!().clone();
                        match t!(generators::send(&receiver, v)) {
                            Exit::Yield(y) => push!(y),
                            Exit::Return(r) => {
                                push!(r);
                                jump_to!(ip + arg as usize);
                            }
                        }
                    }
                    Opcode::CLEANUP_THROW => {
                        let exc = pop!();
                        let _last_sent = pop!();
                        let _sub_iter = pop!();
                        if exc
                            .type_of()
                            .is_subtype_of(&crate::types::exceptions::STOP_ITERATION)
                        {
                            let value = attrs::stop_iteration_value(&exc);
                            push!(singletons::none());
                            push!(value);
                        } else {
                            let e = PyErr::from_instance(exc).expect("exception");
                            let f = frame!();
                            f.set_position(this, ip);
                            return Err((e, true));
                        }
                    }
                    Opcode::MATCH_MAPPING => {
                        let b = builtins::is_mapping(top!());
                        push!(singletons::bool(b));
                    }
                    Opcode::MATCH_SEQUENCE => {
                        let b = builtins::is_sequence(top!());
                        push!(singletons::bool(b));
                    }
                    Opcode::MATCH_KEYS => {
                        let n = self.stack.len();
                        let r = t!(builtins::match_keys(&self.stack[n - 2], &self.stack[n - 1]));
                        push!(r);
                    }
                    Opcode::MATCH_CLASS => {
                        let names = pop!();
                        let cls = pop!();
                        let subject = pop!();
                        push!(t!(builtins::match_class(
                            &subject,
                            &cls,
                            arg as usize,
                            &names
                        )));
                    }
                    Opcode::GET_AWAITABLE => {
                        let v = pop!();
                        push!(t!(coroutines::get_awaitable(v, arg)));
                    }
                    Opcode::GET_AITER => {
                        let v = pop!();
                        push!(t!(coroutines::get_aiter(v)));
                    }
                    Opcode::GET_ANEXT => {
                        let aw = t!(coroutines::get_anext(top!()));
                        push!(aw);
                    }
                    Opcode::END_ASYNC_FOR => {
                        let exc = pop!();
                        let aiter = pop!();
                        if let Err(e) = coroutines::end_async_for(exc) {
                            // Re-raised as is: no new traceback entry.
                            push!(aiter);
                            let f = frame!();
                            f.set_position(this, ip);
                            return Err((e, true));
                        }
                    }
                    Opcode::CHECK_EG_MATCH => {
                        let ty = pop!();
                        let exc = pop!();
                        let running = self.frames.last().expect("frame").code_arc();
                        let (rest, hit) = t!(super::exception_groups::check_eg_match(
                            exc, &ty, &running, this
                        ));
                        if !singletons::is_none(&hit) {
                            super::set_handled_exception(Some(hit.clone()));
                        }
                        push!(rest);
                        push!(hit);
                    }
                    Opcode::BUILD_INTERPOLATION => {
                        let spec = (arg & 1 != 0).then(|| pop!());
                        let expr = pop!();
                        let v = pop!();
                        push!(super::templates::build_interpolation(arg, v, expr, spec));
                    }
                    Opcode::BUILD_TEMPLATE => {
                        let interps = pop!();
                        let strings = pop!();
                        push!(super::templates::build_template(strings, interps));
                    }
                    Opcode::EXIT_INIT_CHECK
                    | Opcode::INTERPRETER_EXIT
                    | Opcode::RESERVED
                    | Opcode::ENTER_EXECUTOR
                    | Opcode::INSTRUMENTED_INSTRUCTION
                    | Opcode::INSTRUMENTED_LINE => {
                        let n = self.stack.len();
                        let r = builtins::slow_instruction(opcode, arg, &mut self.stack, n);
                        t!(r);
                    }
                    Opcode::CACHE => t!(Err(unknown_instruction(code, this))),
                    other => t!(Err(system_error(format!(
                        "unsupported instruction {}",
                        other.name()
                    )))),
                }
                break 'decoded;
            }
        }
    }
}

/// The error for running the instruction at `at` (after any EXTENDED_ARG
/// prefixes), whose byte maps to `CACHE`: a real cache entry or no opcode.
#[cold]
fn unknown_instruction(code: &Code, mut at: usize) -> PyErr {
    while code.unit(at).0 == Opcode::EXTENDED_ARG as u8 {
        at += 1;
    }
    let op = code.unit(at).0;
    match Opcode::from_u8(op) {
        Some(known) => system_error(format!("unsupported instruction {}", known.name())),
        None => system_error(format!("unknown opcode {op}")),
    }
}

fn free_var_error(code: &Code, i: usize) -> PyErr {
    let name = pystr::to_string_lossy(&code.localsplusnames[i]);
    if code.kinds[i] & 0x80 != 0 {
        PyErr::new(
            &NAME_ERROR,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        unbound_local(code, i)
    }
}

/// Adds a traceback entry for the frame running `code` at `lasti`.
fn traceback_here(exc: &PyErr, code: Arc<Code>, lasti: usize) {
    if let Some(e) = exc.instance().downcast::<ExceptionObject>() {
        let head = e.header_ref();
        let old = e.traceback.get(head);
        drop(
            e.traceback
                .replace(head, objects::new_traceback(old, code, lasti)),
        );
    }
}

trait HeaderRef {
    fn header_ref(&self) -> &crate::object::ObjHeader;
}
impl HeaderRef for ExceptionObject {
    fn header_ref(&self) -> &crate::object::ObjHeader {
        crate::object::PyPayload::header(self)
    }
}

/// `raise X`: an instance, or a class to instantiate.
pub fn make_exception(v: &Value) -> PyResult<PyErr> {
    if let Some(ty) = v.downcast::<TypeObject>() {
        if ty.is_subtype_of(&BASE_EXCEPTION) {
            let inst = super::call_object(v, &[], &[])?;
            return PyErr::from_instance(inst).ok_or_else(|| {
                PyErr::new(
                    &TYPE_ERROR,
                    "calling exception class did not return an exception",
                )
            });
        }
    }
    if v.type_of().is_subtype_of(&BASE_EXCEPTION) {
        return Ok(PyErr::from_instance(v.clone()).expect("exception"));
    }
    Err(PyErr::new(
        &TYPE_ERROR,
        "exceptions must derive from BaseException",
    ))
}
