//! The interpreter: frames, the dispatch loop, calls and argument binding,
//! exception unwinding through the exception table, and the builtins.
//!
//! Design (see also `eval.rs`):
//! - One [`Vm`] per thread (plus spares for re-entrant calls) owns a
//!   contiguous value stack (`Vec<Value>`) and a frame stack
//!   (`Vec<Frame>`). A frame's fast locals (`localsplus`) and its operand
//!   stack are a region of the value stack; a Python-to-Python `CALL`
//!   leaves the arguments where they are, they become the callee's first
//!   locals, and the same dispatch loop continues in the callee (no Rust
//!   recursion). Returning truncates the region and pushes the result.
//! - Native code that calls Python (slot trampolines for `__add__`,
//!   `sorted(key=...)`, ...) borrows a spare `Vm` from a per-thread pool and
//!   runs a nested dispatch loop: every Rust-level nesting goes through
//!   [`call_object`], which counts depth, so Python and Rust recursion are
//!   both bounded (`RecursionError`).
//! - CPython's NULL is an immortal sentinel object ([`objects::null`]), so
//!   the stack is a plain `Vec<Value>` and argument slices are `&[Value]`.

pub mod abc;
pub mod annotations;
pub mod attrs;
pub mod builtins;
pub mod bytearray;
pub mod bytecode_check;
pub mod classes;
pub mod codecs;
pub mod complex;
pub mod coroutines;
pub mod eval;
pub mod exception_groups;
pub mod exception_methods;
pub mod fast_paths;
pub mod frame_object;
pub mod function_code;
pub mod generators;
pub mod generic;
pub mod introspect;
pub mod io;
pub mod memoryview;
pub mod modules;
pub mod namespace;
pub mod objects;
pub mod slot_wrappers;
pub mod specialize;
pub mod suggestions;
pub mod templates;
pub mod traceback;
pub mod typevars;
pub mod warnings;
pub mod weakrefs;

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use crate::error::{PyErr, PyResult};
use crate::object::{TypeObject, Value};
use crate::types::exceptions::{RECURSION_ERROR, TYPE_ERROR};
use crate::types::{dict, singletons, str as pystr, tuple};
use objects::{is_null, null, Code, FunctionObject, MethodObject, NativeFunction};

/// One activation of a code object.
pub struct Frame {
    /// The function running: module code and `exec` get one made for the
    /// run, as in CPython. It owns what the frame borrows: the code (the
    /// function's code when the call began), the globals and the builtins,
    /// so that a call adds one reference count, not four.
    pub func: Value,
    code: function_code::CodeRef,
    /// The namespace of module and class bodies (NULL in functions).
    pub locals: Value,
    // The positions are 32-bit so that the frame, moved on every call,
    // return and generator switch, stays small (a code object has fewer
    // than 2^32 units, a value stack fewer than 2^32 values).
    /// Index of `localsplus[0]` in the value stack.
    base: u32,
    /// Stack height to restore when the frame returns.
    call_base: u32,
    /// Next code unit to run.
    ip: u32,
    /// The instruction running (for tracebacks and the exception table).
    lasti: u32,
    /// Returning from this frame returns from `Vm::run`.
    pub entry: bool,
    /// The generator whose frame this is (it lives in the generator while
    /// suspended); None for other frames.
    pub gen: Option<generators::GenRef>,
}

impl Frame {
    /// A frame for `func` (a function object) running `code`, which must be
    /// `func`'s code now or earlier (`CodeRef` from its `code_ref()`).
    pub fn new(func: Value, code: function_code::CodeRef, base: usize, entry: bool) -> Frame {
        debug_assert!(func.downcast::<FunctionObject>().is_some());
        Frame {
            func,
            code,
            locals: null(),
            base: base as u32,
            call_base: base as u32,
            ip: 0,
            lasti: 0,
            entry,
            gen: None,
        }
    }

    /// Index of `localsplus[0]` in the value stack.
    #[inline(always)]
    pub fn base(&self) -> usize {
        self.base as usize
    }

    /// Stack height to restore when the frame returns.
    #[inline(always)]
    pub fn call_base(&self) -> usize {
        self.call_base as usize
    }

    /// A frame whose return restores the stack to `h` (the callable's slot).
    #[inline(always)]
    fn with_call_base(self, h: usize) -> Frame {
        Frame {
            call_base: h as u32,
            ..self
        }
    }

    /// Next code unit to run.
    #[inline(always)]
    pub fn ip(&self) -> usize {
        self.ip as usize
    }

    /// The instruction running (for tracebacks and the exception table).
    #[inline(always)]
    pub fn lasti(&self) -> usize {
        self.lasti as usize
    }

    /// Records where the frame stands: `lasti` the instruction running,
    /// `ip` the next unit.
    #[inline(always)]
    pub fn set_position(&mut self, lasti: usize, ip: usize) {
        self.lasti = lasti as u32;
        self.ip = ip as u32;
    }

    #[inline(always)]
    pub fn set_ip(&mut self, ip: usize) {
        self.ip = ip as u32;
    }

    #[inline(always)]
    pub fn set_lasti(&mut self, lasti: usize) {
        self.lasti = lasti as u32;
    }

    pub(crate) fn function(&self) -> &FunctionObject {
        // SAFETY: `func` is a `FunctionObject` (see `new`), and a `Value`
        // of it outlives the borrow.
        unsafe { self.func.downcast_unchecked::<FunctionObject>() }
    }

    #[inline(always)]
    pub fn code(&self) -> &Code {
        // SAFETY: the frame holds `func`, which keeps its codes alive.
        unsafe { self.code.get() }
    }

    /// The code with its own reference count (tracebacks, frame objects).
    pub fn code_arc(&self) -> Arc<Code> {
        // SAFETY: as in `code`.
        unsafe { self.code.to_arc() }
    }

    pub fn code_ref(&self) -> function_code::CodeRef {
        self.code
    }

    #[inline(always)]
    pub fn globals(&self) -> &Value {
        &self.function().globals
    }

    #[inline(always)]
    pub fn builtins(&self) -> &Value {
        &self.function().builtins
    }
}

pub struct Vm {
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Reused by calls whose arguments need binding (keywords, defaults).
    bind_buffer: Vec<Value>,
    /// While this `Vm` runs: the one running below it on this thread (null
    /// for the outermost); see `frame_object::enter_vm`.
    pub(crate) outer: *mut Vm,
    /// While pooled: the next pooled `Vm`.
    next_free: Option<Box<Vm>>,
}

/// The pool list is unlinked one `Vm` at a time, so that a long one (deep
/// native recursion leaves up to `MAX_NATIVE_DEPTH`) does not recurse.
impl Drop for Vm {
    fn drop(&mut self) {
        let mut next = self.next_free.take();
        while let Some(mut vm) = next {
            next = vm.next_free.take();
        }
    }
}

thread_local! {
    /// The idle `Vm`s, a list linked through `next_free`: taking one out
    /// or putting it back moves a pointer.
    static POOL: Cell<Option<Box<Vm>>> = const { Cell::new(None) };
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static NATIVE_DEPTH: Cell<usize> = const { Cell::new(0) };
    static RECURSION_LIMIT: Cell<usize> = const { Cell::new(1000) };
    /// The exception being handled (`sys.exception()`), None if none.
    static HANDLED: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Most nested native-to-Python calls (each uses Rust stack); the binary
/// runs the interpreter on a thread with a stack large enough for this.
const MAX_NATIVE_DEPTH: usize = 3000;

pub fn recursion_limit() -> usize {
    RECURSION_LIMIT.with(Cell::get)
}

pub fn set_recursion_limit(n: usize) {
    RECURSION_LIMIT.with(|c| c.set(n));
    crate::ops::REPR_DEPTH_LIMIT.store(
        n.min(MAX_NATIVE_DEPTH),
        std::sync::atomic::Ordering::Relaxed,
    );
}

pub fn handled_exception() -> Option<Value> {
    HANDLED.with(|h| h.borrow().clone())
}

pub fn set_handled_exception(v: Option<Value>) -> Option<Value> {
    HANDLED.with(|h| std::mem::replace(&mut *h.borrow_mut(), v))
}

fn enter_frame() -> PyResult<()> {
    let d = DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n
    });
    if d > recursion_limit() {
        DEPTH.with(|d| d.set(d.get() - 1));
        return Err(PyErr::new(
            &RECURSION_ERROR,
            "maximum recursion depth exceeded",
        ));
    }
    Ok(())
}

pub(crate) fn leave_frame() {
    let d = DEPTH.with(|d| {
        let n = d.get();
        d.set(n - 1);
        n
    });
    if d == frame_object::live_top() {
        frame_object::frame_left(d);
    }
}

/// The number of Python frames running on this thread.
pub(crate) fn current_depth() -> usize {
    DEPTH.with(Cell::get)
}

/// `repr(v)` as a Python str.
pub fn repr(v: &Value) -> PyResult<Value> {
    crate::ops::repr(v)
}

/// `str(v)` as a Rust string.
pub fn str_of(v: &Value) -> PyResult<String> {
    Ok(pystr::to_string_lossy(&crate::ops::str(v)?))
}

pub fn type_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(&TYPE_ERROR, msg)
}

/// The `call` slot of the callable types: converts the keyword dict to the
/// vectorcall layout.
pub fn call_slot(f: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    match kwargs {
        None => call_object(f, args, &[]),
        Some(kw) => {
            let mut all = args.to_vec();
            let mut names = Vec::new();
            for (k, v) in attrs::dict_items(kw) {
                names.push(k);
                all.push(v);
            }
            call_object(f, &all, &names)
        }
    }
}

/// Native methods that CPython exposes as slot wrappers (`wrapper_descriptor`).
const SLOT_WRAPPER_NAMES: &[&str] = &[
    "__init__",
    "__repr__",
    "__str__",
    "__eq__",
    "__ne__",
    "__hash__",
    "__setattr__",
    "__delattr__",
    "__getattribute__",
    "__call__",
];

/// Calls `callable(*args, **dict(zip(kwnames, args[-len(kwnames):])))`.
pub fn call_object(callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if let Some(nf) = callable.downcast::<NativeFunction>() {
        let npos = args.len() - kwnames.len();
        let self_in_args = nf.owner.is_some() && nf.bound.is_none();
        if self_in_args && npos == 0 {
            let owner = nf.owner.map_or("?", |o| &o.name);
            // The dunders CPython implements as slot wrappers word it as
            // descriptors.
            return Err(type_error(if SLOT_WRAPPER_NAMES.contains(&nf.name) {
                format!(
                    "descriptor '{}' of '{owner}' object needs an argument",
                    nf.name
                )
            } else {
                format!("unbound method {owner}.{}() needs an argument", nf.name)
            }));
        }
        if let (true, Some(owner)) = (self_in_args, nf.owner) {
            let me = &args[0];
            if !me.type_of().is_subtype_of(owner) {
                return Err(type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    nf.name,
                    owner.tp_name(),
                    me.type_of().name
                )));
            }
        }
        if !kwnames.is_empty() {
            nf.check_no_keywords()?;
        }
        nf.check_arity(npos - usize::from(self_in_args))?;
        return match &nf.bound {
            None => (nf.f)(args, kwnames),
            Some(b) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(b.clone());
                all.extend_from_slice(args);
                (nf.f)(&all, kwnames)
            }
        };
    }
    let native_depth = NATIVE_DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n
    });
    struct Guard;
    impl Drop for Guard {
        fn drop(&mut self) {
            NATIVE_DEPTH.with(|d| d.set(d.get() - 1));
        }
    }
    let _guard = Guard;
    if native_depth > MAX_NATIVE_DEPTH {
        return Err(PyErr::new(
            &RECURSION_ERROR,
            "maximum recursion depth exceeded",
        ));
    }
    if callable.downcast_exact::<FunctionObject>().is_some() {
        return with_vm(|vm| {
            let h = vm.stack.len();
            vm.stack.push(callable.clone());
            vm.stack.push(null());
            vm.stack.extend_from_slice(args);
            match vm.push_call(h, args.len(), kwnames, true)? {
                Some(result) => Ok(result),
                None => vm.run(),
            }
        });
    }
    if let Some(m) = callable.downcast_exact::<MethodObject>() {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(m.self_.clone());
        all.extend_from_slice(args);
        return call_object(&m.func, &all, kwnames);
    }
    if let Some(ty) = callable.downcast::<TypeObject>() {
        return classes::call_type(callable, ty, args, kwnames);
    }
    if let Some(f) = callable.type_of().slots.call {
        if kwnames.is_empty() {
            return f(callable, args, None);
        }
        let npos = args.len() - kwnames.len();
        let kw = dict::new();
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            dict::set_item(&kw, k.clone(), v.clone())?;
        }
        return f(callable, &args[..npos], Some(&kw));
    }
    Err(type_error(format!(
        "'{}' object is not callable",
        callable.type_of().name
    )))
}

/// Runs `f` with a frame stack of this thread's pool.
pub(crate) fn with_vm<R>(f: impl FnOnce(&mut Vm) -> R) -> R {
    let mut vm = match POOL.with(Cell::take) {
        Some(mut vm) => {
            POOL.with(|p| p.set(vm.next_free.take()));
            vm
        }
        None => Box::new(Vm {
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            bind_buffer: Vec::new(),
            outer: std::ptr::null_mut(),
            next_free: None,
        }),
    };
    frame_object::enter_vm(&mut vm);
    let r = f(&mut vm);
    frame_object::leave_vm(&vm);
    debug_assert!(vm.frames.is_empty());
    vm.stack.clear();
    vm.next_free = POOL.with(Cell::take);
    POOL.with(|p| p.set(Some(vm)));
    r
}

/// Runs a module's code object in `globals` (which it also uses as locals).
pub fn run_code(code: Arc<Code>, globals: &Value, locals: Option<&Value>) -> PyResult<Value> {
    let builtins = builtins::builtins_dict(globals)?;
    let func = objects::new_function(code, globals.clone(), builtins);
    let code = func
        .downcast_exact::<FunctionObject>()
        .expect("function")
        .code_ref();
    with_vm(|vm| {
        let h = vm.stack.len();
        vm.push_frame(Frame {
            locals: locals.unwrap_or(globals).clone(),
            ..Frame::new(func, code, h, true)
        })?;
        vm.run()
    })
}

impl Vm {
    pub(crate) fn push_frame(&mut self, frame: Frame) -> PyResult<()> {
        enter_frame()?;
        self.push_entered_frame(frame);
        Ok(())
    }

    /// [`Vm::push_frame`] after the caller's own `enter_frame()`.
    fn push_entered_frame(&mut self, frame: Frame) {
        let n = frame.code().nlocalsplus;
        let have = self.stack.len() - frame.base();
        for _ in have..n {
            self.stack.push(null());
        }
        self.frames.push(frame);
    }

    /// Code that is not a function body (a module's, given as `__code__`)
    /// names its variables in the globals.
    #[cold]
    fn globals_as_locals(&mut self) {
        let f = self.frames.last_mut().expect("frame");
        f.locals = f.globals().clone();
    }

    /// Sets up a call of the function at `stack[h]` (`stack[h+1]` is self
    /// or NULL, then `nargs` arguments whose last `kwnames.len()` are
    /// keywords). Python functions get a frame (`Ok(None)`: continue the
    /// loop); anything else is called and its result returned.
    pub fn push_call(
        &mut self,
        h: usize,
        nargs: usize,
        kwnames: &[Value],
        entry: bool,
    ) -> PyResult<Option<Value>> {
        let self_present = !is_null(&self.stack[h + 1]);
        let argstart = if self_present { h + 1 } else { h + 2 };
        let total = nargs + usize::from(self_present);
        if let Some(f) = self.stack[h].downcast_exact::<FunctionObject>() {
            let code_ref = f.code_ref();
            // SAFETY: the function stays alive in `stack[h]` or the frame.
            let code = unsafe { code_ref.get() };
            if kwnames.is_empty()
                && code.exact_args == total
                && code.flags & objects::co_flags::OPTIMIZED != 0
            {
                // The common call: the arguments already lie where the
                // callee's first locals go.
                enter_frame().inspect_err(|_| self.stack.truncate(h))?;
                // The frame takes over the stack slot's reference.
                let func = std::mem::replace(&mut self.stack[h], null());
                self.push_entered_frame(
                    Frame::new(func, code_ref, argstart, entry).with_call_base(h),
                );
                return Ok(None);
            }
            return self.push_function_call(h, argstart, total, kwnames, entry);
        }
        let callable = self.stack[h].clone();
        if let Some(m) = callable.downcast_exact::<MethodObject>() {
            if !self_present {
                // Unpack the bound method in place: [func, self, args...].
                self.stack[h] = m.func.clone();
                self.stack[h + 1] = m.self_.clone();
                return self.push_call(h, nargs, kwnames, entry);
            }
        }
        if kwnames.is_empty() {
            if let Some(r) = fast_paths::call_builtin(&self.stack[h..]) {
                self.stack.truncate(h);
                return r.map(Some);
            }
        }
        let result = match self.frame_native(&callable, argstart, kwnames) {
            Some(r) => r,
            None => {
                let args = &self.stack[argstart..];
                call_object(&callable, args, kwnames)
            }
        };
        self.stack.truncate(h);
        result.map(Some)
    }

    /// [`Vm::push_call`] of a Python function whose arguments need
    /// binding (keywords, defaults, `*args`, ...) or whose body is a
    /// generator or not a function body.
    fn push_function_call(
        &mut self,
        h: usize,
        argstart: usize,
        total: usize,
        kwnames: &[Value],
        entry: bool,
    ) -> PyResult<Option<Value>> {
        let callable = self.stack[h].clone();
        let f = callable
            .downcast_exact::<FunctionObject>()
            .expect("function");
        let code_ref = f.code_ref();
        // SAFETY: `callable` (the function) is alive throughout.
        let code = unsafe { code_ref.get() };
        if code.is_generator_like() {
            let args: Vec<Value> = self.stack.drain(argstart..).collect();
            self.stack.truncate(h);
            let frame_vals = bind_args(f, code, &args, kwnames)?;
            return generators::make_generator(&callable, code_ref, frame_vals).map(Some);
        }
        if !(kwnames.is_empty() && total == code.exact_args) {
            let mut locals = std::mem::take(&mut self.bind_buffer);
            let bound = bind_args_into(f, code, &self.stack[argstart..], kwnames, &mut locals);
            if bound.is_ok() {
                self.stack.truncate(argstart);
                self.stack.append(&mut locals);
            }
            locals.clear();
            self.bind_buffer = locals;
            bound?;
        }
        self.push_frame(Frame::new(callable, code_ref, argstart, entry).with_call_base(h))
            .inspect_err(|_| self.stack.truncate(h))?;
        if code.flags & objects::co_flags::OPTIMIZED == 0 {
            self.globals_as_locals();
        }
        Ok(None)
    }
}

impl Vm {
    /// Runs `f` on the value stack that holds frame `i`'s values: the
    /// thread's stack, unless a generator frame above `i` runs inline
    /// (see `generators::enter_inline`), which keeps that stack aside.
    pub(crate) fn with_frame_stack<R>(
        &mut self,
        i: usize,
        f: impl FnOnce(&mut Vec<Value>) -> R,
    ) -> R {
        let inline_gen = self.frames[i + 1..]
            .iter()
            .find(|above| !above.entry && above.gen.is_some());
        match inline_gen.and_then(|above| above.gen) {
            Some(gen) => generators::with_caller_stack(gen, f),
            None => f(&mut self.stack),
        }
    }

    /// A copy of frame `i`'s fast locals.
    pub(crate) fn frame_fast_locals(&mut self, i: usize) -> Vec<Value> {
        let f = &self.frames[i];
        let range = f.base()..f.base() + f.code().nlocalsplus;
        self.with_frame_stack(i, |stack| stack[range].to_vec())
    }
}

impl Vm {
    /// The fast locals (cells dereferenced) of the top frame as a dict, or
    /// its namespace for module and class bodies.
    fn frame_locals(&self) -> PyResult<Value> {
        let f = self.frames.last().expect("frame");
        if !is_null(&f.locals) {
            return Ok(f.locals.clone());
        }
        let d = dict::new();
        for i in 0..f.code().nlocalsplus {
            let mut v = self.stack[f.base() + i].clone();
            if f.code().kinds[i] & 0xC0 != 0 {
                if let Some(c) = v.downcast::<objects::CellObject>() {
                    v = c.get();
                }
            }
            if !is_null(&v) {
                dict::set_item(&d, f.code().localsplusnames[i].clone(), v)?;
            }
        }
        if let Some(extra) = frame_object::extra_locals(current_depth()) {
            for (k, v) in attrs::dict_items(&extra) {
                dict::set_item(&d, k, v)?;
            }
        }
        Ok(d)
    }

    /// Built-ins that need the caller's frame: `globals()`, `locals()`,
    /// `vars()`, `dir()`, `exec`/`eval` without namespaces, and zero-argument
    /// `super()`.
    fn frame_native(
        &self,
        callable: &Value,
        argstart: usize,
        kwnames: &[Value],
    ) -> Option<PyResult<Value>> {
        let args = &self.stack[argstart..];
        if self.frames.is_empty() || !kwnames.is_empty() {
            return None;
        }
        if let Some(ty) = callable.downcast::<TypeObject>() {
            if std::ptr::eq(ty, &classes::SUPER_TYPE) && args.is_empty() {
                return Some(self.zero_arg_super());
            }
            return None;
        }
        let nf = callable.downcast::<NativeFunction>()?;
        if nf.owner.is_some() || nf.bound.is_some() {
            return None;
        }
        let f = self.frames.last().expect("frame");
        Some(match (nf.name, args.len()) {
            ("globals", 0) => Ok(f.globals().clone()),
            ("locals", 0) | ("vars", 0) => self.frame_locals(),
            ("dir", 0) => self.frame_locals().map(|d| {
                let mut keys: Vec<String> = attrs::dict_items(&d)
                    .iter()
                    .map(|(k, _)| pystr::to_string_lossy(k))
                    .collect();
                keys.sort();
                crate::types::list::new(keys.iter().map(|k| pystr::new(k)).collect())
            }),
            ("exec", 1) | ("eval", 1) => self.frame_locals().and_then(|l| {
                builtins::exec_eval(args, nf.name == "eval", Some(f.globals()), Some(&l))
            }),
            _ => return None,
        })
    }

    fn zero_arg_super(&self) -> PyResult<Value> {
        let f = self.frames.last().expect("frame");
        let code = &f.code();
        let no_args = || {
            PyErr::new(
                &crate::types::exceptions::RUNTIME_ERROR,
                "super(): no arguments",
            )
        };
        if code.argcount == 0 {
            return Err(no_args());
        }
        let mut first = self.stack[f.base()].clone();
        if let Some(c) = first.downcast::<objects::CellObject>() {
            first = c.get();
        }
        let pos = code
            .localsplusnames
            .iter()
            .position(|n| pystr::as_str(n) == Some("__class__"))
            .ok_or_else(|| {
                PyErr::new(
                    &crate::types::exceptions::RUNTIME_ERROR,
                    "super(): __class__ cell not found",
                )
            })?;
        let cell = self.stack[f.base() + pos].clone();
        let class = cell
            .downcast::<objects::CellObject>()
            .map(objects::CellObject::get)
            .unwrap_or(cell);
        classes::new_super(class, first)
    }
}

/// The positional arguments of `f(*args)`, with CPython's error for an
/// object that is not iterable.
pub fn call_ex_args(func: &Value, args: &Value) -> PyResult<Vec<Value>> {
    let slots = &args.type_of().slots;
    if slots.iter.is_none() && slots.getitem.is_none() {
        return Err(type_error(format!(
            "{}() argument after * must be an iterable, not {}",
            attrs::func_name(func),
            args.type_of().name
        )));
    }
    attrs::collect(args)
}

/// The name argument errors show: the function's `__qualname__` (which
/// code may reassign, as `namedtuple` does for its `__new__`).
fn describe_params(f: &FunctionObject) -> String {
    pystr::to_string_lossy(&f.qualname.get(crate::object::PyPayload::header(f)))
}

/// Binds call arguments to a fresh `localsplus` array, with CPython's
/// error messages.
pub fn bind_args(
    f: &FunctionObject,
    code: &Code,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Vec<Value>> {
    let mut locals = Vec::new();
    bind_args_into(f, code, args, kwnames, &mut locals)?;
    Ok(locals)
}

/// [`bind_args`] into `locals` (emptied first), so that a call can reuse
/// one buffer instead of allocating.
fn bind_args_into(
    f: &FunctionObject,
    code: &Code,
    args: &[Value],
    kwnames: &[Value],
    locals: &mut Vec<Value>,
) -> PyResult<()> {
    // The name is only needed for error messages: built lazily.
    let fname = || describe_params(f);
    let npos = args.len() - kwnames.len();
    let argcount = code.argcount;
    let kwonly = code.kwonlyargcount;
    let has_varargs = code.flags & objects::co_flags::VARARGS != 0;
    let has_varkw = code.flags & objects::co_flags::VARKEYWORDS != 0;
    locals.clear();
    locals.resize_with(code.nlocalsplus, null);
    let n = npos.min(argcount);
    locals[..n].clone_from_slice(&args[..n]);
    let mut idx = argcount + kwonly;
    if has_varargs {
        let extra = if npos > argcount {
            args[argcount..npos].to_vec()
        } else {
            Vec::new()
        };
        locals[idx] = tuple::new(extra);
        idx += 1;
    } else if npos > argcount {
        let defaults = f.get(&f.defaults);
        let ndef = tuple::items(&defaults).len();
        let kw_given = kwnames
            .iter()
            .filter(|k| {
                code.localsplusnames[argcount..argcount + kwonly]
                    .iter()
                    .any(|n| crate::ops::eq(n, k).unwrap_or(false))
            })
            .count();
        let takes = if ndef > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndef,
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
        };
        return Err(type_error(format!(
            "{}() takes {takes} but {given}",
            fname()
        )));
    }
    let kwdict = if has_varkw {
        let d = dict::new();
        locals[idx] = d.clone();
        Some(d)
    } else {
        None
    };
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        // Names are interned, so an identity scan almost always finds the
        // parameter; equality (which may run `__eq__`) is the fallback.
        let params = &code.localsplusnames[code.posonlyargcount..argcount + kwonly];
        let pos = params
            .iter()
            .position(|n| n.is(k))
            .or_else(|| {
                params
                    .iter()
                    .position(|n| crate::ops::eq(n, k).unwrap_or(false))
            })
            .map(|p| p + code.posonlyargcount);
        match pos {
            Some(p) => {
                if !is_null(&locals[p]) {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        fname(),
                        pystr::to_string_lossy(k)
                    )));
                }
                locals[p] = v.clone();
            }
            None => match &kwdict {
                Some(d) => dict::set_item(d, k.clone(), v.clone())?,
                None => return Err(unexpected_keyword(code, &fname(), k, kwnames)),
            },
        }
    }
    // Defaults for missing positional parameters (read only when one is
    // missing: most calls pass them all).
    let mut missing = Vec::new();
    let unfilled = npos.min(argcount)..argcount;
    if unfilled.clone().any(|i| is_null(&locals[i])) {
        let defaults = f.get(&f.defaults);
        let defs = tuple::items(&defaults);
        let first_default = argcount.saturating_sub(defs.len());
        let skip = defs.len() - (argcount - first_default);
        for i in unfilled {
            if is_null(&locals[i]) {
                if i >= first_default {
                    locals[i] = defs[skip + i - first_default].clone();
                } else {
                    missing.push(pystr::to_string_lossy(&code.localsplusnames[i]));
                }
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            fname(),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let kwonly_unfilled = (argcount..argcount + kwonly).any(|i| is_null(&locals[i]));
    let kwdefaults = if kwonly_unfilled {
        f.get(&f.kwdefaults)
    } else {
        singletons::none()
    };
    for (i, name) in code
        .localsplusnames
        .iter()
        .enumerate()
        .take(argcount + kwonly)
        .skip(argcount)
    {
        if is_null(&locals[i]) {
            let d = if singletons::is_none(&kwdefaults) {
                None
            } else {
                dict::get_item(&kwdefaults, name)?
            };
            match d {
                Some(v) => locals[i] = v,
                None => missing.push(pystr::to_string_lossy(name)),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            fname(),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    Ok(())
}

/// The TypeError for keyword `k` that names no parameter: positional-only
/// parameters passed by keyword (all of them listed), or an unknown name
/// with CPython's "Did you mean" suggestion.
fn unexpected_keyword(code: &Code, fname: &str, k: &Value, kwnames: &[Value]) -> PyErr {
    let posonly: Vec<String> = code.localsplusnames[..code.posonlyargcount]
        .iter()
        .filter(|n| {
            kwnames
                .iter()
                .any(|k| crate::ops::eq(n, k).unwrap_or(false))
        })
        .map(pystr::to_string_lossy)
        .collect();
    if !posonly.is_empty() {
        return type_error(format!(
            "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly.join(", ")
        ));
    }
    let key = pystr::to_string_lossy(k);
    let total = code.argcount + code.kwonlyargcount;
    let candidates: Vec<String> = code.localsplusnames[code.posonlyargcount..total]
        .iter()
        .map(pystr::to_string_lossy)
        .collect();
    match suggestions::best_keyword_match(&candidates, &key) {
        Some(s) => type_error(format!(
            "{fname}() got an unexpected keyword argument '{key}'. Did you mean '{s}'?"
        )),
        None => type_error(format!(
            "{fname}() got an unexpected keyword argument '{key}'"
        )),
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Runs a class body with `ns` as its namespace; returns the `__class__`
/// cell if the body created one.
pub fn run_class_body(func: &Value, ns: &Value) -> PyResult<Option<Value>> {
    let code = func
        .downcast::<FunctionObject>()
        .expect("function")
        .code_ref();
    let r = with_vm(|vm| {
        let h = vm.stack.len();
        vm.push_frame(Frame {
            locals: ns.clone(),
            ..Frame::new(func.clone(), code, h, true)
        })?;
        vm.run()
    })?;
    let _ = dict::del_item(ns, &pystr::intern("__classcell__"));
    Ok(if r.downcast::<objects::CellObject>().is_some() {
        Some(r)
    } else {
        None
    })
}

/// Runs a compiled `__main__` module and returns the process exit status:
/// 0, 1 after printing an uncaught exception's traceback, or the
/// `SystemExit` code.
pub fn run_main(
    compiled: &taipan_bytecode::CodeObject,
    argv: &[String],
    file: Option<&str>,
) -> i32 {
    run_as_main(|globals| {
        let dir = match file {
            Some(f) => {
                let p = std::path::Path::new(f);
                let abs = if p.is_absolute() {
                    p.to_path_buf()
                } else {
                    std::env::current_dir().unwrap_or_default().join(p)
                };
                abs.parent()
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or_default()
            }
            None => String::new(),
        };
        modules::init_main(argv, &dir)?;
        if let Some(f) = file {
            dict::set_item(globals, pystr::intern("__file__"), pystr::new(f))?;
            dict::set_item(globals, pystr::intern("__cached__"), singletons::none())?;
        }
        main_module_names(globals)?;
        dict::set_item(globals, pystr::intern("__spec__"), singletons::none())?;
        dict::set_item(globals, pystr::intern("__package__"), singletons::none())?;
        dict::set_item(
            globals,
            pystr::intern("__loader__"),
            modules::main_loader(file.unwrap_or("<stdin>")),
        )?;
        set_builtins(globals)?;
        Code::from_compiled(compiled)
    })
}

/// Runs module `name`, found on `sys.path`, as `__main__` (`-m NAME`):
/// the cwd heads `sys.path`, `sys.argv[0]` is the module's file and `args`
/// follow it. Returns the exit status as [`run_main`] does.
pub fn run_module_main(name: &str, args: &[String]) -> i32 {
    run_as_main(|globals| {
        let cwd = std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default();
        // While searching, `sys.argv[0]` is "-m", as in CPython.
        let mut argv = vec!["-m".to_string()];
        argv.extend_from_slice(args);
        modules::init_main(&argv, &cwd)?;
        let module = modules::find_main_module(name)?;
        argv[0] = module.path.clone();
        modules::set_sys_argv(&argv)?;
        let bytes = std::fs::read(&module.path)
            .map_err(|e| PyErr::new(&crate::types::exceptions::IMPORT_ERROR, e.to_string()))?;
        let code = modules::compile_source(&bytes, &module.path)?;
        main_module_names(globals)?;
        set_builtins(globals)?;
        dict::set_item(globals, pystr::intern("__file__"), pystr::new(&module.path))?;
        modules::set_main_module_spec(globals, &module);
        Ok(code)
    })
}

/// Creates `__main__` in `sys.modules` with its `__name__` and `__doc__`.
fn main_module_names(globals: &Value) -> PyResult<()> {
    let main = objects::new_module("__main__", globals.clone())?;
    dict::set_item(&modules::sys_modules(), pystr::intern("__main__"), main)?;
    dict::set_item(globals, pystr::intern("__name__"), pystr::new("__main__"))?;
    dict::set_item(globals, pystr::intern("__doc__"), singletons::none())
}

fn set_builtins(globals: &Value) -> PyResult<()> {
    dict::set_item(
        globals,
        pystr::intern("__builtins__"),
        objects::new_module("builtins", builtins::builtins().clone())?,
    )
}

/// Runs what `setup` prepares in the `__main__` namespace it is given,
/// then the exit hooks; the exit status.
fn run_as_main(setup: impl FnOnce(&Value) -> PyResult<Arc<Code>>) -> i32 {
    let globals = dict::new();
    let result = setup(&globals).and_then(|code| run_code(code, &globals, None));
    let status = match result {
        Ok(_) => 0,
        Err(e) => exit_status(e),
    };
    run_exit_hooks();
    // CPython's report and status when the output could not be written.
    if let Err(e) = io::stdout_flush() {
        let exc = io::os_error(&e, &singletons::none());
        builtins::write_stderr(&format!(
            "Exception ignored while flushing sys.stdout:\n{}",
            traceback::format_exception(exc.instance())
        ));
        return 120;
    }
    status
}

static EXIT_HOOKS: std::sync::Mutex<Vec<fn()>> = std::sync::Mutex::new(Vec::new());

/// Registers `hook` to run when the main program has ended (after the
/// report of an uncaught exception), as CPython's finalization runs the
/// `atexit` callbacks. A hook registered twice runs once.
pub fn at_exit(hook: fn()) {
    let mut hooks = EXIT_HOOKS.lock().unwrap_or_else(|e| e.into_inner());
    if !hooks.iter().any(|h| std::ptr::fn_addr_eq(*h, hook)) {
        hooks.push(hook);
    }
}

fn run_exit_hooks() {
    let hooks = std::mem::take(&mut *EXIT_HOOKS.lock().unwrap_or_else(|e| e.into_inner()));
    for hook in hooks {
        hook();
    }
}

fn exit_status(e: PyErr) -> i32 {
    if e.matches(&crate::types::exceptions::SYSTEM_EXIT) {
        // `SystemExit.code`: None, the one argument, or the args tuple.
        let args = e.args();
        let code = match tuple::items(&args) {
            [] => singletons::none(),
            [c] => c.clone(),
            _ => args.clone(),
        };
        if singletons::is_none(&code) {
            return 0;
        }
        if code.type_of().is_subtype_of(&crate::types::int::INT_TYPE) {
            return crate::types::int::as_int(&code)
                .and_then(|i| i.to_i64())
                .map_or(-1, |n| n as i32);
        }
        let s = str_of(&code).unwrap_or_default();
        builtins::write_stderr(&format!("{s}\n"));
        return 1;
    }
    modules::report_uncaught(e.instance());
    1
}
